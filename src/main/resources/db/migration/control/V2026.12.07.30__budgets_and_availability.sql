-- control (issue 13, ADR 0012): the municipalities' budgets and the providers' availability feed.
-- Both are facts people set (a contract manager, a provider); everything else control shows is
-- computed from the route's schemas, which control only reads.

-- A municipality's budget for a year, optionally narrowed to a product category and/or a provider
-- (null = all). Kept current in place (set_by, set_at say who set the amount now in force); every
-- setting is also appended to control.budget_history by a trigger, so no path can change a budget
-- without the history seeing it and a dashboard reads one row per key.
create table control.budget (
  id           bigint generated always as identity primary key,
  municipality char(4) not null check (municipality ~ '^[0-9]{4}$'),
  year         int not null check (year between 2000 and 2100),
  category     char(2) check (category ~ '^[0-9]{2}$'),
  provider_agb char(8) references catalog.provider check (provider_agb ~ '^[0-9]{8}$'),
  amount_cents bigint not null check (amount_cents > 0),
  set_by       text not null check (length(set_by) >= 1),
  set_at       timestamptz not null
);
-- one budget per municipality, year, category and provider; null ("all") is a value of its own
create unique index budget_once on control.budget
  (municipality, year, coalesce(category, ''), coalesce(provider_agb, ''));

create table control.budget_history (
  id           bigint generated always as identity primary key,
  budget_id    bigint not null references control.budget,
  amount_cents bigint not null check (amount_cents > 0),
  set_by       text not null,
  set_at       timestamptz not null
);
create index budget_history_budget on control.budget_history (budget_id, id);

create function control.keep_budget_history() returns trigger language plpgsql as $$
begin
  insert into control.budget_history (budget_id, amount_cents, set_by, set_at)
    values (new.id, new.amount_cents, new.set_by, new.set_at);
  return new;
end $$;
create trigger budget_history_kept after insert or update on control.budget
  for each row execute function control.keep_budget_history();

-- R-TWE-6 (Twente 002 p.4, Beschikbaarheidswijzer): a provider's latest report of its room and
-- waiting time for one product in one region; a new report replaces the old one (reported_at
-- says how current it is: the pack's AvailabilityGuide marks it stale after maxAgeDays).
create table control.availability (
  provider_agb  char(8) not null references catalog.provider,
  region        text not null check (length(region) between 1 and 64),
  product_code  varchar(5) not null check (product_code ~ '^[0-9A-Z]{1,5}$'),
  free_places   int not null check (free_places between 0 and 100000),
  waiting_weeks int not null check (waiting_weeks between 0 and 520),
  note          text check (length(note) <= 500),
  reported_at   timestamptz not null,
  reported_by   text not null check (length(reported_by) >= 1),
  primary key (provider_agb, region, product_code)
);
create index availability_region on control.availability (region, product_code);
