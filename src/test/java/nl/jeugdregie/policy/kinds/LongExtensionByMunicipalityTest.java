package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static nl.jeugdregie.policy.kinds.Requests.date;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongExtensionByMunicipalityTest {

  /** Twente 002 p.2 (R-TWE-4): up to 3 months past the current end is short (an assumption). */
  private static final LongExtensionByMunicipality RULE =
      new LongExtensionByMunicipality(3, Effect.REJECT);

  @ParameterizedTest(name = "{0}: current end {1}, asked {2}..{3}, director {4} -> {5}")
  @CsvSource(
      textBlock =
          """
          # kind,    current end, start,      end,        director,        expected, mentions
          EXTENSION, 2025-12-31,  2026-01-01, 2026-03-31, ,                PASS,
          EXTENSION, 2025-12-31,  2025-03-10, 2026-03-31, ,                PASS,
          EXTENSION, 2025-12-31,  2026-01-01, 2026-04-01, ,                REJECT,   long extension (until 2026-04-01, more than 3 months after 2025-12-31)|youth director's plan (plan.director)
          EXTENSION, 2025-12-31,  2025-03-10, ,           ,                REJECT,   an open end
          EXTENSION, ,            2026-01-01, 2026-03-31, ,                PASS,
          EXTENSION, ,            2026-01-01, 2026-04-01, ,                REJECT,   more than 3 months after 2025-12-31
          EXTENSION, 2025-12-31,  2026-01-01, 2026-06-30, J. de Regisseur, INFO,     linked to plan JR-1 of youth director J. de Regisseur
          CHANGE,    2025-12-31,  2025-03-10, 2026-12-31, ,                PASS,
          INITIAL,   ,            2026-01-01, 2027-12-31, ,                PASS,
          """)
  void refusesALongExtensionWithoutTheYouthDirectorsPlan(
      RequestKind kind,
      @Nullable String currentEnd,
      String start,
      @Nullable String end,
      @Nullable String director,
      String expected,
      @Nullable String mentions) {
    Requests request =
        Requests.initial()
            .withKind(kind)
            .withPeriod(date(start), end == null ? null : date(end))
            .withPlan(director == null ? null : new DecisionRequest.Plan("JR-1", director, null));
    if (currentEnd != null)
      request = request.withCurrentPeriod(date("2025-03-10"), date(currentEnd));

    Verdict verdict = RULE.judge(request.toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "plan without director, effect {0}")
  @CsvSource({"REJECT", "INVESTIGATE"})
  void aPlanWithoutADirectorDoesNotMakeALongExtension(Effect effect) {
    Verdict verdict =
        new LongExtensionByMunicipality(3, effect)
            .judge(
                Requests.extension()
                    .withCurrentPeriod(date("2025-03-10"), date("2025-12-31"))
                    .withPeriod(date("2026-01-01"), date("2026-12-31"))
                    .withPlan(new DecisionRequest.Plan("PLAN-1", null, date("2025-10-01")))
                    .toCase());

    assertVerdict(verdict, effect.name(), "plan.director");
  }
}
