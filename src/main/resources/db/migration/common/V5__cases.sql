-- Correspondence and casework.
create table case_file (
    id uuid primary key,
    reference varchar(30) not null,
    office_id uuid not null references office (id),
    type varchar(30) not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    channel varchar(20) not null,
    received_on date not null,
    subject varchar(300) not null,
    incoming_text varchar,
    reputational_risk boolean not null,
    priority_score integer not null,
    stage varchar(20) not null,
    team_id uuid references team (id),
    officer_id uuid references staff_account (id),
    deadline date not null,
    acknowledged_on date,
    escalated_from uuid references case_file (id),
    transferred_to varchar(200),
    no_reply_reason varchar(40),
    rework_count integer not null,
    holding_reply_sent boolean not null,
    reply_html varchar,
    reply_saved_at timestamp with time zone,
    reply_signed_hash varchar(64),
    reply_signed_by uuid,
    reply_signed_by_name varchar(200),
    reply_signed_at timestamp with time zone,
    dispatched_at timestamp with time zone,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint case_reference_unique unique (reference)
);
create index case_file_office_stage_idx on case_file (office_id, stage, deadline);
create index case_file_officer_idx on case_file (officer_id, stage);
create index case_file_team_idx on case_file (team_id, stage);

create table case_topic (
    case_id uuid not null references case_file (id),
    topic varchar(100) not null
);
create index case_topic_case_idx on case_topic (case_id);

create table case_correspondent (
    case_id uuid not null references case_file (id),
    contact_id uuid not null
);
create index case_correspondent_case_idx on case_correspondent (case_id);
create index case_correspondent_contact_idx on case_correspondent (contact_id);

create table case_link (
    case_id uuid not null references case_file (id),
    related_case_id uuid not null references case_file (id)
);
create index case_link_case_idx on case_link (case_id);

create table case_stage_deadline (
    case_id uuid not null references case_file (id),
    stage varchar(20) not null,
    due date not null,
    primary key (case_id, stage)
);

create table case_extension (
    case_id uuid not null references case_file (id),
    amount integer not null,
    reason varchar(500) not null,
    granted_at timestamp with time zone not null,
    granted_by varchar(200) not null
);
create index case_extension_case_idx on case_extension (case_id);

create table case_clock_stop (
    case_id uuid not null references case_file (id),
    stopped_on date not null,
    resumed_on date,
    reason varchar(500) not null
);
create index case_clock_stop_case_idx on case_clock_stop (case_id);

-- The timeline: every event of a case, never changed.
create table case_timeline (
    id uuid primary key,
    case_id uuid not null references case_file (id),
    occurred_at timestamp with time zone not null,
    action varchar(80) not null,
    actor_name varchar(200) not null,
    summary varchar(2000) not null
);
create index case_timeline_case_idx on case_timeline (case_id, occurred_at);

-- The next case number per office and year: references are readable aloud (MAY-2026-00123).
create table case_reference_counter (
    office_code varchar(10) not null,
    counter_year integer not null,
    last_number integer not null,
    primary key (office_code, counter_year)
);
