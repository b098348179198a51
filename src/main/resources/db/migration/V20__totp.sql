-- The optional TOTP second factor (RFC 6238, ADR 010): the account's secret (base32; set while
-- enrolling, confirmed when totp_enabled_at is set), the last time step a code was accepted at (a
-- code is never accepted twice), its one-time recovery codes (SHA-256 only), and whether admins
-- made the second factor mandatory.
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_enabled_at timestamp with time zone;
alter table app_user add column totp_last_step bigint;

create table totp_recovery_code (
    id uuid primary key,
    user_id uuid not null references app_user (id) on delete cascade,
    code_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    used_at timestamp with time zone
);
create index totp_recovery_code_user on totp_recovery_code (user_id);

create table security_setting (
    id integer primary key,
    second_factor_mandatory boolean not null
);
insert into security_setting (id, second_factor_mandatory) values (1, false);
