-- Days proclaimed as bank holidays (or holidays withdrawn) after the published lists were made.
create table holiday_change (
    id uuid primary key,
    region varchar(30) not null,
    holiday_date date not null,
    kind varchar(10) not null,
    name varchar(200) not null,
    reason varchar(500) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200) not null,
    marking_classification varchar(30) not null,
    marking_descriptor varchar(30),
    constraint holiday_change_unique unique (region, holiday_date)
);
