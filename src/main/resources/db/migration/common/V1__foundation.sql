-- Redbox foundation: directory (offices, principals, teams, staff), audit trail,
-- Modulith's event publication registry and Spring Session's tables.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL: VARCHAR without a length is unbounded in both.

create table authority (
    id uuid primary key,
    name varchar(200) not null
);

create table office (
    id uuid primary key,
    authority_id uuid not null references authority (id),
    name varchar(200) not null,
    code varchar(10) not null,
    jurisdiction varchar(30) not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint office_code_unique unique (code),
    constraint office_name_unique unique (authority_id, name)
);

create table team (
    id uuid primary key,
    office_id uuid not null references office (id),
    name varchar(200) not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    version bigint not null,
    constraint team_name_unique unique (office_id, name)
);

create table staff_account (
    id uuid primary key,
    full_name varchar(200) not null,
    email varchar(320) not null,
    password_hash varchar(200),
    active boolean not null,
    failed_sign_ins integer not null,
    locked_until timestamp with time zone,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint staff_email_unique unique (email)
);

-- A role held by a member of staff in one office, or in every office when office_id is null.
create table role_grant (
    staff_id uuid not null references staff_account (id),
    role varchar(40) not null,
    office_id uuid references office (id)
);
create index role_grant_staff_idx on role_grant (staff_id);

create table team_membership (
    staff_id uuid not null references staff_account (id),
    team_id uuid not null references team (id),
    primary key (staff_id, team_id)
);

-- A principal's post ("Mayor of Exampleton") and the people who held it, over time.
create table principal_post (
    id uuid primary key,
    office_id uuid not null references office (id),
    title varchar(200) not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    version bigint not null
);

create table tenure (
    id uuid primary key,
    post_id uuid not null references principal_post (id),
    holder_name varchar(200) not null,
    staff_id uuid references staff_account (id),
    starts_on date not null,
    ends_on date
);
create index tenure_post_idx on tenure (post_id);

-- Append-only: no code path updates or deletes these rows (and PostgreSQL refuses it, see V2).
create table audit_entry (
    id uuid primary key,
    occurred_at timestamp with time zone not null,
    kind varchar(20) not null,
    action varchar(80) not null,
    actor_id uuid,
    actor_name varchar(200) not null,
    office_id uuid,
    record_type varchar(80),
    record_id varchar(80),
    summary varchar(2000) not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30)
);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_actor_idx on audit_entry (actor_id);
create index audit_entry_record_idx on audit_entry (record_id);
create index audit_entry_office_idx on audit_entry (office_id);

-- Spring Modulith's JDBC event publication registry (schema v2).
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Spring Session JDBC: sessions live in the database so that web nodes stay stateless.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval integer not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
