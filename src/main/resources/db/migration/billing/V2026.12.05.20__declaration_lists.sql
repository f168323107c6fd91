-- issue 11: the declaration list filters by month, provider and municipality, and the payment
-- specification reads a provider's lines by month of care; without these every list read all
-- declarations and lines.
create index declaration_month on billing.declaration (period_start, provider_agb);
create index declaration_municipality on billing.declaration (municipality, period_start);
create index line_provider_period on billing.line (provider_agb, period_start);
