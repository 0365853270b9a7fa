-- Documents: records of stored files; the bytes live in the file store, named by their SHA-256.
create table document (
    id uuid primary key,
    office_id uuid not null references office (id),
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    owner_type varchar(50) not null,
    owner_id varchar(100) not null,
    filename varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    created_at timestamp with time zone not null,
    created_by varchar(200) not null,
    version bigint not null
);
create index document_owner_idx on document (owner_type, owner_id);
