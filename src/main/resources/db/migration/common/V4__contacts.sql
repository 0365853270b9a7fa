-- People and organisations outside the office, one record per person per office.
create table contact (
    id uuid primary key,
    office_id uuid not null references office (id),
    name varchar(200) not null,
    type varchar(20) not null,
    organisation varchar(200),
    email varchar(320),
    phone varchar(40),
    address_line1 varchar(200),
    address_line2 varchar(200),
    address_town varchar(100),
    address_postcode varchar(10),
    language varchar(10) not null,
    vulnerable boolean not null,
    consent_to_contact boolean not null,
    merged_into uuid references contact (id),
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    created_at timestamp with time zone not null,
    version bigint not null
);
create index contact_office_email_idx on contact (office_id, email);
create index contact_office_name_idx on contact (office_id, name);
