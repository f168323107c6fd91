-- answers are kept 24 hours (IdempotencyFilter.RETENTION); the purge finds old rows by this index
create index idempotent_request_created on web.idempotent_request (created_at);
