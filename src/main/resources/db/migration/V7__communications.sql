-- Communications to States, their questions, the State's replies with answers and assessments, and notifications.

create table communication (
    id uuid primary key,
    version bigint not null,
    type varchar(10) not null,
    country varchar(3) not null,
    ref_number integer not null,
    ref_year integer not null,
    status varchar(20) not null,
    drafted date not null,
    sent date,
    reply_days integer not null,
    published date,
    closed date,
    press_release date,
    summary varchar(10000),
    facts varchar(200000),
    concerns varchar(50000),
    confidentiality varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint communication_reference_unique unique (country, ref_year, ref_number)
);

create table communication_mandate (
    communication_id uuid not null references communication (id) on delete cascade,
    position integer not null,
    mandate_id uuid not null references mandate (id),
    primary key (communication_id, position)
);

create table communication_incident (
    communication_id uuid not null references communication (id) on delete cascade,
    position integer not null,
    incident_id uuid not null references incident (id),
    primary key (communication_id, position)
);

create table communication_person (
    communication_id uuid not null references communication (id) on delete cascade,
    position integer not null,
    person_id uuid not null references person (id),
    primary key (communication_id, position)
);

create table communication_organisation (
    communication_id uuid not null references communication (id) on delete cascade,
    position integer not null,
    organisation_id uuid not null references organisation (id),
    primary key (communication_id, position)
);

create table communication_follows (
    communication_id uuid not null references communication (id) on delete cascade,
    position integer not null,
    earlier_id uuid not null references communication (id),
    primary key (communication_id, position)
);

create table communication_redaction (
    communication_id uuid not null references communication (id) on delete cascade,
    position integer not null,
    person_id uuid not null references person (id),
    primary key (communication_id, position)
);

create table communication_question (
    id uuid primary key,
    communication_id uuid not null references communication (id) on delete cascade,
    position integer not null,
    text varchar(10000) not null
);

create table question_incident (
    question_id uuid not null references communication_question (id) on delete cascade,
    position integer not null,
    incident_id uuid not null references incident (id),
    primary key (question_id, position)
);

create table question_person (
    question_id uuid not null references communication_question (id) on delete cascade,
    position integer not null,
    person_id uuid not null references person (id),
    primary key (question_id, position)
);

create table reply (
    id uuid primary key,
    version bigint not null,
    communication_id uuid not null references communication (id),
    received date not null,
    dated date,
    state_reference varchar(200),
    sender varchar(1000),
    text varchar(500000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table reply_exhibit (
    reply_id uuid not null references reply (id) on delete cascade,
    position integer not null,
    title varchar(1000) not null,
    primary key (reply_id, position)
);

create table reply_answer (
    id uuid primary key,
    reply_id uuid not null references reply (id) on delete cascade,
    position integer not null,
    passage varchar(100000) not null,
    claim varchar(40)
);

create table answer_question (
    answer_id uuid not null references reply_answer (id) on delete cascade,
    position integer not null,
    question_number integer not null,
    primary key (answer_id, position)
);

create table answer_incident (
    answer_id uuid not null references reply_answer (id) on delete cascade,
    position integer not null,
    incident_id uuid not null references incident (id),
    primary key (answer_id, position)
);

create table reply_assessment (
    reply_id uuid not null references reply (id) on delete cascade,
    position integer not null,
    question_number integer not null,
    assessment varchar(30) not null,
    note varchar(4000),
    primary key (reply_id, position)
);

create table notification (
    id uuid primary key,
    created_at timestamp with time zone not null,
    kind varchar(30) not null,
    communication_id uuid not null references communication (id) on delete cascade,
    text varchar(1000) not null,
    constraint notification_once unique (kind, communication_id)
);

create table notification_read (
    notification_id uuid not null references notification (id) on delete cascade,
    username varchar(100) not null,
    primary key (notification_id, username)
);
