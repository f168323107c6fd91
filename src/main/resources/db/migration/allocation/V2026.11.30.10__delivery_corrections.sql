-- Corrections of start (JW305) and stop (JW307) of delivery (iJw IV008, OP033): a notice with
-- StatusAanlevering 3 withdraws the earlier one with the same logical key. The withdrawn row stays,
-- marked, so what the provider reported and took back can always be shown; only rows not withdrawn
-- count for the delivery state and for the rules TR063, TR071, TR074 and TR326.
alter table allocation.delivery_event
  -- a stop's Begindatum: the date of the start it ends, part of the JW307 key (TR382)
  add column start_date   date,
  add column withdrawn_at timestamptz,
  add column withdrawn_by text,
  add constraint delivery_event_start_date check (kind = 'STOP' or start_date is null),
  add constraint delivery_event_withdrawn check ((withdrawn_at is null) = (withdrawn_by is null));

-- the stops recorded so far end the start recorded last before them
update allocation.delivery_event s
set start_date = (select e.on_date from allocation.delivery_event e
                  where e.allocation_id = s.allocation_id and e.kind = 'START' and e.id < s.id
                  order by e.id desc limit 1)
where s.kind = 'STOP';
