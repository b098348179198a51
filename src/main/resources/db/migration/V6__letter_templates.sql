-- The wording of letters and the question bank, which admins edit. Defaults come from
-- letters/templates.yaml and are added at start-up when missing.
-- Written in the SQL that H2 and PostgreSQL both accept ("key" is a reserved word in H2).

create table letter_template (
    template_key varchar(100) primary key,
    kind varchar(20) not null,
    label varchar(200) not null,
    text varchar(20000) not null,
    position integer not null,
    version bigint not null
);

-- Each default offered once: a default question an admin removed does not come back at the next start.
create table letter_template_default (
    template_key varchar(100) primary key
);
