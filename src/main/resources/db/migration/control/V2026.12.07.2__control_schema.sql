-- The control module's own schema (issue 13, ADR 0012): its facts, the municipalities' budgets and
-- the providers' availability. It only reads the route's schemas.
create schema if not exists control;
