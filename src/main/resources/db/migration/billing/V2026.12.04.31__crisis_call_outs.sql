-- R-IJS-7 (IJsselland 001 §4.4.3): the crisis function is paid task-based per region; call-outs
-- (crisis interventions) are paid by use per municipality. One row per reported count of call-outs
-- on a day in a municipality; no client data.
create table billing.crisis_call_out (
  id           bigint generated always as identity primary key,
  region       text not null,
  municipality char(4) not null check (municipality ~ '^[0-9]{4}$'),
  on_date      date not null,
  call_outs    int not null check (call_outs between 1 and 10000),
  provider_agb char(8) not null references catalog.provider,
  recorded_at  timestamptz not null,
  recorded_by  text not null
);
create index crisis_call_out_month on billing.crisis_call_out (region, on_date);
