-- iJw messages in and out (issue 5): every message received and every message we send, whole, so
-- what was exchanged can always be shown. The XML carries the client's BSN and name: only the ijw
-- module reads it, for the roles that may, and every read of it is audited (docs/security.md).
create schema if not exists ijw;

create table ijw.message (
    id             uuid primary key,
    direction      text        not null check (direction in ('IN', 'OUT')),
    type           text        not null check (type ~ '^JW3[0-9]{2}$'),
    sender         text        not null,
    receiver       text        not null,
    -- BerichtIdentificatie/Identificatie and Dagtekening of the header
    identification text        not null check (length(identification) between 1 and 12),
    dated          date        not null,
    at             timestamptz not null,
    content_hash   text        not null,
    xml            bytea       not null,
    -- IN: RECEIVED (being processed), ACCEPTED, REJECTED (retour with a code other than 0200);
    -- OUT: WAITING (for the recipient), SENT (delivered, its retour awaited), ANSWERED (retour in),
    -- DELIVERED (a retour or JW325: no retour follows)
    state          text        not null check (state in
                       ('RECEIVED', 'ACCEPTED', 'REJECTED', 'WAITING', 'SENT', 'ANSWERED', 'DELIVERED')),
    -- the header's return code of a retour (0200 when nothing was wrong, 0001 on content rules)
    return_code    text,
    -- an answer (retour, JW325, JW301/JW319 on a request) points at the message it answers
    answer_to      uuid references ijw.message (id),
    sent_at        timestamptz,
    retour_at      timestamptz,
    retour_id      uuid references ijw.message (id),
    -- the client and provider an outgoing JW301/JW319 is about (client as pseudonym only)
    client_pseudonym text,
    provider_agb   text,
    municipality   text
);

-- iJw TR056: Identificatie is unique per message type per sender. A message rejected on its content
-- counts as not sent (OP286), so only its accepted or pending namesake blocks a new one.
create unique index message_identification
    on ijw.message (direction, type, sender, identification)
    where state <> 'REJECTED';

create index message_outbox on ijw.message (state, type) where direction = 'OUT';
create index message_answer_to on ijw.message (answer_to);
