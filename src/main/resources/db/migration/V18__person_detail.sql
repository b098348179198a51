-- Personal details of a person (contact, address, identity number, health), each with its own level,
-- which the clearance filter reads on the row itself.
create table person_detail (
    person_id uuid not null references person (id) on delete cascade,
    position integer not null,
    kind varchar(40) not null,
    detail_value varchar(500) not null,
    confidentiality varchar(20) not null,
    primary key (person_id, position)
);
