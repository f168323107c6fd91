-- allocation: the client route. Referrals, requests (VOT and VOW), every decision kept whole,
-- allocations (iJw toewijzing) with their version history, start and stop of delivery.

-- A referral letter (verwijzing). Single use (R-TWE-1): used_by is the request whose allocation
-- used it; a second request with the same letter is judged with usedBefore = true.
create table allocation.referral (
  id            uuid primary key,
  client_id     uuid not null references clients.client,
  referrer_type char(2) not null check (referrer_type in ('01','02','03','04','05','06','08')),
  letter_date   date,
  used_by       uuid,
  created_at    timestamptz not null
);
create unique index referral_letter on allocation.referral (client_id, referrer_type, letter_date)
  where letter_date is not null;

-- A request: an allocation request (VOT, one product) or a change request (VOW, the complete
-- desired situation). provider_reference is unique per provider over both (iJw TR347).
create table allocation.request (
  id                 uuid primary key,
  type               text not null check (type in ('ALLOCATION', 'CHANGE')),
  client_id          uuid not null references clients.client,
  provider_agb       char(8) not null references catalog.provider,
  provider_reference varchar(36) not null check (length(provider_reference) >= 1),
  region             text not null,
  municipality       char(4) not null check (municipality ~ '^[0-9]{4}$'),
  received_on        date not null,
  category           char(2),
  product_code       varchar(5),
  referral_id        uuid references allocation.referral,
  body               jsonb not null,
  state              text not null check (state in ('IN_INVESTIGATION', 'APPROVED', 'REJECTED')),
  answer_due         date not null,
  investigation_due  date,
  answered_on        date,
  rejection_reason   smallint check (rejection_reason between 1 and 9),
  lock_version       int not null default 0,
  created_at         timestamptz not null,
  unique (provider_agb, provider_reference),
  check ((state = 'REJECTED') = (rejection_reason is not null)),
  check (state <> 'IN_INVESTIGATION' or investigation_due is not null)
);
create index request_client on allocation.request (client_id);
create index request_open on allocation.request (state) where state = 'IN_INVESTIGATION';

-- Every decision, whole: the request as judged, the pack version, the output. seq 1 is the
-- engine's; a later one the access team's.
create table allocation.decision (
  id               bigint generated always as identity primary key,
  request_id       uuid not null references allocation.request,
  seq              int not null check (seq >= 1),
  decided_by       text not null,
  pack_id          text not null,
  pack_valid_from  date not null,
  outcome          text not null check (outcome in ('APPROVE', 'INVESTIGATE', 'REJECT')),
  judged_request   jsonb not null,
  output           jsonb not null,
  rejection_reason smallint check (rejection_reason between 1 and 9),
  note             text,
  decided_at       timestamptz not null,
  unique (request_id, seq)
);

-- ToewijzingNummer: unique per municipality and stable over changes (iJw TR332, OP275).
create table allocation.number_sequence (
  municipality char(4) primary key,
  last_number  int not null check (last_number between 0 and 999999999)
);

create table allocation.allocation (
  id              uuid primary key,
  municipality    char(4) not null check (municipality ~ '^[0-9]{4}$'),
  number          int not null check (number between 1 and 999999999),
  client_id       uuid not null references clients.client,
  provider_agb    char(8) not null references catalog.provider,
  region          text not null,
  request_id      uuid not null references allocation.request,
  category        char(2) not null,
  product_code    varchar(5),
  -- the decision-contract request it was granted on: the basis for judging later changes
  basis           jsonb not null,
  delivery        text not null default 'NOT_STARTED'
                  check (delivery in ('NOT_STARTED', 'STARTED', 'PAUSED', 'ENDED')),
  current_version int not null default 1 check (current_version >= 1),
  lock_version    int not null default 0,
  created_at      timestamptz not null,
  unique (municipality, number)
);
create index allocation_client on allocation.allocation (client_id, provider_agb);

-- Version history: version 1 as allocated, every later one with its JZ002 change reason.
create table allocation.allocation_version (
  allocation_id    uuid not null references allocation.allocation,
  version          int not null check (version >= 1),
  start_date       date not null,
  end_date         date check (end_date is null or end_date >= start_date),
  volume_amount    bigint check (volume_amount >= 0),
  volume_unit      char(2) check (volume_unit in ('01','04','14','16','82','83','84')),
  volume_frequency smallint check (volume_frequency in (1, 2, 4, 6)),
  budget_cents     bigint check (budget_cents >= 0),
  level            smallint,
  change_reason    char(2) check (change_reason in ('02','03','04','05','06','07','08','09','10','11','12','13','14')),
  request_id       uuid references allocation.request,
  recorded_at      timestamptz not null,
  recorded_by      text not null,
  primary key (allocation_id, version),
  check ((volume_amount is null) = (volume_unit is null)
     and (volume_unit is null) = (volume_frequency is null)),
  check ((version = 1) = (change_reason is null)),
  check (volume_frequency is distinct from 2 or end_date is not null)
);

-- Start (JW305) and stop (JW307) of delivery; a stop carries its JZ588 reason (20 = temporary).
create table allocation.delivery_event (
  id            bigint generated always as identity primary key,
  allocation_id uuid not null references allocation.allocation,
  kind          text not null check (kind in ('START', 'STOP')),
  on_date       date not null,
  stop_reason   char(2) check (stop_reason in ('02','20','31','32','33','34','35','36','37','38','39')),
  recorded_at   timestamptz not null,
  recorded_by   text not null,
  check ((kind = 'STOP') = (stop_reason is not null))
);
create index delivery_event_allocation on allocation.delivery_event (allocation_id, id);
