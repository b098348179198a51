-- Sealed columns (ADR 012): the text of RESTRICTED and CONFIDENTIAL records, communications, the audit
-- trail's changes and the TOTP secrets are stored as 'dfs1:' + Base64 of AES-256-GCM ciphertext when
-- columns are sealed (PostgreSQL). A sealed value of n characters takes at most 4n + 60 (UTF-8 is at most
-- 3 bytes per character, Base64 4/3, then 33 bytes of key id, nonce and tag and the prefix): each column is
-- widened to 4n + 100. The limits users see are the application's and do not change.
-- SET DATA TYPE keeps NOT NULL; H2 and PostgreSQL both accept it.

alter table person alter column name set data type varchar(2100);
alter table person alter column gender set data type varchar(500);
alter table person alter column description set data type varchar(200100);
alter table person_name alter column name set data type varchar(2100);
alter table affiliation alter column role set data type varchar(900);
alter table person_detail alter column detail_value set data type varchar(2100);
alter table person_citation alter column excerpt set data type varchar(80100);
alter table person_citation alter column locator set data type varchar(900);
alter table organisation alter column name set data type varchar(2100);
alter table organisation alter column city set data type varchar(900);
alter table organisation alter column description set data type varchar(200100);
alter table organisation_alias alter column name set data type varchar(2100);
alter table organisation_citation alter column excerpt set data type varchar(80100);
alter table organisation_citation alter column locator set data type varchar(900);
alter table source alter column title set data type varchar(2100);
alter table source alter column reference set data type varchar(900);
alter table source alter column url set data type varchar(8100);
alter table source alter column file_name set data type varchar(2100);
alter table source alter column author set data type varchar(2100);
alter table source alter column description set data type varchar(200100);
alter table incident alter column title set data type varchar(2100);
alter table incident alter column region set data type varchar(900);
alter table incident alter column city set data type varchar(900);
alter table incident alter column district set data type varchar(900);
alter table incident alter column venue set data type varchar(2100);
alter table incident alter column description set data type varchar(200100);
alter table incident_citation alter column excerpt set data type varchar(80100);
alter table incident_citation alter column locator set data type varchar(900);
alter table act alter column description set data type varchar(200100);
alter table act alter column method set data type varchar(8100);
alter table act alter column consequences set data type varchar(20100);
alter table involvement alter column note set data type varchar(8100);
alter table act_citation alter column excerpt set data type varchar(80100);
alter table act_citation alter column locator set data type varchar(900);
alter table proceeding alter column title set data type varchar(2100);
alter table proceeding alter column reference set data type varchar(900);
alter table proceeding alter column description set data type varchar(200100);
alter table proceeding_citation alter column excerpt set data type varchar(80100);
alter table proceeding_citation alter column locator set data type varchar(900);
alter table decision alter column reference set data type varchar(900);
alter table decision alter column grounds set data type varchar(80100);
alter table decision alter column description set data type varchar(80100);
alter table communication alter column summary set data type varchar(40100);
alter table communication alter column facts set data type varchar(800100);
alter table communication alter column concerns set data type varchar(200100);
alter table communication_question alter column text set data type varchar(40100);
alter table reply alter column state_reference set data type varchar(900);
alter table reply alter column sender set data type varchar(4100);
alter table reply alter column text set data type varchar(2000100);
alter table reply_exhibit alter column title set data type varchar(4100);
alter table reply_answer alter column passage set data type varchar(400100);
alter table reply_assessment alter column note set data type varchar(16100);
alter table publication_correction alter column previous_summary set data type varchar(40100);
alter table publication_correction alter column previous_facts set data type varchar(800100);
alter table publication_correction alter column previous_concerns set data type varchar(200100);
alter table publication_correction alter column previous_questions set data type varchar(800100);
alter table notification alter column text set data type varchar(4100);
alter table audit_event alter column changes set data type varchar(4000100);
alter table app_user alter column totp_secret set data type varchar(356);

-- The keys that seal columns: one row, a Tink keyset encrypted by the master key (which is never in the
-- database), so that a backup of the database carries the keys its sealed values need.
create table column_keyset (
    id integer primary key,
    keyset varchar(100000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
