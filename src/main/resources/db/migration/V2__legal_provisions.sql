-- The catalogue of legal provisions acts are qualified against: international instruments and
-- their articles or paragraphs, and domestic codes with article and part.

create table legal_instrument (
    code varchar(60) primary key,
    title varchar(1000) not null,
    short_title varchar(200) not null,
    kind varchar(40) not null,
    symbol varchar(100),
    country varchar(3),
    adopted date
);

create table legal_provision (
    code varchar(120) primary key,
    instrument_code varchar(60) not null references legal_instrument (code),
    article varchar(40),
    paragraph varchar(40),
    part varchar(40),
    title varchar(1000),
    summary varchar(5000),
    position integer not null
);
create index legal_provision_instrument on legal_provision (instrument_code);

create table act_provision (
    act_id uuid not null references act (id) on delete cascade,
    position integer not null,
    provision_code varchar(120) not null references legal_provision (code),
    primary key (act_id, position)
);

create table proceeding_provision (
    proceeding_id uuid not null references proceeding (id) on delete cascade,
    position integer not null,
    provision_code varchar(120) not null references legal_provision (code),
    primary key (proceeding_id, position)
);
