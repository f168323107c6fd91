-- Process rules executed on the client route (docs/policy-packs.md "How process rules are executed").

-- R-IJS-4 (IJsselland 001 §4.2.1.4): the provider's screening of a youth before the request, accepted
-- or declined with one of the pack's decline reasons. Not paid; read when the provider's request is
-- judged. No personal data besides the client's id.
create table allocation.screening (
  id             uuid primary key,
  client_id      uuid not null references clients.client,
  provider_agb   char(8) not null references catalog.provider,
  municipality   char(4) not null check (municipality ~ '^[0-9]{4}$'),
  region         text not null,
  screened_on    date not null,
  outcome        text not null check (outcome in ('ACCEPTED', 'DECLINED')),
  decline_reason text check (decline_reason ~ '^[A-Z_]{1,40}$'),
  recorded_at    timestamptz not null,
  recorded_by    text not null,
  check ((outcome = 'DECLINED') = (decline_reason is not null))
);
create index screening_client on allocation.screening (client_id, provider_agb, municipality);

-- R-IJS-8 (IJsselland 001 §4.3.1.3): the referrer was consulted about ending care, before the stop.
create table allocation.ending_consultation (
  id            bigint generated always as identity primary key,
  allocation_id uuid not null references allocation.allocation,
  consulted_on  date not null,
  recorded_at   timestamptz not null,
  recorded_by   text not null
);
create index ending_consultation_allocation on allocation.ending_consultation (allocation_id);

-- R-AAA-6 (Amstelveen/Aalsmeer 004): several providers for one youth: one main contractor (the
-- contact point) and one shared help plan with its results. One plan per client and municipality;
-- a new version replaces it (the history stays: superseded_at).
create table allocation.help_plan (
  id                  uuid primary key,
  client_id           uuid not null references clients.client,
  municipality        char(4) not null check (municipality ~ '^[0-9]{4}$'),
  region              text not null,
  main_contractor_agb char(8) not null references catalog.provider,
  reference           varchar(40) not null check (length(reference) >= 1),
  results             jsonb not null check (jsonb_typeof(results) = 'array'),
  recorded_at         timestamptz not null,
  recorded_by         text not null,
  superseded_at       timestamptz
);
create unique index help_plan_current on allocation.help_plan (client_id, municipality)
  where superseded_at is null;
