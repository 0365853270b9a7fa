-- Contribution requests: questions a drafter sends to another team, each with a due date and a reminder.
create table case_contribution (
    id uuid primary key,
    case_id uuid not null references case_file (id),
    team_id uuid not null references team (id),
    team_name varchar(200) not null,
    question varchar(4000) not null,
    due_on date not null,
    remind_on date not null,
    requested_by varchar(200) not null,
    requested_at timestamp with time zone not null,
    answer varchar,
    answered_by varchar(200),
    answered_at timestamp with time zone,
    cancelled_at timestamp with time zone
);
create index case_contribution_case_idx on case_contribution (case_id);
create index case_contribution_team_idx on case_contribution (team_id, answered_at, cancelled_at);
