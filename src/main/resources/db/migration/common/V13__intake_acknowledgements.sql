-- Acknowledgements owed to whoever wrote in: the outbox of the acknowledgement mailer, and at
-- most one per case and address, so a reply or a repeated fetch never acknowledges twice.
create table intake_acknowledgement (
    id uuid primary key,
    case_id uuid not null references case_file (id),
    office_id uuid not null,
    address varchar(320) not null,
    recipient_name varchar(300),
    reference varchar(40) not null,
    due date,
    in_reply_to varchar(1000),
    requested_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    constraint intake_acknowledgement_once unique (case_id, address)
);

create index intake_acknowledgement_unsent on intake_acknowledgement (sent_at, requested_at);
