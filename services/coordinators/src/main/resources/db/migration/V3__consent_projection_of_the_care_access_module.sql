-- The consent projection is the care-access module's (db/care-access/consents, table care_consent): the
-- table this service kept has the same columns and is renamed, so no consent is lost or read twice.
alter table consent_grant rename to care_consent;
alter index consent_grant_by_participant rename to care_consent_by_participant;
alter index consent_grant_pkey rename to care_consent_pkey;
