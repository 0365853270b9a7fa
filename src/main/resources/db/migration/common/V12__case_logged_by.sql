-- Who logged a case: need-to-know lets them keep seeing an OFFICIAL-SENSITIVE case they logged.
alter table case_file add column logged_by uuid references staff_account (id);
