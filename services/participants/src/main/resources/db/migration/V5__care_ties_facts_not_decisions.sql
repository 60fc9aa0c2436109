-- Need-to-know is decided in Java, in one place (services/care-access, NeedToKnow). The care projections
-- and the function care_ties, which gathers the facts, now belong to the care-access module
-- (db/care-access/relations, a repeatable migration that runs after this one); the old function that
-- decided in SQL goes.
drop function care_access(text, timestamptz, date);

-- Who registered each person, as the module's care_ties reads it: this service's own column, not a copy.
create view care_registration as
    select id as participant_id, registered_by from participant;
