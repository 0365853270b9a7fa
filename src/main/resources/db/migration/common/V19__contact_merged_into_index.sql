-- Finding the duplicates merged into a contact (and re-pointing their cases) reads by merged_into.
create index contact_merged_into_idx on contact (merged_into);
