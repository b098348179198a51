-- One registry of the ids of every record, whatever its kind (persons, organisations, sources,
-- incidents, communications, replies): a client-chosen id that any other record already has is
-- refused by this primary key, even between concurrent writes, so that an export always imports.
-- Portable SQL for H2 and PostgreSQL. Ids shared by records of two kinds before this migration (it
-- could happen) stay registered to the first kind listed here.

create table record_id (
    id uuid primary key,
    kind varchar(40) not null
);

insert into record_id (id, kind) select id, 'person' from person;
insert into record_id (id, kind) select id, 'organisation' from organisation where id not in (select id from record_id);
insert into record_id (id, kind) select id, 'source' from source where id not in (select id from record_id);
insert into record_id (id, kind) select id, 'incident' from incident where id not in (select id from record_id);
insert into record_id (id, kind) select id, 'communication' from communication where id not in (select id from record_id);
insert into record_id (id, kind) select id, 'reply' from reply where id not in (select id from record_id);
