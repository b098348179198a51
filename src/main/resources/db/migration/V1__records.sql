-- Records: persons, organisations, sources, incidents with their acts and proceedings.
-- Written in the SQL that H2 (the embedded default) and PostgreSQL (production) both accept.

create table organisation (
    id uuid primary key,
    version bigint not null,
    name varchar(500) not null,
    kind varchar(40) not null,
    country varchar(3),
    city varchar(200),
    registration_status varchar(40) not null,
    parent_id uuid references organisation (id),
    description varchar(50000),
    confidentiality varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table organisation_alias (
    organisation_id uuid not null references organisation (id) on delete cascade,
    position integer not null,
    name varchar(500) not null,
    kind varchar(40) not null,
    primary key (organisation_id, position)
);

create table person (
    id uuid primary key,
    version bigint not null,
    kind varchar(20) not null,
    name varchar(500) not null,
    gender varchar(100),
    group_size_min integer,
    group_size_max integer,
    description varchar(50000),
    redact_in_publications boolean not null,
    confidentiality varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table person_name (
    person_id uuid not null references person (id) on delete cascade,
    position integer not null,
    name varchar(500) not null,
    kind varchar(40) not null,
    primary key (person_id, position)
);

create table person_role (
    person_id uuid not null references person (id) on delete cascade,
    position integer not null,
    role varchar(40) not null,
    primary key (person_id, position)
);

create table affiliation (
    person_id uuid not null references person (id) on delete cascade,
    position integer not null,
    organisation_id uuid not null references organisation (id),
    role varchar(200),
    start_value date,
    start_precision varchar(20),
    end_value date,
    end_precision varchar(20),
    primary key (person_id, position)
);

create table source (
    id uuid primary key,
    version bigint not null,
    kind varchar(40) not null,
    title varchar(500) not null,
    date_value date,
    date_precision varchar(20),
    reference varchar(200),
    reliability varchar(20) not null,
    url varchar(2000),
    file_name varchar(500),
    sha256 varchar(64),
    author varchar(500),
    description varchar(50000),
    confidentiality varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table incident (
    id uuid primary key,
    version bigint not null,
    title varchar(500) not null,
    start_value date,
    start_precision varchar(20) not null,
    end_value date,
    end_precision varchar(20),
    time_of_day time,
    time_approximate boolean not null,
    country varchar(3),
    region varchar(200),
    city varchar(200),
    district varchar(200),
    venue varchar(500),
    description varchar(50000),
    information_status varchar(20) not null,
    confidentiality varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index incident_start on incident (start_value);

create table incident_theme (
    incident_id uuid not null references incident (id) on delete cascade,
    position integer not null,
    theme varchar(40) not null,
    primary key (incident_id, position)
);

create table incident_relation (
    incident_id uuid not null references incident (id) on delete cascade,
    position integer not null,
    related_incident_id uuid not null references incident (id) on delete cascade,
    kind varchar(40) not null,
    primary key (incident_id, position)
);

create table act (
    id uuid primary key,
    incident_id uuid not null references incident (id) on delete cascade,
    position integer not null,
    type varchar(60) not null,
    start_value date,
    start_precision varchar(20),
    end_value date,
    end_precision varchar(20),
    duration_seconds bigint,
    duration_approximate boolean,
    description varchar(50000),
    method varchar(2000),
    consequences varchar(5000)
);
create index act_incident on act (incident_id);

create table act_victim (
    act_id uuid not null references act (id) on delete cascade,
    position integer not null,
    person_id uuid references person (id),
    organisation_id uuid references organisation (id),
    primary key (act_id, position)
);

create table involvement (
    act_id uuid not null references act (id) on delete cascade,
    position integer not null,
    person_id uuid references person (id),
    organisation_id uuid references organisation (id),
    degree varchar(40) not null,
    perpetrator_type varchar(40) not null,
    note varchar(2000),
    primary key (act_id, position)
);

create table act_right (
    act_id uuid not null references act (id) on delete cascade,
    position integer not null,
    right_code varchar(60) not null,
    primary key (act_id, position)
);

create table proceeding (
    id uuid primary key,
    incident_id uuid not null references incident (id) on delete cascade,
    position integer not null,
    kind varchar(40) not null,
    purpose varchar(40) not null,
    title varchar(500),
    started_value date,
    started_precision varchar(20),
    filed_by_person_id uuid references person (id),
    filed_by_organisation_id uuid references organisation (id),
    authority_id uuid references organisation (id),
    reference varchar(200),
    appeal_of_id uuid,
    description varchar(50000)
);
create index proceeding_incident on proceeding (incident_id);

create table proceeding_person (
    proceeding_id uuid not null references proceeding (id) on delete cascade,
    position integer not null,
    person_id uuid not null references person (id),
    primary key (proceeding_id, position)
);

create table decision (
    id uuid primary key,
    proceeding_id uuid not null references proceeding (id) on delete cascade,
    position integer not null,
    date_value date,
    date_precision varchar(20),
    authority_id uuid references organisation (id),
    reference varchar(200),
    outcome varchar(40) not null,
    grounds varchar(20000),
    fine_amount numeric(19, 2),
    fine_currency varchar(3),
    duration_seconds bigint,
    duration_approximate boolean,
    description varchar(20000)
);

-- Provenance: which source supports which fact, with the excerpt. One table per kind of fact.
create table incident_citation (
    incident_id uuid not null references incident (id) on delete cascade,
    position integer not null,
    source_id uuid not null references source (id),
    excerpt varchar(20000),
    locator varchar(200),
    primary key (incident_id, position)
);
create table act_citation (
    act_id uuid not null references act (id) on delete cascade,
    position integer not null,
    source_id uuid not null references source (id),
    excerpt varchar(20000),
    locator varchar(200),
    primary key (act_id, position)
);
create table proceeding_citation (
    proceeding_id uuid not null references proceeding (id) on delete cascade,
    position integer not null,
    source_id uuid not null references source (id),
    excerpt varchar(20000),
    locator varchar(200),
    primary key (proceeding_id, position)
);
create table person_citation (
    person_id uuid not null references person (id) on delete cascade,
    position integer not null,
    source_id uuid not null references source (id),
    excerpt varchar(20000),
    locator varchar(200),
    primary key (person_id, position)
);
create table organisation_citation (
    organisation_id uuid not null references organisation (id) on delete cascade,
    position integer not null,
    source_id uuid not null references source (id),
    excerpt varchar(20000),
    locator varchar(200),
    primary key (organisation_id, position)
);
