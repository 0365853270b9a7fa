-- A window (a week, the feed's thirteen months) is found in two narrow index ranges rather
-- than one wide one. The old index on (diary, range end, range start) had to pass every entry
-- ending after the window's start, about half of a ten-year diary for an average week, and
-- PostgreSQL chose to read the whole table instead. Now an entry spanning at most seven days
-- (nearly all of them) is found by its start, which lies at most seven days before the window;
-- the few that span longer (series, a long recess) are flagged and read on their own.
alter table diary_entry add column long_span boolean default false not null;
update diary_entry set long_span = (range_end > range_start + interval '7' day);
drop index diary_entry_window_idx;
create index diary_entry_window_idx on diary_entry (diary_id, long_span, range_start, range_end);
