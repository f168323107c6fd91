package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.adjustedBy;
import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.jeugdregie.policy.BudgetKind;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferrerBudgetRouteTest {

  /**
   * IJsselland's GP route: keuzebudget herstel up to level 4, anything else via the access team.
   */
  private static final ReferrerBudgetRoute GP_ROUTE =
      new ReferrerBudgetRoute(
          Set.of(ReferrerType.GP, ReferrerType.YOUTH_DOCTOR),
          Set.of(BudgetScheme.KEUZEBUDGET),
          Set.of(BudgetKind.HERSTEL),
          4,
          Effect.INVESTIGATE);

  @ParameterizedTest(name = "{0}: {1} {2} level {3} -> {4}")
  @CsvSource(
      textBlock =
          """
          # referrer,   scheme,      kind,     level, expected,    mentions
          GP,           KEUZEBUDGET, HERSTEL,  4,     PASS,
          GP,           KEUZEBUDGET, HERSTEL,  1,     PASS,
          GP,           KEUZEBUDGET, HERSTEL,  ,      PASS,
          GP,           KEUZEBUDGET, HERSTEL,  5,     INVESTIGATE, 'a referral by GP (02) allows levels up to 4, not 5|the access team decides'
          YOUTH_DOCTOR, KEUZEBUDGET, HERSTEL,  6,     INVESTIGATE, 'YOUTH_DOCTOR (03) allows levels up to 4, not 6'
          GP,           KEUZEBUDGET, DUURZAAM, 2,     INVESTIGATE, 'allows budget kinds [HERSTEL], not DUURZAAM|the access team decides'
          GP,           KEUZEBUDGET, ,         2,     INVESTIGATE, allows budget kinds [HERSTEL]
          GP,           OFFERTE,     HERSTEL,  2,     INVESTIGATE, 'allows budget schemes [KEUZEBUDGET], not OFFERTE'
          GP,           ,            HERSTEL,  2,     INVESTIGATE, allows budget schemes [KEUZEBUDGET]
          MUNICIPALITY, OFFERTE,     DUURZAAM, 6,     PASS,
          CERTIFIED_INSTITUTION, ,   ,         9,     PASS,
          """)
  void routesRequestsOutsideTheReferrersBudgetOptionsToTheAccessTeam(
      ReferrerType referrer,
      @Nullable BudgetScheme scheme,
      @Nullable BudgetKind kind,
      @Nullable Integer level,
      String expected,
      @Nullable String mentions) {
    Verdict verdict =
        GP_ROUTE.judge(
            Requests.initial()
                .referredBy(referrer)
                .withScheme(scheme)
                .withBudgetKind(kind)
                .withLevel(level)
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(adjustedBy(verdict)).isNull();
  }

  @ParameterizedTest(name = "GI with {0} -> {1}")
  @CsvSource(
      textBlock =
          """
          # GI: always offerte, any kind, any level; otherwise REJECT
          OFFERTE,     ,         9, PASS,
          OFFERTE,     DUURZAAM, 6, PASS,
          KEUZEBUDGET, HERSTEL,  1, REJECT, 'a referral by CERTIFIED_INSTITUTION (04) allows budget schemes [OFFERTE], not KEUZEBUDGET'
          """)
  void refusesOtherSchemesWithoutSendingThemToTheAccessTeamWhenOtherwiseRejects(
      BudgetScheme scheme,
      @Nullable BudgetKind kind,
      int level,
      String expected,
      @Nullable String mentions) {
    var giRoute =
        new ReferrerBudgetRoute(
            Set.of(ReferrerType.CERTIFIED_INSTITUTION),
            Set.of(BudgetScheme.OFFERTE),
            Set.of(),
            null,
            Effect.REJECT);

    Verdict verdict =
        giRoute.judge(
            Requests.initial()
                .referredBy(ReferrerType.CERTIFIED_INSTITUTION)
                .withScheme(scheme)
                .withBudgetKind(kind)
                .withLevel(level)
                .toCase());

    assertVerdict(verdict, expected, mentions);
    assertThat(Requests.messageOf(verdict)).doesNotContain("access team");
  }
}
