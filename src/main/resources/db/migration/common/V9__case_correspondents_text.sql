-- The names and emails of a case's correspondents, copied onto the case for full-text search
-- (the case holds only contact ids); refreshed when a contact changes or is merged.
alter table case_file add column correspondents_text varchar(4000);
