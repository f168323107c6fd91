-- The route's facts for control (issue 13, ADR 0012 as changed there): materialised views over the
-- route tables, refreshed by control.ControlFacts (every 15 minutes under a ShedLock lock, after the
-- demo load, and on demand). A view cannot drift from the route, and the booking path stays as it
-- is. Each view has a unique index so REFRESH MATERIALIZED VIEW CONCURRENTLY can run while
-- dashboards read. Only control.product and control.national_reference are tables: the first is
-- written from the policy packs at every refresh (sub-segments live in the packs, not in the
-- database), the second holds sourced national figures (none is invented).

-- The product book of every region as its packs name it: category, sub-segment and unit.
create table control.product (
  region       text not null check (length(region) between 1 and 64),
  product_code varchar(5) not null check (length(product_code) >= 1),
  category     char(2) not null check (category ~ '^[0-9]{2}$'),
  sub_segment  text check (length(sub_segment) between 1 and 64),
  unit         text not null,
  primary key (region, product_code)
);

-- A national figure a norm compares against, e.g. CBS's share of jeugdhulptrajecten ended
-- according to plan. Only with its source; the measurement says "no national reference" when none.
create table control.national_reference (
  metric text not null check (metric ~ '^[A-Z0-9_]{1,64}$'),
  year   int not null check (year between 2015 and 2100),
  value  numeric(9, 6) not null,
  source text not null check (length(source) between 10 and 1000),
  primary key (metric, year)
);

-- One row per allocation: what it was granted, when care ran and why it ended, what was paid.
--  * care_start: the first start of delivery not withdrawn (JW305); null = care never started.
--  * care_end: the last definitive stop not withdrawn (JW307, any reason but 20 temporary) once
--    delivery has ended; else the allocation's end date when that has passed (care lapsed without
--    a stop; its end_reason stays null); else null (open).
--  * form: the sub-segment of the product in the region's pack, or the category where the product
--    has none (the region has no sub-segments).
--  * first_level / heaviest_level: version 1's level and the highest level of any version
--    (Noord-Limburg: intensity 1 licht, 2 midden, 3 maatwerk, 4 meerwerk; Amersfoort: the
--    intervention level; IJsselland: the keuzebudget level).
--  * extension_requests: change requests (VOW) that name this allocation, whatever their answer.
--  * paid_cents: the ledger's net payments (debits minus credits).
create materialized view control.allocation_fact as
with starts as (
  select allocation_id, min(on_date) as care_start
  from allocation.delivery_event
  where kind = 'START' and withdrawn_at is null
  group by allocation_id),
definitive_stops as (
  select distinct on (allocation_id) allocation_id, on_date, stop_reason, goals_reached, goals_in_time
  from allocation.delivery_event
  where kind = 'STOP' and withdrawn_at is null and stop_reason <> '20'
  order by allocation_id, on_date desc, id desc),
versions as (
  select allocation_id,
    max(level) as heaviest_level,
    min(start_date) as allocated_from,
    max(budget_cents) filter (where version = 1) as first_budget_cents,
    max(level) filter (where version = 1) as first_level
  from allocation.allocation_version
  group by allocation_id),
approvals as (
  select request_id, min(decided_at)::date as approved_on
  from allocation.decision
  where outcome = 'APPROVE'
  group by request_id),
change_requests as (
  select a.id as allocation_id, count(distinct r.id) as extension_requests
  from allocation.allocation a
  join allocation.request r
    on r.type = 'CHANGE' and r.client_id = a.client_id and r.municipality = a.municipality
  cross join lateral jsonb_array_elements(coalesce(r.body -> 'change', '[]'::jsonb)) c
  where (c ->> 'number')::int = a.number
  group by a.id),
payments as (
  select allocation_id, sum(signed_cents) as paid_cents
  from billing.ledger_entry
  group by allocation_id)
select
  a.id as allocation_id,
  a.region,
  a.municipality,
  a.provider_agb,
  a.client_id,
  a.category,
  a.product_code,
  p.sub_segment,
  coalesce(p.sub_segment, a.category) as form,
  a.basis -> 'budget' ->> 'scheme' as budget_scheme,
  coalesce(ap.approved_on, a.created_at::date) as approved_on,
  v.allocated_from,
  cur.end_date as allocated_until,
  s.care_start,
  case
    when a.delivery = 'ENDED' and ds.on_date is not null then ds.on_date
    when s.care_start is not null and cur.end_date < current_date then cur.end_date
  end as care_end,
  case when a.delivery = 'ENDED' then ds.stop_reason end as end_reason,
  case when a.delivery = 'ENDED' then ds.goals_reached end as goals_reached,
  case when a.delivery = 'ENDED' then ds.goals_in_time end as goals_in_time,
  v.first_level,
  v.heaviest_level,
  v.first_budget_cents,
  cur.budget_cents,
  coalesce(pay.paid_cents, 0) as paid_cents,
  coalesce(cr.extension_requests, 0) as extension_requests
from allocation.allocation a
join allocation.allocation_version cur
  on cur.allocation_id = a.id and cur.version = a.current_version
join versions v on v.allocation_id = a.id
left join control.product p on p.region = a.region and p.product_code = a.product_code
left join approvals ap on ap.request_id = a.request_id
left join starts s on s.allocation_id = a.id
left join definitive_stops ds on ds.allocation_id = a.id
left join change_requests cr on cr.allocation_id = a.id
left join payments pay on pay.allocation_id = a.id
with no data;
create unique index allocation_fact_id on control.allocation_fact (allocation_id);
create index allocation_fact_region on control.allocation_fact (region, provider_agb);

-- Declared care per allocation and month of care: the approved lines net of credits, in hours
-- (unit 04 uur; 01 minuut / 60; other units carry no hours) and in cents.
create materialized view control.declared_month as
select
  l.allocation_id,
  f.region,
  f.provider_agb,
  f.client_id,
  f.form,
  date_trunc('month', l.period_start)::date as month,
  sum(case l.unit when '04' then l.volume when '01' then l.volume / 60.0 else 0 end
      * case l.debit_credit when 'D' then 1 else -1 end)::numeric(14, 2) as hours,
  sum(case l.debit_credit when 'D' then l.amount_cents else -l.amount_cents end) as cents
from billing.line l
join control.allocation_fact f on f.allocation_id = l.allocation_id
where l.approved
group by l.allocation_id, f.region, f.provider_agb, f.client_id, f.form,
  date_trunc('month', l.period_start)
with no data;
create unique index declared_month_key on control.declared_month (allocation_id, month);
create index declared_month_region on control.declared_month (region, month);

-- The jeugdhulptraject (CBS Beleidsinformatie Jeugd): an uninterrupted run of care of one client at
-- one provider in one form. CBS merges runs of the same hulpvorm at the same provider that overlap
-- (start = the first start, end = the last end). Where we differ: the form is the region's
-- sub-segment (or the category where the region has none), not CBS's hulpvorm; and a gap of under
-- 31 days between the end of one run and the start of the next is bridged too (ADR 0012), so a
-- re-allocation after a lapse is one trajectory. Only care that started counts (an allocation
-- without a start is waiting, see HARMFUL_WAITING_LIST_CHANGE). end_date is null while any of its
-- allocations is open; end_reason is the last definitive stop's JZ588 code (null when care lapsed
-- without a stop), with that stop's end-of-care report (null = not reported).
create materialized view control.trajectory as
with started as (
  select f.*, coalesce(f.care_end, 'infinity'::date) as run_end
  from control.allocation_fact f
  where f.care_start is not null),
ordered as (
  select s.*,
    max(run_end) over (partition by region, client_id, provider_agb, form
                       order by care_start, allocation_id
                       rows between unbounded preceding and 1 preceding) as ended_before
  from started s),
numbered as (
  select o.*,
    sum(case when ended_before is null or care_start - ended_before >= 31 then 1 else 0 end)
      over (partition by region, client_id, provider_agb, form
            order by care_start, allocation_id) as run
  from ordered o),
runs as (
  select region, client_id, provider_agb, form, run,
    min(care_start) as start_date,
    max(run_end) as run_end,
    min(municipality) as municipality,
    min(category) as category,
    min(sub_segment) as sub_segment,
    (array_agg(first_level order by care_start, allocation_id))[1] as first_level,
    max(heaviest_level) as heaviest_level,
    (array_agg(end_reason order by care_end desc nulls first, allocation_id))[1] as end_reason,
    (array_agg(goals_reached order by care_end desc nulls first, allocation_id))[1] as goals_reached,
    (array_agg(goals_in_time order by care_end desc nulls first, allocation_id))[1] as goals_in_time,
    sum(extension_requests) as extension_requests,
    array_agg(allocation_id) as allocation_ids
  from numbered
  group by region, client_id, provider_agb, form, run),
declared as (
  select r.region, r.client_id, r.provider_agb, r.form, r.run,
    coalesce(sum(d.hours), 0) as declared_hours, coalesce(sum(d.cents), 0) as declared_cents
  from runs r
  left join control.declared_month d on d.allocation_id = any (r.allocation_ids)
  group by r.region, r.client_id, r.provider_agb, r.form, r.run)
select
  r.region, r.municipality, r.provider_agb, r.client_id, r.form, r.category, r.sub_segment,
  r.start_date,
  case when r.run_end = 'infinity'::date then null else r.run_end end as end_date,
  r.first_level, r.heaviest_level,
  case when r.run_end = 'infinity'::date then null else r.end_reason end as end_reason,
  case when r.run_end = 'infinity'::date then null else r.goals_reached end as goals_reached,
  case when r.run_end = 'infinity'::date then null else r.goals_in_time end as goals_in_time,
  r.extension_requests::int as extension_requests,
  d.declared_hours::numeric(14, 2) as declared_hours,
  d.declared_cents::bigint as declared_cents
from runs r
join declared d using (region, client_id, provider_agb, form, run)
with no data;
create unique index trajectory_key on control.trajectory (region, client_id, provider_agb, form, start_date);
create index trajectory_region on control.trajectory (region, end_date);
