-- web: the clients whose personal data the first answer to an Idempotency-Key carried (as the
-- clients audit log recorded them), so a replay of that answer is audited like the first read
create table web.idempotent_audit (
  principal text not null,
  key       varchar(255) not null,
  client_id uuid not null,
  what      text not null,
  primary key (principal, key, client_id),
  foreign key (principal, key) references web.idempotent_request (principal, key) on delete cascade
);
