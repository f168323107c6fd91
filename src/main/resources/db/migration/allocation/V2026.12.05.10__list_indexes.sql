-- Indexes for the lists of issue 11 (GET /api/v1/requests, /caseload, /allocations): each list is
-- read within a scope (an access team's municipalities, a provider's AGB, a contract manager's
-- region) and ordered by a date, so scope column + date lets PostgreSQL read one page in order.
create index request_municipality_received on allocation.request (municipality, received_on);
create index request_provider_received on allocation.request (provider_agb, received_on);
create index request_region_received on allocation.request (region, received_on);
-- the caseload: requests in investigation of a municipality, oldest first
create index request_caseload on allocation.request (municipality, received_on)
  where state = 'IN_INVESTIGATION';

create index allocation_provider on allocation.allocation (provider_agb);
create index allocation_region on allocation.allocation (region);
create index allocation_request on allocation.allocation (request_id);
-- ending between: the end of a version (the list joins the current one)
create index allocation_version_end on allocation.allocation_version (end_date);
