-- What the caseload needs of the agreements service's plan (agreements.plan.v1): each action's due date, status and
-- who carries it out, to flag people with an overdue action. Ids and codes only, as the events carry them.
-- Team meetings held with the person land in participant_ref.last_team_meeting_at (agreements.meeting.v1).
create table planned_action (
    action_id        uuid primary key,
    participant_id   uuid not null,
    responsible_kind text not null,
    responsible_id   uuid,
    due_date         date,
    status           text not null
);
create index planned_action_open_by_person on planned_action (participant_id, due_date) where status in ('planned', 'in-progress');
