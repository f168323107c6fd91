package nl.jeugdregie.ijw;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A product as JW301 (ToegewezenProduct), JW315 (AangevraagdProduct) and JW317 (TeWijzigenProduct,
 * NieuwProduct) carry it, so the rules on product, period, volume and budget exist once ({@link
 * ProductLineRules}). {@code at} is the class it was read from; {@code endElement} the name of its
 * end date element (Einddatum or ToewijzingEinddatum); {@code hasProduct} whether the class has a
 * Product element at all (a TeWijzigenProduct has not: its product cannot change).
 */
public record ProductLine(
    Object at,
    boolean hasProduct,
    @Nullable String category,
    @Nullable String code,
    @Nullable LocalDate start,
    @Nullable LocalDate end,
    String endElement,
    @Nullable Volume volume,
    @Nullable Integer budget) {

  /** Omvang: Volume, Eenheid (WJ756) and Frequentie (WMO757) as the message has them. */
  public record Volume(int amount, String unit, String frequency) {}
}
