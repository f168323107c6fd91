-- catalog: providers (AGB) and their contracts per region and product (domain.md §3; iJw OP296)
create table catalog.provider (
  agb        char(8) primary key check (agb ~ '^[0-9]{8}$'),
  name       text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now()
);

-- A contract lets a provider deliver one product (or, product_code null, every product of a
-- category) in a region, from valid_from to valid_to (inclusive, open when null).
create table catalog.contract (
  id           bigint generated always as identity primary key,
  provider_agb char(8) not null references catalog.provider,
  region       text not null check (length(region) between 1 and 64),
  category     char(2) not null check (category ~ '^[0-9]{2}$'),
  product_code varchar(5) check (product_code ~ '^[0-9A-Z]{1,5}$'),
  valid_from   date not null,
  valid_to     date check (valid_to is null or valid_to >= valid_from)
);
create unique index contract_once
  on catalog.contract (provider_agb, region, category, coalesce(product_code, ''), valid_from);
