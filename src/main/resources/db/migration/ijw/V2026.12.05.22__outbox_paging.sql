-- issue 11: the outbox paged newest first; the outgoing messages in the order a page reads them.
create index message_outbox_at on ijw.message (at desc) where direction = 'OUT';
