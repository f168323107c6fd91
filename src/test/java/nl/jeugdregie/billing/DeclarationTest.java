package nl.jeugdregie.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.billing.DeclarationAnswer.LineResult;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Declarations against real allocations in the database: booked whole or rejected whole with their
 * iJw codes, resubmissions that change nothing, credits, the pre-check, and the database's own
 * refusal to overspend or pay a reference twice.
 */
@SpringBootTest(classes = Jeugdregie.class)
class DeclarationTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired Requests requests;
  @Autowired Declarations declarations;
  @Autowired Payments payments;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  String agb = "";
  String bsn = "";
  Actor provider = Actor.admin("unset");
  int number;

  /**
   * A Twente allocation of 3000 minutes of 45B01 (EUR 2.05 a minute in 2025), 10 March - 31 Dec.
   */
  @BeforeEach
  void twenteAllocation() {
    agb = String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    provider = Actor.provider("aanbieder", agb);
    bsn = bsn();
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                """
                {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
                 "client": {"birthDate": "2014-05-01"},
                 "referrer": {"type": "02", "letterDate": "2025-02-01"},
                 "product": {"category": "45", "code": "45B01"},
                 "period": {"start": "2025-03-10", "end": "2025-12-31"},
                 "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
                """);
    body.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", "V-" + agb);
    RequestView view = requests.submit(provider, RequestSubmission.parse(body));
    number = view.allocations().getFirst().number();
  }

  static String bsn() {
    return nl.jeugdregie.TestData.bsn();
  }

  /** A line of {@code minutes} minutes of 45B01 in March 2025 at the contract tariff. */
  String line(String reference, long minutes) {
    return """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
         "product": {"category": "45", "code": "45B01"},
         "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"},
         "volume": {"amount": %d, "unit": "01"}, "tariffCents": 205, "amountCents": %d}
        """
        .formatted(reference, number, minutes, minutes * 205);
  }

  DeclarationSubmission declaration(String declarationNumber, String... lines) {
    return DeclarationSubmission.parse(
        JSON.readTree(
            """
            {"providerAgb": "%s", "number": "%s", "municipality": "0153", "period": "2025-03",
             "receivedOn": "2025-04-02", "clients": [{"bsn": "%s", "lines": [%s]}]}
            """
                .formatted(agb, declarationNumber, bsn, String.join(",", lines))));
  }

  DeclarationSubmission declarationOfApril(String declarationNumber, String... lines) {
    return DeclarationSubmission.parse(
        JSON.readTree(
            """
            {"providerAgb": "%s", "number": "%s", "municipality": "0153", "period": "2025-04",
             "receivedOn": "2025-05-02", "clients": [{"bsn": "%s", "lines": [%s]}]}
            """
                .formatted(agb, declarationNumber, bsn, String.join(",", lines))));
  }

  long consumed() {
    return db.sql(
            """
            select coalesce(sum(e.signed_cents), 0) from billing.ledger_entry e
            where e.provider_agb = :agb
            """)
        .param("agb", agb)
        .query(Long.class)
        .single();
  }

  Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table :
        List.of("billing.declaration", "billing.line", "billing.ledger_entry", "billing.budget")) {
      counts.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  @Test
  void booksAnApprovedLineAndAnswersAResubmissionWithTheFirstAnswer() {
    DeclarationAnswer answer = declarations.submit(provider, declaration("D1", line("R1", 600)));
    assertThat(answer.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.status()).isEqualTo("APPROVED");
              assertThat(l.returnCodes()).isEmpty();
            });
    assertThat(answer.totals().approvedCents()).isEqualTo(123_000);
    assertThat(consumed()).isEqualTo(123_000);

    Map<String, Long> before = counts();
    DeclarationAnswer again = declarations.submit(provider, declaration("D1", line("R1", 600)));
    assertThat(again.replayed()).isTrue();
    assertThat(again.lines()).isEqualTo(answer.lines());
    assertThat(counts()).isEqualTo(before);
    assertThat(consumed()).isEqualTo(123_000);
  }

  @Test
  void paysHoursOfAFunctionGroupOutOfAnIjssellandKeuzebudget() {
    providers.contract(new Contract(agb, "ijsselland", "45", null, LocalDate.of(2022, 1, 1), null));
    String client = bsn();
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                """
                {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0193",
                 "client": {"birthDate": "2012-01-01"}, "referrer": {"type": "01"},
                 "product": {"category": "45"},
                 "period": {"start": "2025-03-10", "end": "2025-09-09"},
                 "budget": {"scheme": "KEUZEBUDGET", "level": 3, "kind": "HERSTEL"}}
                """);
    body.put("clientBsn", client).put("providerAgb", agb).put("providerReference", "K-" + agb);
    int keuzebudget =
        requests.submit(provider, RequestSubmission.parse(body)).allocations().getFirst().number();
    // R-IJS-10: PxQ by the professional's function group; TG3 is EUR 91.15 an hour in 2025
    String hours =
        """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
         "product": {"category": "45", "code": "45T03"},
         "productPeriod": {"start": "%s", "end": "%s"},
         "volume": {"amount": %d, "unit": "04"}, "tariffCents": 9115, "amountCents": %d}
        """;
    DeclarationAnswer march =
        declarations.submit(
            provider,
            DeclarationSubmission.parse(
                JSON.readTree(
                    """
                    {"providerAgb": "%s", "number": "K1", "municipality": "0193",
                     "period": "2025-04", "receivedOn": "2025-05-02",
                     "clients": [{"bsn": "%s", "lines": [%s, %s]}]}
                    """
                        .formatted(
                            agb,
                            client,
                            hours.formatted(
                                "K1", keuzebudget, "2025-03-10", "2025-03-31", 20, 20 * 9115),
                            hours.formatted(
                                "K2", keuzebudget, "2025-04-01", "2025-04-30", 13, 13 * 9115)))));
    assertThat(march.lines())
        .extracting(LineResult::status)
        .containsExactly("APPROVED", "REJECTED");
    // 20 hours (EUR 1,823) fit the EUR 3,000 of level 3; 13 more (EUR 1,184.95) would not
    assertThat(march.lines().get(1).returnCodes()).extracting(ReturnCode::code).contains("9369");
  }

  @Test
  void refusesTheSameDeclarationNumberWithOtherContentWith9333() {
    declarations.submit(provider, declaration("D1", line("R1", 600)));
    assertThatThrownBy(() -> declarations.submit(provider, declaration("D1", line("R2", 100))))
        .isInstanceOfSatisfying(
            RouteRefusedException.class, e -> assertThat(e.ijwCode()).isEqualTo("9333"));
  }

  /**
   * iJw TR318 (8214) and IV090: a declaration month never goes back before the last one declared;
   * the same month again (a correction, OP284) and a later month after a gap are fine.
   */
  @Test
  void refusesADeclarationPeriodBeforeTheLastOneWith8214() {
    String april =
        line("R4", 600).replace("2025-03-10", "2025-04-01").replace("2025-03-31", "2025-04-30");
    declarations.submit(provider, declarationOfApril("D4", april));
    Map<String, Long> before = counts();
    assertThatThrownBy(() -> declarations.submit(provider, declaration("D3", line("R3", 600))))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> {
              assertThat(e.ijwCode()).isEqualTo("8214");
              assertThat(e.field()).isEqualTo("declaration.period");
            });
    assertThat(counts()).isEqualTo(before);
    String aprilAgain =
        line("R5", 10).replace("2025-03-10", "2025-04-01").replace("2025-03-31", "2025-04-30");
    assertThat(declarations.submit(provider, declarationOfApril("D5", aprilAgain)).booked())
        .isTrue();
  }

  @Test
  void rejectsALineWholeWithItsCodesAndStillBooksTheOthers() {
    DeclarationAnswer answer =
        declarations.submit(
            provider, declaration("D2", line("R1", 2500), line("R2", 600), line("R1", 10)));
    assertThat(answer.lines())
        .extracting(LineResult::status)
        .containsExactly("APPROVED", "REJECTED", "REJECTED");
    assertThat(answer.lines().get(1).returnCodes()).extracting(ReturnCode::code).contains("9322");
    assertThat(answer.lines().get(2).returnCodes()).extracting(ReturnCode::code).contains("8021");
    assertThat(consumed()).isEqualTo(2500L * 205);
  }

  @Test
  void booksACreditOnceAndThenANewDebit() {
    declarations.submit(provider, declaration("D1", line("R1", 600)));
    String credit =
        line("C1", 600)
            .replace(
                "\"debitCredit\": \"D\"", "\"debitCredit\": \"C\", \"previousReference\": \"R1\"");
    DeclarationAnswer corrected =
        declarations.submit(provider, declaration("D2", credit, line("R2", 500)));
    assertThat(corrected.lines()).extracting(LineResult::status).containsOnly("APPROVED");
    assertThat(consumed()).isEqualTo(500L * 205);
    String again =
        line("C2", 600)
            .replace(
                "\"debitCredit\": \"D\"", "\"debitCredit\": \"C\", \"previousReference\": \"R1\"");
    DeclarationAnswer twice = declarations.submit(provider, declaration("D3", again));
    assertThat(twice.lines().getFirst().returnCodes())
        .extracting(ReturnCode::code)
        .contains("9390");
    assertThat(consumed()).isEqualTo(500L * 205);
  }

  /**
   * Regression (found by {@link LedgerDatabasePropertiesTest}): a credit on one allocation that
   * copies the provider's debit on another allocation was approved and booked on its own
   * allocation, lowering a consumption that debit never raised: the budget's CHECK refused it with
   * an exception (no answer at all), or, on an allocation with consumption, the money moved between
   * budgets and the real debit could no longer be credited.
   */
  @Test
  void rejectsACreditOfAnotherAllocationsDebitWith8017() {
    declarations.submit(provider, declaration("D1", line("R1", 600)));
    String otherBsn = bsn();
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                """
                {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
                 "client": {"birthDate": "2013-05-01"},
                 "referrer": {"type": "02", "letterDate": "2025-02-01"},
                 "product": {"category": "45", "code": "45B01"},
                 "period": {"start": "2025-03-10", "end": "2025-12-31"},
                 "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
                """);
    body.put("clientBsn", otherBsn).put("providerAgb", agb).put("providerReference", "W-" + agb);
    int otherNumber =
        requests.submit(provider, RequestSubmission.parse(body)).allocations().getFirst().number();
    String credit =
        line("C1", 600)
            .replace(
                "\"debitCredit\": \"D\"", "\"debitCredit\": \"C\", \"previousReference\": \"R1\"")
            .replace("\"allocationNumber\": " + number, "\"allocationNumber\": " + otherNumber);
    DeclarationAnswer answer =
        declarations.submit(
            provider,
            DeclarationSubmission.parse(
                JSON.readTree(
                    """
                    {"providerAgb": "%s", "number": "D2", "municipality": "0153",
                     "period": "2025-03", "receivedOn": "2025-04-02",
                     "clients": [{"bsn": "%s", "lines": [%s]}]}
                    """
                        .formatted(agb, otherBsn, credit))));
    assertThat(answer.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.status()).isEqualTo("REJECTED");
              assertThat(l.returnCodes()).extracting(ReturnCode::code).containsExactly("8017");
            });
    assertThat(consumed()).isEqualTo(600L * 205);
    String ownCredit =
        line("C2", 600)
            .replace(
                "\"debitCredit\": \"D\"", "\"debitCredit\": \"C\", \"previousReference\": \"R1\"");
    assertThat(declarations.submit(provider, declaration("D3", ownCredit)).lines())
        .extracting(LineResult::status)
        .containsExactly("APPROVED");
    assertThat(consumed()).isZero();
    assertThat(payments.reconcile(Actor.admin("admin")).mismatches()).isEmpty();
  }

  @Test
  void preChecksWithoutStoringOrBookingAnything() {
    Map<String, Long> before = counts();
    DeclarationAnswer check =
        declarations.check(provider, declaration("D9", line("R1", 600), line("R2", 9000)));
    assertThat(check.booked()).isFalse();
    assertThat(check.lines())
        .extracting(LineResult::status)
        .containsExactly("APPROVED", "REJECTED");
    assertThat(counts()).isEqualTo(before);
    DeclarationAnswer real =
        declarations.submit(provider, declaration("D9", line("R1", 600), line("R2", 9000)));
    assertThat(real.lines()).extracting(LineResult::status).containsExactly("APPROVED", "REJECTED");
  }

  @Test
  void refusesADeclarationOfAnUnknownProviderAndStoresNothing() {
    Map<String, Long> before = counts();
    agb = "10000000"; // registered nowhere
    DeclarationSubmission unknown = declaration("D1", line("R1", 600));
    assertThatThrownBy(() -> declarations.submit(Actor.admin("admin"), unknown))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.field()).isEqualTo("declaration.providerAgb"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void refusesOtherRolesAndOtherProviders() {
    assertThatThrownBy(
            () ->
                declarations.submit(
                    Actor.provider("other", "11111111"), declaration("D1", line("R1", 600))))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED));
    assertThatThrownBy(
            () ->
                declarations.submit(
                    Actor.accessTeam("t", java.util.Set.of("0153")),
                    declaration("D1", line("R1", 600))))
        .isInstanceOf(RouteRefusedException.class);
  }

  @Test
  void theDatabaseRefusesToPayAReferenceTwiceOrToPassABudget() {
    declarations.submit(provider, declaration("D1", line("R1", 600)));
    Long lineId =
        db.sql("select id from billing.line where provider_agb = :agb and reference = 'R1'")
            .param("agb", agb)
            .query(Long.class)
            .single();
    java.util.UUID allocation =
        db.sql("select allocation_id from billing.ledger_entry where line_id = :l")
            .param("l", lineId)
            .query(java.util.UUID.class)
            .single();
    assertThatThrownBy(
            () ->
                db.sql(
                        """
                        insert into billing.ledger_entry (line_id, provider_agb, reference,
                          debit_credit, allocation_id, municipality, period_start, amount_cents,
                          booked_at)
                        values (:l, :agb, 'R1', 'D', :a, '0153', '2025-03-01', 1, now())
                        """)
                    .param("l", lineId)
                    .param("agb", agb)
                    .param("a", allocation)
                    .update())
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    // a budget reached exactly: one more cent booked behind Java's back is refused by the CHECK
    db.sql("update billing.budget set limit_cents = consumed_cents where allocation_id = :a")
        .param("a", allocation)
        .update();
    Long extra =
        db.sql(
                """
                insert into billing.line (declaration_id, idx, provider_agb, reference,
                  debit_credit, allocation_number, allocation_id, category, period_start,
                  period_end, volume, unit, amount_cents, approved, return_codes)
                select declaration_id, 99, provider_agb, 'SNEAK', 'D', allocation_number,
                  allocation_id, category, period_start, period_end, 1, unit, 1, true, '[]'
                from billing.line where id = :l
                returning id
                """)
            .param("l", lineId)
            .query(Long.class)
            .single();
    assertThatThrownBy(
            () ->
                db.sql(
                        """
                        insert into billing.ledger_entry (line_id, provider_agb, reference,
                          debit_credit, allocation_id, municipality, period_start, amount_cents,
                          booked_at)
                        values (:l, :agb, 'SNEAK', 'D', :a, '0153', '2025-03-01', 1, now())
                        """)
                    .param("l", extra)
                    .param("agb", agb)
                    .param("a", allocation)
                    .update())
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
        .hasMessageContaining("budget");
    assertThatThrownBy(() -> db.sql("delete from billing.ledger_entry").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void paysTheMonthPerProviderAndReconcilesEveryBudgetWithItsLedger() {
    declarations.submit(provider, declaration("D1", line("R1", 600)));
    String april =
        line("R2", 400).replace("2025-03-10", "2025-04-01").replace("2025-03-31", "2025-04-30");
    DeclarationAnswer next =
        declarations.submit(
            provider,
            DeclarationSubmission.parse(
                JSON.readTree(
                    """
                    {"providerAgb": "%s", "number": "D2", "municipality": "0153",
                     "period": "2025-04", "receivedOn": "2025-05-02",
                     "clients": [{"bsn": "%s", "lines": [%s]}]}
                    """
                        .formatted(agb, bsn, april))));
    assertThat(next.lines()).extracting(LineResult::status).containsExactly("APPROVED");
    assertThat(payments.month(provider, java.time.YearMonth.of(2025, 3)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.amountCents()).isEqualTo(600L * 205);
              assertThat(p.entries()).isEqualTo(1);
              assertThat(p.municipality()).isEqualTo("0153");
            });
    assertThat(payments.month(provider, java.time.YearMonth.of(2025, 4)))
        .singleElement()
        .satisfies(p -> assertThat(p.amountCents()).isEqualTo(400L * 205));
    assertThat(payments.month(Actor.provider("other", "11111111"), java.time.YearMonth.of(2025, 3)))
        .isEmpty();
    assertThat(payments.reconcile(Actor.admin("admin")).mismatches()).isEmpty();
  }
}
