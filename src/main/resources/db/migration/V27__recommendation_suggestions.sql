-- A suggested link from a record to a recommendation that a user dismissed, so that it is not
-- suggested again. The target is by kind and id, like an evidence link (no foreign key).
create table recommendation_dismissal (
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    kind varchar(20) not null,
    target_id uuid not null,
    dismissed_by varchar(100) not null,
    dismissed_at timestamp with time zone not null,
    primary key (recommendation_id, kind, target_id)
);

create index recommendation_dismissal_target on recommendation_dismissal (target_id);
