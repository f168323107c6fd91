package nl.jeugdregie.billing;

import static nl.jeugdregie.billing.Lines.HOUR_TARIFF;
import static nl.jeugdregie.billing.Lines.codes;
import static nl.jeugdregie.billing.Lines.context;
import static nl.jeugdregie.billing.Lines.line;
import static nl.jeugdregie.billing.Lines.month;
import static nl.jeugdregie.billing.Lines.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountRulesTest {

  @ParameterizedTest(name = "{0} {1} at {2} per {3} = {4}")
  @CsvSource({
    "16, HOUR, 1500, HOUR, 24000",
    // ijw.md 5.6 / IV081: 87,25 an hour for 95 minutes is 13814,58 cents, rounded up
    "95, MINUTE, 8725, HOUR, 13815",
    // half an hour is exactly half the tariff, and a half cent rounds up
    "30, MINUTE, 8724, HOUR, 4362",
    "30, MINUTE, 8725, HOUR, 4363",
    "29, MINUTE, 8725, HOUR, 4217",
    "31, MINUTE, 8725, HOUR, 4508",
    "1, MINUTE, 8725, HOUR, 145",
    // euros: the volume is the amount in cents (CS339)
    "12345, EUROS, 0, EUROS, 12345",
  })
  void computesTheAmountAsIjwDoes(
      long volume, Unit unit, long tariff, Unit tariffUnit, long amount) {
    assertThat(LineCheck.amountCents(volume, unit, tariff, tariffUnit)).isEqualTo(amount);
  }

  @ParameterizedTest(name = "hour tariff {0}: {1} a minute")
  @CsvSource({"8725, 145", "8729, 145", "8730, 146", "6000, 100"})
  void theMinuteTariffShownIsTheHourTariffOverSixtyRoundedHalfUp(long hour, long minute) {
    assertThat(AmountRules.minuteTariff(hour)).isEqualTo(minute);
  }

  @ParameterizedTest(name = "{0} {1} at {2}, amount {3}: {4}")
  @CsvSource({
    "15, HOUR, 8725, 130875, ''",
    "15, HOUR, 8725, 130876, 9346",
    "15, HOUR, 8725, 130874, 9346",
    "15, HOUR, 8700, 130500, 0611",
    // minutes show the rounded minute tariff but the amount comes from the hour tariff
    "95, MINUTE, 145, 13815, ''",
    "95, MINUTE, 145, 13775, 9346",
    "95, MINUTE, 146, 13815, 0611",
  })
  void theAmountIsVolumeTimesTheContractTariff(
      long volume, Unit unit, long tariff, long amount, String expected) {
    assertThat(codes(line(month(11), volume, unit, tariff, amount), context()))
        .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
  }

  @Test
  void aLineWithoutAContractTariffIsRejected() {
    assertThat(
            codes(
                line(month(11), 1, Unit.HOUR, HOUR_TARIFF, HOUR_TARIFF),
                context(Lines.ALLOCATION, null)))
        .containsExactly("0611");
  }

  @Test
  void aTariffMissingWhereTheUnitIsNotEurosIsTechnical() {
    assertThat(rules(line(month(11), 1, Unit.HOUR, null, HOUR_TARIFF), context()))
        .containsExactly("CD087");
  }

  private static final AllocationFacts TWO_HUNDRED_EUROS_A_MONTH =
      new AllocationFacts(
          Lines.CLIENT,
          Lines.PROVIDER,
          Lines.CATEGORY,
          Lines.CODE,
          new AllocationTerms(
              Lines.ALLOCATED, new Volume(20_000, Unit.EUROS, Frequency.PER_MONTH), null),
          false,
          Unit.EUROS);

  @ParameterizedTest(name = "{0} cents, tariff {1}, amount {2}: {3}")
  @CsvSource({
    "20000, , 20000, ''",
    "20001, , 20001, 9321",
    "20000, , 19999, CS339",
    "20000, 1, 20000, CD087",
  })
  void inEurosTheAmountIsTheVolumeAndThereIsNoTariff(
      long volume, Long tariff, long amount, String expected) {
    assertThat(
            rules(
                line(month(11), volume, Unit.EUROS, tariff, amount),
                context(TWO_HUNDRED_EUROS_A_MONTH, null)))
        .containsExactlyElementsOf(
            expected.isEmpty() ? List.of() : List.of(expected.equals("9321") ? "TR321" : expected));
  }

  @Test
  void aZeroAmountMustBeADebit() {
    DeclaredLine zero = line(month(11), 0, Unit.HOUR, HOUR_TARIFF, 0);
    assertThat(codes(zero, context())).isEmpty();
    DeclaredLine zeroCredit = Lines.creditOf(zero, "R9");
    assertThat(rules(zeroCredit, Lines.creditContext(zero, false))).containsExactly("CS325");
  }
}
