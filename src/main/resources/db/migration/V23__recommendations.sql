-- Recommendations made to States (UPR, treaty bodies, Special Procedures, NGOs), the State's
-- position, assessments of their implementation over time and the evidence they rest on.
-- Portable SQL for H2 and PostgreSQL.

create table recommendation (
    id uuid primary key,
    version bigint not null,
    mechanism varchar(30) not null,
    document varchar(200),
    source_id uuid references source (id),
    identifier varchar(50) not null,
    -- the identifier's sort key, so that 9 < 10 < 10(a) < 11 in SQL too
    sort_key varchar(200) not null,
    parent_identifier varchar(50),
    text varchar(80100) not null, -- sealed on PostgreSQL (ADR 012): 4 x 20,000 + 100
    issued date,
    cycle varchar(100),
    state_under_review varchar(3) not null,
    position varchar(30),
    position_date date,
    follow_up_deadline date,
    declared_confidentiality varchar(20) not null,
    confidentiality varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

-- One identifier per document: a document is its symbol, or the source record it is drawn from.
create unique index recommendation_identifier_unique on recommendation (state_under_review, document, identifier);
create index recommendation_by_state on recommendation (state_under_review, mechanism);

create table recommendation_state (
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    position integer not null,
    state varchar(3) not null,
    primary key (recommendation_id, position)
);

-- In the order given: the first is the theme the implementation report files the recommendation under.
create table recommendation_theme (
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    position integer not null,
    theme varchar(50) not null,
    primary key (recommendation_id, position)
);

create table recommendation_right (
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    right_concerned varchar(60) not null,
    primary key (recommendation_id, right_concerned)
);

create table recommendation_group (
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    position integer not null,
    affected_group varchar(200) not null,
    primary key (recommendation_id, position)
);

create table recommendation_provision (
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    position integer not null,
    provision_code varchar(100) not null,
    primary key (recommendation_id, position)
);

-- A link from a recommendation to a record that shows whether it is implemented. The target is an
-- incident, proceeding, decision, source, communication or reply, by id (no foreign key: the kinds
-- live in several tables); the link is at least as confidential as its target.
create table recommendation_evidence (
    id uuid primary key,
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    kind varchar(20) not null,
    target_id uuid not null,
    note varchar(8100), -- sealed: 4 x 2,000 + 100
    linked_on date not null,
    linked_by varchar(100) not null,
    declared_confidentiality varchar(20) not null,
    confidentiality varchar(20) not null,
    constraint recommendation_evidence_unique unique (recommendation_id, kind, target_id)
);

create index recommendation_evidence_target on recommendation_evidence (target_id);

create table recommendation_assessment (
    id uuid primary key,
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    status varchar(30) not null,
    assessed_on date not null,
    author varchar(200) not null,
    reasoning varchar(80100), -- sealed: 4 x 20,000 + 100
    declared_confidentiality varchar(20) not null,
    confidentiality varchar(20) not null,
    recorded_at timestamp with time zone not null
);

create table assessment_evidence (
    assessment_id uuid not null references recommendation_assessment (id) on delete cascade,
    position integer not null,
    evidence_id uuid not null references recommendation_evidence (id) on delete cascade,
    primary key (assessment_id, position)
);
