-- The end-of-care report (issue 13, ADR 0012): whether the plan's goals were reached, given by the
-- provider with a definitive stop. iJw's JW307 carries why care ended (JZ588, e.g. 31 volgens plan)
-- but not whether the goals were reached, which R-NLI-1 (003 Bijlage a, "behaalt zijn doelen ...
-- binnen de daarvoor gesteld termijn") and R-IJS-11 (001 bijlage 2 §4.3, "niet de gewenste
-- resultaten halen") measure. Optional: a stop without a report counts as "not reported", never as
-- a guess.
alter table allocation.delivery_event
  add column goals_reached text
    constraint delivery_event_goals_reached check (goals_reached in ('YES', 'PARTLY', 'NO')),
  add column goals_in_time boolean,
  add constraint delivery_event_report_on_stop
    check (kind = 'STOP' or (goals_reached is null and goals_in_time is null)),
  add constraint delivery_event_in_time_needs_goals
    check (goals_in_time is null or goals_reached is not null),
  add constraint delivery_event_report_definitive
    check (goals_reached is null or stop_reason <> '20');
