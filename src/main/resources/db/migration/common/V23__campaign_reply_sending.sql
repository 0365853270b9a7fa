-- A campaign's reply is sent in the background: who asked and when, when the run ended or why it
-- stopped; and on each member the marker, committed with its send, that keeps a restarted run
-- from sending to it again.
alter table campaign add column reply_requested_by uuid;
alter table campaign add column reply_requested_at timestamp with time zone;
alter table campaign add column reply_finished_at timestamp with time zone;
alter table campaign add column reply_problem varchar(1000);
alter table campaign_item add column reply_sent_at timestamp with time zone;
alter table campaign_item add column reply_outcome varchar(20);
alter table campaign_item add column reply_problem varchar(1000);
create index campaign_reply_pending_idx on campaign (reply_requested_at, reply_finished_at);
