-- Sign-in lockout (lifted by an admin) and API token expiry and revocation.
alter table app_user add column locked_at timestamp with time zone;
alter table api_token add column expires_at timestamp with time zone;
alter table api_token add column revoked_at timestamp with time zone;
-- Tokens issued before expiry existed get the default validity from their creation.
update api_token set expires_at = created_at + interval '90' day;
alter table api_token alter column expires_at set not null;
