-- Transitions the municipality's rules ask for (referrals.transition.v1): due by a date, then met or cancelled. The
-- caseload flags the due ones, and the late ones (past their date) in red.
create table transition_task (
    task_id        uuid primary key,
    participant_id uuid not null,
    rule           text not null,
    due_date       date not null,
    status         text not null
);
create index transition_task_due_by_participant on transition_task (participant_id) where status = 'due';
