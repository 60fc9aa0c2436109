-- A meeting shows its decisions: the actions it decided, found by meeting rather than by scanning every action.
create index action_by_meeting on action (meeting_id) where meeting_id is not null;
