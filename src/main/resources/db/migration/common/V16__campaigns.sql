-- Campaigns (intake): near-identical incoming items grouped so that one reply serves them all.
-- The intake module's own tables: cases and offices are referred to by id only.
create table campaign (
    id uuid primary key,
    office_id uuid not null,
    name varchar(200) not null,
    -- The campaign text: the normalised words of its plainest copy, which arrivals are compared with.
    template_text varchar not null,
    template_words integer not null,
    lead_case_id uuid,
    started_at timestamp with time zone not null,
    version bigint
);
create index campaign_office_idx on campaign (office_id, started_at);

-- Every incoming item long enough to compare: in a campaign, or alone (campaign_id null) until a copy arrives.
create table campaign_item (
    case_id uuid primary key,
    office_id uuid not null,
    campaign_id uuid references campaign (id),
    normalised_text varchar not null,
    words integer not null,
    arrived_at timestamp with time zone not null,
    similarity integer,
    new_words integer,
    flagged boolean not null default false,
    split_out boolean not null default false,
    version bigint
);
create index campaign_item_campaign_idx on campaign_item (campaign_id, arrived_at);

-- LSH band keys of items that are alone and of campaigns' texts (members are found through their campaign).
create table campaign_band (
    office_id uuid not null,
    band_key bigint not null,
    case_id uuid,
    campaign_id uuid
);
create index campaign_band_key_idx on campaign_band (office_id, band_key);
create index campaign_band_case_idx on campaign_band (case_id);
create index campaign_band_campaign_idx on campaign_band (campaign_id);
