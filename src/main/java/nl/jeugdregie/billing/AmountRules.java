package nl.jeugdregie.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.jeugdregie.shared.IjwRules;
import nl.jeugdregie.shared.Money;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;

/**
 * IngediendBedrag and ProductTarief (ijw.md 5.6): amount = volume x tariff (TR346, 9346), the
 * contract tariff (TR418, 0611), in euros the amount is the volume (CS339, 0001), a tariff exactly
 * when not in euros (CD087, 0001).
 */
@IjwRules({"TR346", "TR418", "CS339", "CD087"})
final class AmountRules {

  private AmountRules() {}

  /** See {@link LineCheck#amountCents}; throws ArithmeticException when it does not fit a long. */
  static long amountCents(long volume, Unit declaredUnit, long tariffCents, Unit tariffUnit) {
    return exactAmount(volume, declaredUnit, tariffCents, tariffUnit).longValueExact();
  }

  /** The amount in whole cents, rounded once HALF_UP where units are converted; never overflows. */
  private static BigDecimal exactAmount(
      long volume, Unit declaredUnit, long tariffCents, Unit tariffUnit) {
    if (declaredUnit == Unit.EUROS) return BigDecimal.valueOf(volume);
    BigDecimal product = BigDecimal.valueOf(tariffCents).multiply(BigDecimal.valueOf(volume));
    if (declaredUnit == tariffUnit) return product;
    if (declaredUnit.minutes() == 0 || tariffUnit.minutes() == 0) {
      throw new IllegalArgumentException(
          "no amount for " + declaredUnit + " on a tariff per " + tariffUnit);
    }
    // (tariff x volume in the declared unit) / (the tariff's unit in declared units), rounded once
    return product
        .multiply(BigDecimal.valueOf(declaredUnit.minutes()))
        .divide(BigDecimal.valueOf(tariffUnit.minutes()), 0, RoundingMode.HALF_UP);
  }

  /** The per-minute tariff shown in a line declared in minutes on an hourly tariff (IV081). */
  static long minuteTariff(long hourTariffCents) {
    return Money.ofRounded(
            BigDecimal.valueOf(hourTariffCents)
                .divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP))
        .cents();
  }

  /**
   * The content rules (control level 2, code 0001) on the amount: ProductTarief is there exactly
   * when the unit is not 83, euros (CD087), and in euros the amount is the volume (CS339).
   */
  static void checkContent(DeclaredLine line, List<ReturnCode> codes) {
    Long tariff = line.tariffCents();
    if (line.unit() == Unit.EUROS) {
      if (tariff != null) {
        codes.add(ReturnCode.technical("CD087", "a tariff is given with unit 83 (euros)"));
      }
      if (line.amountCents() != line.volume()) {
        codes.add(
            ReturnCode.technical(
                "CS339",
                "amount "
                    + line.amountCents()
                    + " differs from volume "
                    + line.volume()
                    + " with unit 83 (euros)"));
      }
    } else if (tariff == null) {
      codes.add(ReturnCode.technical("CD087", "no tariff with unit " + line.unit().code()));
    }
  }

  /** CS339, CD087 and TR346: the line's own arithmetic. */
  static void checkAmount(
      DeclaredLine line,
      @Nullable Unit contractUnit,
      @Nullable Long contractTariff,
      List<ReturnCode> codes) {
    checkContent(line, codes);
    Long tariff = line.tariffCents();
    if (line.unit() == Unit.EUROS || tariff == null) return;
    BigDecimal expected = expectedAmount(line, tariff, contractUnit, contractTariff);
    if (expected != null && expected.compareTo(BigDecimal.valueOf(line.amountCents())) != 0) {
      codes.add(
          new ReturnCode(
              "9346",
              "TR346",
              "amount "
                  + line.amountCents()
                  + " is not "
                  + expected
                  + " ("
                  + how(line, tariff, contractUnit, contractTariff)
                  + ")"));
    }
  }

  /**
   * The amount iJw computes, or null where it cannot be known: minutes on an hourly tariff need the
   * contract's hour tariff (IV081), the rounded minute tariff in the line is not enough.
   */
  private static @Nullable BigDecimal expectedAmount(
      DeclaredLine line, long tariff, @Nullable Unit contractUnit, @Nullable Long contractTariff) {
    if (minutesOnHours(line.unit(), contractUnit)) {
      return contractTariff == null
          ? null
          : exactAmount(line.volume(), Unit.MINUTE, contractTariff, Unit.HOUR);
    }
    return exactAmount(line.volume(), line.unit(), tariff, line.unit());
  }

  private static String how(
      DeclaredLine line, long tariff, @Nullable Unit contractUnit, @Nullable Long contractTariff) {
    if (minutesOnHours(line.unit(), contractUnit) && contractTariff != null) {
      return "hour tariff " + contractTariff + " x " + line.volume() + " minutes / 60, rounded";
    }
    return line.volume() + " x " + tariff;
  }

  /** TR418: the tariff in the line is the contract tariff (per minute: hour tariff / 60). */
  static void checkTariff(
      DeclaredLine line, Unit contractUnit, @Nullable Long contractTariff, List<ReturnCode> codes) {
    Long tariff = line.tariffCents();
    if (line.unit() == Unit.EUROS || tariff == null) return;
    if (contractTariff == null) {
      codes.add(
          new ReturnCode(
              "0611",
              "TR418",
              "no contract tariff for product "
                  + line.productCode()
                  + " in "
                  + line.productPeriod().start().getYear()));
      return;
    }
    long expected;
    if (line.unit() == contractUnit) {
      expected = contractTariff;
    } else if (minutesOnHours(line.unit(), contractUnit)) {
      expected = minuteTariff(contractTariff);
    } else {
      return; // the unit does not fit: TR341 says so
    }
    if (tariff != expected) {
      codes.add(
          new ReturnCode(
              "0611",
              "TR418",
              "tariff "
                  + tariff
                  + " is not the contract tariff "
                  + expected
                  + " per "
                  + VolumeLimits.unitName(line.unit(), 1)));
    }
  }

  static boolean minutesOnHours(Unit declared, @Nullable Unit contract) {
    return declared == Unit.MINUTE && contract == Unit.HOUR;
  }
}
