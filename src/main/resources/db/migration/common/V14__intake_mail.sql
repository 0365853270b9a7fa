-- The office's IMAP mailboxes. The password is never stored: secret_name names the environment
-- variable (or property) that holds it.
create table intake_mailbox (
    id uuid primary key,
    office_id uuid not null,
    name varchar(200) not null,
    host varchar(255) not null,
    port integer not null,
    security varchar(20) not null,
    username varchar(320) not null,
    secret_name varchar(200) not null,
    folder varchar(200) not null,
    processed_folder varchar(200) not null,
    quarantine_folder varchar(200) not null,
    enabled boolean not null,
    last_polled_at timestamp with time zone,
    last_error varchar(1000),
    created_at timestamp with time zone not null
);

create index intake_mailbox_office on intake_mailbox (office_id);

-- Every message that became a case (or was added to one), written in the case's transaction:
-- the key (its Message-ID, or a hash of the raw message without one) makes a repeated fetch,
-- also after a crash, find it here instead of making a second case.
create table intake_mail_message (
    id uuid primary key,
    mailbox_id uuid not null references intake_mailbox (id),
    message_key varchar(1000) not null,
    case_id uuid not null references case_file (id),
    threaded boolean not null,
    processed_at timestamp with time zone not null,
    constraint intake_mail_message_once unique (mailbox_id, message_key)
);

-- Messages the poller could not turn into a case: moved to the quarantine folder and listed on
-- the intake page until someone retries them or logs them by hand.
create table intake_quarantine (
    id uuid primary key,
    mailbox_id uuid not null references intake_mailbox (id),
    office_id uuid not null,
    message_key varchar(1000) not null,
    reason varchar(1000) not null,
    subject varchar(1000),
    sender varchar(1000),
    received_at timestamp with time zone,
    quarantined_at timestamp with time zone not null,
    attempts integer not null,
    resolved_at timestamp with time zone,
    resolution varchar(300),
    constraint intake_quarantine_once unique (mailbox_id, message_key)
);

create index intake_quarantine_open on intake_quarantine (office_id, resolved_at, quarantined_at);
