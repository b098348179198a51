-- The catalogue of UN Special Procedures mandates: the Human Rights Council resolutions cited for
-- each, and the holders who signed communications. Portable SQL for H2 and PostgreSQL.

create table mandate (
    id uuid primary key,
    version bigint not null,
    title varchar(500) not null unique,
    short_name varchar(50) not null,
    kind varchar(40) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table mandate_resolution (
    mandate_id uuid not null references mandate (id) on delete cascade,
    position integer not null,
    resolution varchar(20) not null,
    cited_since date not null,
    note varchar(1000),
    primary key (mandate_id, position)
);

create table mandate_holder (
    mandate_id uuid not null references mandate (id) on delete cascade,
    position integer not null,
    name varchar(300) not null,
    capacity varchar(500) not null,
    from_date date,
    to_date date,
    note varchar(1000),
    primary key (mandate_id, position)
);

-- Seed: every mandate, resolution and holder named in the seed and real documents, nothing else.
--   AL KAZ 4/2025, 25 September 2025 (seeds/000): SR FoAA, SR HRD, IE SOGI; resolutions 59/4, 52/4, 59/5.
--   AL KAZ 3/2024, 29 August 2024 (seeds/002): IE SOGI, SR FoE, SR FoAA, SR HRD, WG DAWG;
--     resolutions 50/10, 52/9, 50/17, 52/4, 50/18.
--   UA CHN, February 2022 (realdocs, no day given: the 1st of the month is used): SR HRD, WGAD,
--     WGEID, SR FoE, SR FoAA, SR CT; resolutions 43/16, 42/22, 45/3, 43/4, 41/12, 40/16.
--   UA ECU, 7 May 2019 (realdocs, unofficial translation, unsigned): WGAD, SR FoE; resolutions 33/30, 34/18.
--     The IACHR Special Rapporteur it also names is not a UN Special Procedure.
--   The NGO submission of May 2025 (seeds/004) names the "UN Special Rapporteur on Torture" without a
--     resolution or a holder: the mandate is seeded under its official title, with neither.
-- A resolution's cited_since is the date of the earliest of these letters that cites it; a holder's
-- from_date the earliest letter they signed. Rows are in chronological order.

insert into mandate (id, version, title, short_name, kind, created_at, updated_at) values
    ('5a000000-0000-4000-8000-000000000001', 0, 'Special Rapporteur on the rights to freedom of peaceful assembly and of association', 'SR FoAA', 'SPECIAL_RAPPORTEUR', current_timestamp, current_timestamp),
    ('5a000000-0000-4000-8000-000000000002', 0, 'Special Rapporteur on the situation of human rights defenders', 'SR HRD', 'SPECIAL_RAPPORTEUR', current_timestamp, current_timestamp),
    ('5a000000-0000-4000-8000-000000000003', 0, 'Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity', 'IE SOGI', 'INDEPENDENT_EXPERT', current_timestamp, current_timestamp),
    ('5a000000-0000-4000-8000-000000000004', 0, 'Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression', 'SR FoE', 'SPECIAL_RAPPORTEUR', current_timestamp, current_timestamp),
    ('5a000000-0000-4000-8000-000000000005', 0, 'Working Group on discrimination against women and girls', 'WG DAWG', 'WORKING_GROUP', current_timestamp, current_timestamp),
    ('5a000000-0000-4000-8000-000000000006', 0, 'Working Group on Arbitrary Detention', 'WGAD', 'WORKING_GROUP', current_timestamp, current_timestamp),
    ('5a000000-0000-4000-8000-000000000007', 0, 'Working Group on Enforced or Involuntary Disappearances', 'WGEID', 'WORKING_GROUP', current_timestamp, current_timestamp),
    ('5a000000-0000-4000-8000-000000000008', 0, 'Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism', 'SR CT', 'SPECIAL_RAPPORTEUR', current_timestamp, current_timestamp),
    ('5a000000-0000-4000-8000-000000000009', 0, 'Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment', 'SR Torture', 'SPECIAL_RAPPORTEUR', current_timestamp, current_timestamp);

insert into mandate_resolution (mandate_id, position, resolution, cited_since, note) values
    ('5a000000-0000-4000-8000-000000000001', 0, '41/12', date '2022-02-01', 'cited in UA CHN (February 2022; no day given, the 1st of the month is used)'),
    ('5a000000-0000-4000-8000-000000000001', 1, '50/17', date '2024-08-29', 'cited in AL KAZ 3/2024'),
    ('5a000000-0000-4000-8000-000000000001', 2, '59/4', date '2025-09-25', 'cited in AL KAZ 4/2025'),
    ('5a000000-0000-4000-8000-000000000002', 0, '43/16', date '2022-02-01', 'cited in UA CHN (February 2022; no day given, the 1st of the month is used)'),
    ('5a000000-0000-4000-8000-000000000002', 1, '52/4', date '2024-08-29', 'cited in AL KAZ 3/2024 and AL KAZ 4/2025'),
    ('5a000000-0000-4000-8000-000000000003', 0, '50/10', date '2024-08-29', 'cited in AL KAZ 3/2024'),
    ('5a000000-0000-4000-8000-000000000003', 1, '59/5', date '2025-09-25', 'cited in AL KAZ 4/2025'),
    ('5a000000-0000-4000-8000-000000000004', 0, '34/18', date '2019-05-07', 'cited in UA ECU (7 May 2019)'),
    ('5a000000-0000-4000-8000-000000000004', 1, '43/4', date '2022-02-01', 'cited in UA CHN (February 2022; no day given, the 1st of the month is used)'),
    ('5a000000-0000-4000-8000-000000000004', 2, '52/9', date '2024-08-29', 'cited in AL KAZ 3/2024'),
    ('5a000000-0000-4000-8000-000000000005', 0, '50/18', date '2024-08-29', 'cited in AL KAZ 3/2024'),
    ('5a000000-0000-4000-8000-000000000006', 0, '33/30', date '2019-05-07', 'cited in UA ECU (7 May 2019)'),
    ('5a000000-0000-4000-8000-000000000006', 1, '42/22', date '2022-02-01', 'cited in UA CHN (February 2022; no day given, the 1st of the month is used)'),
    ('5a000000-0000-4000-8000-000000000007', 0, '45/3', date '2022-02-01', 'cited in UA CHN (February 2022; no day given, the 1st of the month is used)'),
    ('5a000000-0000-4000-8000-000000000008', 0, '40/16', date '2022-02-01', 'cited in UA CHN (February 2022; no day given, the 1st of the month is used)');

insert into mandate_holder (mandate_id, position, name, capacity, from_date, to_date, note) values
    ('5a000000-0000-4000-8000-000000000001', 0, 'Clement Nyaletsossi Voule', 'Special Rapporteur on the rights to freedom of peaceful assembly and of association', date '2022-02-01', null, 'signed UA CHN (February 2022; no day given, the 1st of the month is used)'),
    ('5a000000-0000-4000-8000-000000000001', 1, 'Gina Romero', 'Special Rapporteur on the rights to freedom of peaceful assembly and of association', date '2024-08-29', null, 'signed AL KAZ 3/2024 and AL KAZ 4/2025'),
    ('5a000000-0000-4000-8000-000000000002', 0, 'Mary Lawlor', 'Special Rapporteur on the situation of human rights defenders', date '2022-02-01', null, 'signed UA CHN (February 2022; no day given, the 1st of the month is used), AL KAZ 3/2024 and AL KAZ 4/2025'),
    ('5a000000-0000-4000-8000-000000000003', 0, 'Graeme Reid', 'Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity', date '2024-08-29', null, 'signed AL KAZ 3/2024 and AL KAZ 4/2025'),
    ('5a000000-0000-4000-8000-000000000004', 0, 'Irene Khan', 'Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression', date '2022-02-01', null, 'signed UA CHN (February 2022; no day given, the 1st of the month is used) and AL KAZ 3/2024'),
    ('5a000000-0000-4000-8000-000000000005', 0, 'Laura Nyirinkindi', 'Chair-Rapporteur of the Working Group on discrimination against women and girls', date '2024-08-29', null, 'signed AL KAZ 3/2024'),
    ('5a000000-0000-4000-8000-000000000006', 0, 'Miriam Estrada-Castillo', 'Vice-Chair of the Working Group on Arbitrary Detention', date '2022-02-01', null, 'signed UA CHN (February 2022; no day given, the 1st of the month is used)'),
    ('5a000000-0000-4000-8000-000000000007', 0, 'Luciano Hazan', 'Chair-Rapporteur of the Working Group on Enforced or Involuntary Disappearances', date '2022-02-01', null, 'signed UA CHN (February 2022; no day given, the 1st of the month is used)'),
    ('5a000000-0000-4000-8000-000000000008', 0, 'Fionnuala Ní Aoláin', 'Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism', date '2022-02-01', null, 'signed UA CHN (February 2022; no day given, the 1st of the month is used)');
