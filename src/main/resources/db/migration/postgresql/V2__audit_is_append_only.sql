-- The audit trail is append-only: PostgreSQL refuses any UPDATE or DELETE of its rows,
-- whoever asks. (On H2, the embedded database for one machine, the code alone guarantees it.)
create function audit_entry_refuse_change() returns trigger as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$ language plpgsql;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
