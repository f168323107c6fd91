-- The outbox (issue 5): what the municipality sends, JW301 toewijzing and JW319 antwoordbericht,
-- lives in ijw.message (direction OUT); these tables remember what each one said, so the next one
-- can be composed and checked against it without reading old XML.

-- BerichtIdentificatie/Identificatie of every message we send: unique per type per sender (TR056),
-- at most 12 characters.
create sequence ijw.outbox_identification maxvalue 999999999999;

-- Every ToegewezenProduct of every JW301 sent, as sent: the last version the provider got of an
-- allocation number (iJw IV099: RedenWijziging compares with it), the numbers used (TR332) and the
-- references that honoured a request (TR379: only the first time).
create table ijw.sent_product (
  message_id       uuid not null references ijw.message (id),
  municipality     char(4) not null,
  number           int not null check (number between 0 and 999999999),
  client_pseudonym text not null,
  provider_agb     char(8) not null,
  category         char(2),
  product_code     varchar(5),
  start_date       date not null,
  end_date         date,
  volume_amount    int,
  volume_unit      char(2),
  volume_frequency char(1),
  budget_cents     int,
  decided_on       date not null,
  decided_at       time not null,
  change_reason    char(2),
  reference        varchar(36),
  primary key (message_id, number)
);
create index sent_product_number on ijw.sent_product (municipality, number);
create index sent_product_reference on ijw.sent_product (provider_agb, reference)
  where reference is not null;

-- Every JW319 sent: which request it answered and how (WJ760; TR359, TR360, TR365).
create table ijw.sent_answer (
  message_id   uuid primary key references ijw.message (id),
  request_id   uuid not null,
  provider_agb char(8) not null,
  reference    varchar(36) not null,
  answer       char(1) not null check (answer in ('1', '2'))
);
create index sent_answer_reference on ijw.sent_answer (provider_agb, reference);

-- A JW301 that cannot be made yet (e.g. the client's address is unknown, TR061): nothing is
-- stored in ijw.message, but the outbox shows it held, with why, until it can be made.
create table ijw.held_message (
  id               uuid primary key,
  type             text not null check (type = 'JW301'),
  client_pseudonym text not null,
  provider_agb     char(8) not null,
  municipality     char(4) not null,
  reason           text not null,
  since            timestamptz not null,
  unique (type, client_pseudonym, provider_agb, municipality)
);
