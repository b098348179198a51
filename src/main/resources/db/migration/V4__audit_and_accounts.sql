-- The audit trail, and the accounts that sign in.

create table audit_event (
    id uuid primary key,
    at timestamp with time zone not null,
    actor varchar(200) not null,
    action varchar(40) not null,
    record_type varchar(60) not null,
    record_id varchar(200) not null,
    changes varchar(1000000) not null
);
create index audit_event_record on audit_event (record_type, record_id);
create index audit_event_at on audit_event (at);

create table app_user (
    id uuid primary key,
    username varchar(100) not null unique,
    password_hash varchar(500) not null,
    role varchar(20) not null,
    enabled boolean not null,
    must_change_password boolean not null,
    created_at timestamp with time zone not null
);

create table api_token (
    id uuid primary key,
    user_id uuid not null references app_user (id) on delete cascade,
    name varchar(200) not null,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    last_used_at timestamp with time zone
);
