-- The web form's rate limit: when a message was sent, by SHA-256 of the sender's email and of the
-- client address (never the addresses themselves); rows older than the window are pruned.
create table intake_web_form_submission (
    id uuid primary key,
    email_hash varchar(64) not null,
    client_hash varchar(64) not null,
    submitted_at timestamp with time zone not null
);
create index intake_web_form_submission_email on intake_web_form_submission (email_hash, submitted_at);
create index intake_web_form_submission_client on intake_web_form_submission (client_hash, submitted_at);
create index intake_web_form_submission_age on intake_web_form_submission (submitted_at);

-- A scanned letter between its upload and its logging: the scan is a stored document, its text
-- read once; it names its case once logged, so a second press of the button logs nothing more.
create table intake_post_scan (
    id uuid primary key,
    office_id uuid not null references office (id),
    document_id uuid not null references document (id),
    filename varchar(255) not null,
    content_type varchar(100) not null,
    extracted_text varchar,
    extraction_note varchar(500),
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    case_id uuid references case_file (id),
    version bigint not null
);
create index intake_post_scan_uploaded_by on intake_post_scan (uploaded_by, uploaded_at);
