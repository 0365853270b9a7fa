-- Principals' diaries: one per principal's post, with its office.
create table diary (
    id uuid primary key,
    office_id uuid not null references office (id),
    post_id uuid not null references principal_post (id),
    title varchar(200) not null,
    zone varchar(60) not null,
    default_travel_minutes int not null,
    -- SHA-256 of the secret in the feed URL; null while the diary has no feed.
    feed_token_hash varchar(64),
    feed_issued_at timestamp with time zone,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint diary_post_unique unique (post_id),
    constraint diary_feed_token_unique unique (feed_token_hash)
);
create index diary_office_idx on diary (office_id);

-- An entry keeps its wall-clock times with their zone (10:00 stays 10:00 across clock changes);
-- range_start/range_end are the instants it (or, for a series, its first and last occurrence)
-- spans, kept so that a view reads only the entries that reach its window. An open-ended
-- series ends at 9999-12-31.
create table diary_entry (
    id uuid primary key,
    diary_id uuid not null references diary (id),
    office_id uuid not null references office (id),
    kind varchar(20) not null,
    title varchar(200) not null,
    starts_local timestamp not null,
    ends_local timestamp not null,
    zone varchar(60) not null,
    all_day boolean not null,
    location varchar(300),
    notes varchar(4000),
    private_entry boolean not null,
    travel_minutes int,
    recurrence_rule varchar(300),
    range_start timestamp with time zone not null,
    range_end timestamp with time zone not null,
    cancelled boolean not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index diary_entry_window_idx on diary_entry (diary_id, range_end, range_start);

create table diary_entry_attendee (
    entry_id uuid not null references diary_entry (id),
    position int not null,
    kind varchar(10) not null,
    ref_id uuid,
    name varchar(200) not null,
    role varchar(200),
    organisation varchar(200),
    primary key (entry_id, position)
);

-- Cases the entry is about, by id only (the diary does not read the correspondence tables).
create table diary_entry_case (
    entry_id uuid not null references diary_entry (id),
    case_id uuid not null,
    primary key (entry_id, case_id)
);

-- One occurrence of a series cancelled (an EXDATE) or moved (a RECURRENCE-ID override).
create table diary_occurrence_change (
    entry_id uuid not null references diary_entry (id),
    original_start timestamp not null,
    cancelled boolean not null,
    starts_local timestamp,
    ends_local timestamp,
    primary key (entry_id, original_start)
);
