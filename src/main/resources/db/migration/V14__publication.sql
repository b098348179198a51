-- A published communication is frozen; each correction is a new, audited publication that keeps
-- the wording it replaces (who corrected it, when and why).
create table publication_correction (
    id uuid primary key,
    communication_id uuid not null references communication (id) on delete cascade,
    number integer not null,
    corrected date not null,
    corrected_at timestamp with time zone not null,
    corrected_by varchar(200) not null,
    reason varchar(2000) not null,
    previous_summary varchar(10000),
    previous_facts varchar(200000),
    previous_concerns varchar(50000),
    previous_questions varchar(200000),
    unique (communication_id, number)
);
