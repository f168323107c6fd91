-- StUF-GGk envelopes (ijw.md §7.2, §7.4): the envelope ids of every iJw message that came in or goes
-- out through the GGk, so a retour or JW325 can name the envelope it answers (crossRefnummer) and
-- the mapping referentienummer <-> iJw identification stays on record. The iJw message itself is in
-- ijw.message; an outgoing envelope is kept whole as well (base64 payload inside), so it can be sent
-- again until the GGk confirms it with a Bv03 - nothing is lost while the GGk is unreachable or no
-- GGk URL is configured.
create table ijw.ggk_envelope (
    id                       uuid primary key,
    direction                text        not null check (direction in ('IN', 'OUT')),
    -- Di01 heenbericht, Du01 retourbericht, Fo01 an error report of the GGk (IN only)
    berichtcode              text        not null check (berichtcode in ('Di01', 'Du01', 'Fo01')),
    -- stuurgegevens: zender and ontvanger organisatie (CBS municipality code or AGB code)
    zender                   text        not null,
    ontvanger                text        not null,
    referentienummer         text        not null check (length(referentienummer) between 1 and 40),
    cross_refnummer          text,
    -- the iJw message name (JW315, JW316, ...); none for a Fo01
    functie                  text,
    -- parameters: the iJw identification of the payload and of the message it answers
    referentienummer_bericht text,
    cross_refnummer_bericht  text,
    at                       timestamptz not null,
    content_hash             text        not null,
    -- OUT: the SOAP message as it is sent; IN: not kept (the payload is in ijw.message)
    soap                     bytea,
    -- IN: RECEIVED; OUT: WAITING (to be sent), SENT (the GGk answered Bv03), REFUSED (Fo03 or Fo01)
    state                    text        not null
                                 check (state in ('RECEIVED', 'WAITING', 'SENT', 'REFUSED')),
    attempts                 integer     not null default 0,
    next_attempt_at          timestamptz,
    sent_at                  timestamptz,
    -- the StUF/IB error code and text of a refusal, or why the last attempt failed
    fout_code                text,
    fout                     text,
    check ((direction = 'OUT') = (soap is not null))
);

-- StUF016: zender and referentienummer are unique per direction; the same envelope again is a repeat
create unique index ggk_envelope_reference on ijw.ggk_envelope (direction, zender, referentienummer);

create index ggk_envelope_waiting on ijw.ggk_envelope (next_attempt_at) where state = 'WAITING';
