-- clients: the only place with personal data (BSN, name, birth date). Every read or change of it is
-- written to audit_entry, which no one can update or delete.
create table clients.client (
  id           uuid primary key,
  bsn          char(9) not null unique check (bsn ~ '^[0-9]{9}$'),
  pseudonym    varchar(16) not null unique,
  name         text check (length(name) <= 200),
  birth_date   date not null,
  municipality char(4) not null check (municipality ~ '^[0-9]{4}$'),
  created_at   timestamptz not null
);

create table clients.audit_entry (
  id        bigint generated always as identity primary key,
  at        timestamptz not null,
  actor     text not null,
  role      text not null,
  action    text not null check (action in ('READ', 'CREATE', 'UPDATE')),
  client_id uuid not null references clients.client,
  what      text not null,
  why       text not null
);
create index audit_entry_client on clients.audit_entry (client_id, at);

create function clients.refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only (% refused)', tg_op;
end $$;
create trigger audit_entry_append_only before update or delete on clients.audit_entry
  for each row execute function clients.refuse_audit_change();
create trigger audit_entry_no_truncate before truncate on clients.audit_entry
  for each statement execute function clients.refuse_audit_change();
