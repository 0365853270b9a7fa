-- Workstacks (my work, my team's, the office's open cases) read the ids of a page from these
-- indexes alone — who, stage, and every sort column — and then load the 50 cases by id. They
-- replace the narrower (officer, stage), (team, stage) and (office, stage, deadline) indexes.
create index case_file_team_work_idx on case_file (team_id, stage, deadline, priority_score, received_on, id);
create index case_file_officer_work_idx on case_file (officer_id, stage, deadline, priority_score, received_on, id);
create index case_file_office_work_idx on case_file (office_id, stage, deadline, priority_score, received_on, id);
drop index case_file_team_idx;
drop index case_file_officer_idx;
drop index case_file_office_stage_idx;
