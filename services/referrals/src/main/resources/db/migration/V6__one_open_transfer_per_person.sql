-- V5's index compared the status with 'offered', but the status is stored as the enum's name ('OFFERED'): it never held.
drop index if exists transfer_one_open;
create unique index transfer_one_open on transfer (participant_id) where status = 'OFFERED';
