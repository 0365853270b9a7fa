-- API tokens: a script or council system calls /api as a member of staff. Only the SHA-256
-- hash of a token is kept; the token itself is shown once, when it is created.
create table api_token (
    id uuid primary key,
    staff_id uuid not null references staff_account (id),
    name varchar(100) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    version bigint not null,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_staff_idx on api_token (staff_id);
