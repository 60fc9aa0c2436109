-- When each fact reached the read model (the applying transaction's start): how far behind the topics the statistics
-- are, for an operator, and the event lag `make bench` measures. Facts recorded before this column existed get the
-- time of the migration.
alter table fact add column recorded_at timestamptz not null default now();
