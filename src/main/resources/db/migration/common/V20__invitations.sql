-- An invitation's own fields, kept by the diary module and keyed by its case's id (the case
-- itself, type INVITATION, belongs to correspondence: no foreign key crosses the modules).
-- The event's wall-clock times are kept with their zone, like diary entries.
create table invitation (
    case_id uuid primary key,
    office_id uuid not null references office (id),
    event_name varchar(200) not null,
    starts_local timestamp not null,
    ends_local timestamp not null,
    zone varchar(60) not null,
    venue varchar(300),
    ward varchar(200),
    organiser varchar(300),
    principal_role varchar(20) not null,
    audience_size int,
    media_present boolean not null,
    other_vips varchar(1000),
    deputy_acceptable boolean not null,
    reply_by date,
    decision varchar(20),
    decision_reason varchar(2000),
    decided_by uuid references staff_account (id),
    decided_by_name varchar(200),
    decided_at timestamp with time zone,
    -- The diary the engagement went into (the principal's, or a delegate's) and the entry made.
    engagement_diary_id uuid references diary (id),
    engagement_entry_id uuid references diary_entry (id),
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index invitation_office_idx on invitation (office_id, decision, starts_local);
