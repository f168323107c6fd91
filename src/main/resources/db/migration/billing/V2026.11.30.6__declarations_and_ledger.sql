-- the schema is named here too: Flyway creates the schemas of spring.flyway.schemas only on a new database
create schema if not exists billing;

-- billing: monthly declarations (iJw JW323), every line with its verdict, and the append-only ledger
-- of approved lines. The database itself refuses to pay a reference twice, to credit a debit twice,
-- and to let an allocation's consumption pass its budget, even if the Java checks had a bug.

-- A declaration: one provider, one municipality, one calendar month (CS340). The number is unique
-- per provider (TR333); a resubmission with the same number and the same content gets the stored
-- answer and changes nothing.
create table billing.declaration (
  id            uuid primary key,
  provider_agb  char(8) not null references catalog.provider,
  number        varchar(12) not null check (number ~ '^[0-9A-Za-z]{1,12}$'),
  municipality  char(4) not null check (municipality ~ '^[0-9]{4}$'),
  period_start  date not null check (extract(day from period_start) = 1),
  received_on   date not null,
  content_hash  char(64) not null,
  answer        jsonb not null,
  created_at    timestamptz not null,
  unique (provider_agb, number)
);

-- Every line as declared, approved or rejected whole with all its iJw return codes.
create table billing.line (
  id                 bigint generated always as identity primary key,
  declaration_id     uuid not null references billing.declaration,
  idx                int not null check (idx >= 0),
  provider_agb       char(8) not null,
  reference          varchar(20) not null check (length(reference) >= 1),
  previous_reference varchar(20),
  debit_credit       char(1) not null check (debit_credit in ('D', 'C')),
  allocation_number  int not null,
  allocation_id      uuid references allocation.allocation,
  client_id          uuid references clients.client,
  category           char(2) not null,
  product_code       varchar(5),
  period_start       date not null,
  period_end         date not null check (period_end >= period_start),
  volume             bigint not null check (volume >= 0),
  unit               char(2) not null,
  tariff_cents       bigint check (tariff_cents >= 0),
  amount_cents       bigint not null check (amount_cents >= 0),
  approved           boolean not null,
  return_codes       jsonb not null,
  unique (declaration_id, idx),
  check (approved = (return_codes = '[]'::jsonb)),
  check (not approved or allocation_id is not null)
);
create index line_provider_reference on billing.line (provider_agb, reference);

-- The money each allocation has consumed, and its budget when it has one.
create table billing.budget (
  allocation_id  uuid primary key references allocation.allocation,
  limit_cents    bigint check (limit_cents >= 0),
  consumed_cents bigint not null default 0 check (consumed_cents >= 0),
  check (limit_cents is null or consumed_cents <= limit_cents)
);

-- One entry per approved line, never changed or removed; corrections are credit entries.
create table billing.ledger_entry (
  id                bigint generated always as identity primary key,
  line_id           bigint not null unique references billing.line,
  provider_agb      char(8) not null,
  reference         varchar(20) not null,
  credits_reference varchar(20),
  debit_credit      char(1) not null check (debit_credit in ('D', 'C')),
  allocation_id     uuid not null references billing.budget,
  municipality      char(4) not null,
  period_start      date not null check (extract(day from period_start) = 1),
  amount_cents      bigint not null check (amount_cents >= 0),
  signed_cents      bigint generated always as
                      (case debit_credit when 'D' then amount_cents else -amount_cents end) stored,
  booked_at         timestamptz not null,
  -- a reference is paid once (TR314), a debit is credited once (TR390)
  unique (provider_agb, reference),
  unique (provider_agb, credits_reference),
  check ((debit_credit = 'C') = (credits_reference is not null))
);
create index ledger_entry_allocation on billing.ledger_entry (allocation_id);
create index ledger_entry_month on billing.ledger_entry (municipality, provider_agb, period_start);

create function billing.refuse_ledger_change() returns trigger language plpgsql as $$
begin
  raise exception 'the ledger is append-only (% refused); book a credit instead', tg_op;
end $$;
create trigger ledger_entry_append_only before update or delete on billing.ledger_entry
  for each row execute function billing.refuse_ledger_change();
create trigger ledger_entry_no_truncate before truncate on billing.ledger_entry
  for each statement execute function billing.refuse_ledger_change();

-- Every ledger entry moves its allocation's consumption in the same statement, so the budget's
-- CHECK sees each booking: no path books money without the budget seeing it.
create function billing.consume() returns trigger language plpgsql as $$
begin
  update billing.budget set consumed_cents = consumed_cents + new.signed_cents
    where allocation_id = new.allocation_id;
  return new;
end $$;
create trigger ledger_entry_consumes after insert on billing.ledger_entry
  for each row execute function billing.consume();
