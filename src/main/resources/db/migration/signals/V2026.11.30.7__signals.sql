create schema if not exists signals;

-- signals: open tasks raised by a region's signal rules (docs/signals.md) on an allocation or a
-- request, for the role that has to act. Raised at most once while not done: the partial unique
-- index below refuses a second open signal of one kind and rule on one subject, even if two
-- recomputes race. No BSN or names: the message names the allocation or request, never the client.
create table signals.signal (
  id            uuid primary key,
  kind          text not null check (kind in ('USAGE_THRESHOLD', 'EXHAUSTION_MONEY',
                  'EXHAUSTION_TIME', 'EXTENSION_WINDOW', 'EVALUATION_DUE', 'MUNICIPAL_EVALUATION_DUE',
                  'REFERRAL_EXPIRING',
                  'ANSWER_OVERDUE', 'INVESTIGATION_OVERDUE')),
  rule_id       text not null,
  subject       uuid not null,
  municipality  char(4) not null check (municipality ~ '^[0-9]{4}$'),
  region        text not null,
  provider_agb  char(8) not null,
  role          text not null check (role in ('TOEGANG', 'AANBIEDER')),
  state         text not null check (state in ('OPEN', 'ACKNOWLEDGED', 'DONE')),
  due_date      date,
  message       text not null,
  raised_at     timestamptz not null,
  updated_at    timestamptz not null,
  -- who closed it: a person, or 'system' when the condition no longer held
  closed_by     text,
  check ((state = 'DONE') = (closed_by is not null))
);
create unique index signal_once on signals.signal (kind, subject, rule_id) where state <> 'DONE';
create index signal_subject on signals.signal (subject);
create index signal_open on signals.signal (region, municipality, provider_agb) where state <> 'DONE';
