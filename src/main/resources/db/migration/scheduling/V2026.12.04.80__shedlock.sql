-- ShedLock (docs/operations.md): one row per scheduled job; an instance runs the job only while it
-- holds the row (lock_until in the future, in UTC from the database's clock), so two instances behind a
-- load balancer never run the daily signal sweep or the GGk retry twice at the same time.
create table scheduling.shedlock (
  name       varchar(64)  primary key,
  lock_until timestamp    not null,
  locked_at  timestamp    not null,
  locked_by  varchar(255) not null
);
