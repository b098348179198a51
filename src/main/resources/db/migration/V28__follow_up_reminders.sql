-- A notification names a communication (a reply deadline passed) or a recommendation (its follow-up
-- deadline is near or passed); a reminder is given once per kind, recommendation and deadline.
alter table notification alter column communication_id drop not null;
alter table notification add column recommendation_id uuid references recommendation (id) on delete cascade;
alter table notification add column due date;
alter table notification add constraint notification_follow_up_once unique (kind, recommendation_id, due);
