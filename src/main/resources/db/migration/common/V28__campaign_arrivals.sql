-- Cases logged and not yet compared for campaigns (intake). A row is written in the case's own
-- transaction and deleted in the transaction that groups it, so an arrival is grouped once,
-- also after a crash, and costs the case one small insert rather than an event publication.
create table campaign_arrival (
    case_id uuid primary key,
    office_id uuid not null,
    logged_at timestamp with time zone not null
);
create index campaign_arrival_order_idx on campaign_arrival (logged_at, case_id);

-- The row a grouping sweep locks, so that the sweeps of several nodes take turns and two copies
-- arriving together are always compared with each other.
create table campaign_sweep (
    id integer primary key
);
insert into campaign_sweep (id) values (1);
