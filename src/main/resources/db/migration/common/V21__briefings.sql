-- Briefings commissioned for diary engagements. The event's diary, entry, title and start are
-- copied when the briefing is commissioned (the diary module owns its tables); the due date is
-- counted back from the event in working days. The text is sanitised HTML; an uploaded file is
-- a document of the documents module, named here by its id.
create table briefing (
    id uuid primary key,
    office_id uuid not null references office (id),
    diary_id uuid not null,
    entry_id uuid not null,
    diary_title varchar(200) not null,
    event_title varchar(200) not null,
    event_start timestamp with time zone not null,
    event_local timestamp not null,
    zone varchar(60) not null,
    team_id uuid not null,
    team_name varchar(200) not null,
    request varchar(2000) not null,
    due_on date not null,
    status varchar(20) not null,
    content_html varchar(100000),
    document_id uuid,
    document_name varchar(300),
    written_by_id uuid,
    written_by varchar(200),
    commissioned_by_id uuid not null,
    commissioned_by varchar(200) not null,
    commissioned_at timestamp with time zone not null,
    submitted_at timestamp with time zone,
    cleared_by varchar(200),
    cleared_at timestamp with time zone,
    return_reason varchar(2000),
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index briefing_entry_idx on briefing (entry_id);
create index briefing_team_idx on briefing (team_id, status);
create index briefing_office_idx on briefing (office_id, due_on);
