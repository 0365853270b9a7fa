-- Events imported into a diary from .ics files, by their UID, so that importing the same file
-- again updates the entries it made instead of adding them twice.
create table diary_imported_event (
    diary_id uuid not null references diary (id),
    uid varchar(500) not null,
    entry_id uuid not null references diary_entry (id),
    imported_at timestamp with time zone not null,
    primary key (diary_id, uid)
);

-- A diary's two-way CalDAV sync with one calendar collection. The password is never stored:
-- secret_name names the environment variable (or property) that holds it.
create table diary_caldav_connection (
    diary_id uuid primary key references diary (id),
    office_id uuid not null,
    url varchar(1000) not null,
    username varchar(320) not null,
    secret_name varchar(200) not null,
    last_attempt_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    last_outcome varchar(2000),
    last_error varchar(1000),
    created_at timestamp with time zone not null,
    version bigint not null
);

-- Each entry known to both sides: the resource on the server (href, its UID and the ETag it had
-- when last in step) and the entry's version then. A differing ETag means the server changed it;
-- a differing version means Redbox did; both at once is a conflict.
create table diary_caldav_item (
    id uuid primary key,
    diary_id uuid not null references diary (id),
    entry_id uuid not null references diary_entry (id),
    href varchar(1000) not null,
    uid varchar(500) not null,
    etag varchar(300) not null,
    entry_version bigint not null,
    synced_at timestamp with time zone not null,
    constraint diary_caldav_item_href unique (diary_id, href),
    constraint diary_caldav_item_entry unique (diary_id, entry_id)
);
