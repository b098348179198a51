-- A communication keeps the level its author declared; confidentiality becomes the effective level
-- (never below the records it is drawn from), computed by the application.
alter table communication add column declared_confidentiality varchar(20);
update communication set declared_confidentiality = confidentiality;
alter table communication alter column declared_confidentiality set not null;
