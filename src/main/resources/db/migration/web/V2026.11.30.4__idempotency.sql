-- web: answers to POSTs with an Idempotency-Key, so a repeat gets the first answer and changes
-- nothing. The key is scoped to the user who sent it.
create table web.idempotent_request (
  principal    text not null,
  key          varchar(255) not null,
  method       text not null,
  path         text not null,
  request_hash char(64) not null,
  status       int,
  content_type text,
  location     text,
  body         bytea,
  created_at   timestamptz not null,
  primary key (principal, key)
);
