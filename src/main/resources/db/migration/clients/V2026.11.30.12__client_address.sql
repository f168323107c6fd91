-- clients: the BRP address (woonadres in the Netherlands) and sex (iJw COD046) a municipality's JW301
-- must carry (iJw TR061: at least one address of Soort 01 BRP, 02 or 03; TR006: house and postcode).
-- The address is optional (not every client has one registered yet); when present it is whole.
-- Column lengths are those of the iJw basisschema (Straatnaam 24, Plaatsnaam 80, HuisnummerToevoeging 4).
alter table clients.client
  add column street                varchar(24) check (length(street) >= 1),
  add column house_number          int check (house_number between 1 and 99999),
  add column house_letter          char(1) check (house_letter ~ '^[A-Za-z]$'),
  add column house_number_addition varchar(4) check (length(house_number_addition) >= 1),
  -- iJw CS089: a Dutch postcode, stored without space in capitals
  add column postcode              char(6) check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  add column city                  varchar(80) check (length(city) >= 1),
  -- iJw COD046: 0 onbekend, 1 man, 2 vrouw
  add column gender                char(1) not null default '0' check (gender in ('0', '1', '2')),
  add constraint client_address_whole check (
    (street is null) = (house_number is null)
    and (street is null) = (postcode is null)
    and (street is null) = (city is null)
    and (street is not null or (house_letter is null and house_number_addition is null)));
