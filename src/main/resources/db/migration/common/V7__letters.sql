-- Letters: templates with merge fields, standard lines per topic, and the record of each email dispatch.
create table letter_template (
    id uuid primary key,
    office_id uuid not null references office (id),
    name varchar(200) not null,
    language varchar(20) not null,
    body_html varchar not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index letter_template_office_idx on letter_template (office_id);

create table letter_template_case_type (
    template_id uuid not null references letter_template (id),
    case_type varchar(30) not null,
    primary key (template_id, case_type)
);

create table standard_line (
    id uuid primary key,
    office_id uuid not null references office (id),
    topic varchar(100) not null,
    title varchar(200) not null,
    body_html varchar not null,
    expires_on date not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index standard_line_office_idx on standard_line (office_id, topic);

-- Written (and committed) before a reply is handed to the mail server, so that a crash between
-- sending and recording leaves a trace, and a retry sends with the same Message-ID.
create table reply_dispatch (
    id uuid primary key,
    case_id uuid not null references case_file (id),
    message_id varchar(300) not null,
    signed_hash varchar(64) not null,
    recipient varchar(320) not null,
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    version bigint not null,
    constraint reply_dispatch_message_id_unique unique (message_id)
);
create index reply_dispatch_case_idx on reply_dispatch (case_id, status);
