-- A declared line's amount, tariff and volume within their iJw types (LDT_Bedrag, LDT_Volume:
-- 0 to 99,999,999), as billing.DeclarationSubmission checks on every route. With these bounds no
-- sum of a declaration's lines (nor a budget's consumption) can pass a bigint, so no stored total
-- can wrap; the database refuses such a line even if the Java check had a bug.
alter table billing.line
  add constraint line_amount_within_ldt_bedrag check (amount_cents <= 99999999),
  add constraint line_tariff_within_ldt_bedrag check (tariff_cents <= 99999999),
  add constraint line_volume_within_ldt_volume check (volume <= 99999999);

alter table billing.ledger_entry
  add constraint ledger_entry_amount_within_ldt_bedrag check (amount_cents <= 99999999);
