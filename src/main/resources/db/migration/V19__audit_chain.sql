-- The audit trail becomes a hash chain (ADR 009). Rows written before this migration have no seq:
-- the application chains them at its next start, since the chain's key is not in the database.

alter table audit_event add column seq bigint;
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column hash varchar(64);
-- SHA-256 of the record's stored rows after a write; null for reads and untracked record types.
alter table audit_event add column state_hash varchar(64);
-- A read (view, search, export, render) rather than a write.
alter table audit_event add column is_read boolean default false not null;
create unique index audit_event_seq on audit_event (seq);
create index audit_event_record_seq on audit_event (record_type, record_id, seq);

-- The chain's last entry. Appends lock this one row, so concurrent writers cannot fork the chain.
create table audit_head (
    id int primary key,
    seq bigint not null,
    hash varchar(64) not null
);
insert into audit_head (id, seq, hash) values (1, 0, '');
