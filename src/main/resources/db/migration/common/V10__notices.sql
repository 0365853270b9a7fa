-- Notices to staff: shown on the home page and sent by email (the emailed_at column is the mail outbox).
create table notice (
    id uuid primary key,
    recipient_id uuid not null references staff_account (id),
    office_id uuid not null references office (id),
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    kind varchar(30) not null,
    record_type varchar(40) not null,
    record_id uuid not null,
    message varchar(500) not null,
    link varchar(300) not null,
    -- one notice per happening: a repeated sweep or a redelivered event finds the key taken
    dedupe_key varchar(200) not null,
    created_at timestamp with time zone not null,
    read_at timestamp with time zone,
    emailed_at timestamp with time zone,
    constraint notice_dedupe_unique unique (dedupe_key)
);
create index notice_recipient_idx on notice (recipient_id, created_at);
create index notice_unsent_idx on notice (emailed_at, created_at);
