-- Meetings held with the person, kept apart from participant_ref: a MeetingHeld that arrives before the person's
-- registration has been projected (another topic, no order between them) is kept, not dropped.
create table team_meeting_held (
    participant_id uuid primary key,
    last_held_at   timestamptz not null
);
insert into team_meeting_held (participant_id, last_held_at)
    select participant_id, last_team_meeting_at from participant_ref where last_team_meeting_at is not null;
alter table participant_ref drop column last_team_meeting_at;

-- "No recent team meeting" counts from the last meeting, else from this instant: a person's registration, or, for
-- everyone registered before meetings were recorded, the day they began to be (so nobody is flagged on the day of the
-- upgrade for meetings the platform could not know of).
alter table participant_ref add column meetings_counted_from timestamptz;
update participant_ref set meetings_counted_from = greatest(registered_at, now());
alter table participant_ref alter column meetings_counted_from set not null;
