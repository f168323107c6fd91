package nl.jeugdregie.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.billing.DeclarationAnswer.LineResult;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.LedgerSequences.Step;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The random debit/credit sequences of {@link LedgerPropertiesTest} booked for real: each step one
 * declaration through {@link Declarations#submit}, on one of two Amersfoort level-1 allocations (a
 * budget of EUR 2,000) of one provider. Afterwards every budget's consumption is the sum of its
 * ledger entries, within its limit, and what the answers approved; no reference is booked twice and
 * every booked credit reverses a booked debit of its own allocation.
 *
 * <p>jqwik runs no Spring extensions, so the class starts the application itself (the test
 * configuration, {@code config/application.properties} on the test classpath: a throw-away embedded
 * PostgreSQL or a fresh database on {@code JEUGDREGIE_TEST_DB_URL}), once, on first use, and closes
 * it after the last property. It starts as a servlet application on a free port (the security
 * configuration needs the web stack); nothing calls it over HTTP.
 */
class LedgerDatabasePropertiesTest {

  private static @Nullable ConfigurableApplicationContext context;

  private static synchronized ConfigurableApplicationContext context() {
    ConfigurableApplicationContext started = context;
    if (started == null) {
      started =
          new SpringApplicationBuilder(Jeugdregie.class)
              .properties("jeugdregie.demo.load=false", "server.port=0")
              .run();
      context = started;
    }
    return started;
  }

  @AfterContainer
  static synchronized void close() {
    ConfigurableApplicationContext started = context;
    if (started != null) started.close();
    context = null;
  }

  /** The months of a level-1 allocation from 13 July 2020 to 12 January 2021. */
  private static final DateRange[] MONTHS = {
    Lines.period("2020-07-13", "2020-07-31"),
    Lines.period("2020-08-01", "2020-08-31"),
    Lines.period("2020-09-01", "2020-09-30"),
    Lines.period("2020-10-01", "2020-10-31"),
    Lines.period("2020-11-01", "2020-11-30"),
    Lines.period("2020-12-01", "2020-12-31"),
    Lines.period("2021-01-01", "2021-01-12")
  };

  private static final long BUDGET = 200_000;

  record Budget(long consumed, long limit, long ledger) {}

  @Provide
  Arbitrary<List<Step>> sequences() {
    return LedgerSequences.sequences(20);
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void bookedSequencesReconcileAndNeverOverspend(@ForAll("sequences") List<Step> steps) {
    ConfigurableApplicationContext spring = context();
    Requests requests = spring.getBean(Requests.class);
    Declarations declarations = spring.getBean(Declarations.class);
    Payments payments = spring.getBean(Payments.class);
    Providers providers = spring.getBean(Providers.class);
    JdbcClient db = spring.getBean(JdbcClient.class);

    String agb = String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "amersfoort", "45", null, LocalDate.of(2020, 1, 1), null));
    Actor provider = Actor.provider("aanbieder", agb);
    List<String> bsns = List.of(DeclarationTest.bsn(), DeclarationTest.bsn());
    List<Integer> numbers = new ArrayList<>();
    for (String bsn : bsns) {
      ObjectNode body =
          (ObjectNode)
              DeclarationTest.JSON.readTree(
                  """
                  {"kind": "INITIAL", "receivedOn": "2020-07-06", "municipality": "0307",
                   "client": {"birthDate": "2010-05-12"},
                   "referrer": {"type": "02", "letterDate": "2020-06-20"},
                   "product": {"category": "45", "code": "45A01"},
                   "period": {"start": "2020-07-13", "end": "2021-01-12"},
                   "budget": {"scheme": "INTERVENTION_LEVEL", "level": 1}}
                  """);
      body.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", "P-" + bsn);
      numbers.add(
          requests
              .submit(provider, RequestSubmission.parse(body))
              .allocations()
              .getFirst()
              .number());
    }

    List<DeclaredLine> lines = new ArrayList<>();
    List<Boolean> approved = new ArrayList<>();
    Map<Integer, Long> approvedPerAllocation = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      int which = step.other() ? 1 : 0;
      DeclaredLine line = line(steps, i, lines, approved, numbers.get(which));
      String bsn = bsns.get(numbers.indexOf(line.allocationNumber()));
      DeclarationAnswer answer =
          declarations.submit(
              provider,
              new DeclarationSubmission(
                  agb,
                  "N" + i,
                  "0307",
                  YearMonth.of(2021, 1),
                  LocalDate.of(2021, 2, 2),
                  List.of(new ClientLines(Bsn.of(bsn), List.of(new IndexedLine(0, line)))),
                  UUID.randomUUID().toString().replace("-", "") + "0".repeat(32)));
      LineResult result = answer.lines().getFirst();
      boolean ok = result.status().equals("APPROVED");
      lines.add(line);
      approved.add(ok);
      if (ok) {
        approvedPerAllocation.merge(
            line.allocationNumber(),
            line.isCredit() ? -line.amountCents() : line.amountCents(),
            Long::sum);
        assertThat(result.consumedCents()).isNotNull().isBetween(0L, BUDGET);
      }
      Statistics.label((line.isCredit() ? "credit " : "debit ") + result.status()).collect(true);
    }

    assertThat(payments.reconcile(Actor.admin("admin")).mismatches()).isEmpty();
    for (int number : numbers) {
      Budget budget =
          db.sql(
                  """
                  select b.consumed_cents, coalesce(b.limit_cents, -1) as limit_cents,
                    (select coalesce(sum(e.signed_cents), 0) from billing.ledger_entry e
                     where e.allocation_id = b.allocation_id) as ledger
                  from billing.budget b join allocation.allocation a on a.id = b.allocation_id
                  where a.municipality = '0307' and a.number = :n
                  """)
              .param("n", number)
              .query(
                  (rs, n) ->
                      new Budget(
                          rs.getLong("consumed_cents"),
                          rs.getLong("limit_cents"),
                          rs.getLong("ledger")))
              .optional()
              .orElse(new Budget(0, BUDGET, 0));
      assertThat(budget.consumed())
          .as("allocation %d", number)
          .isEqualTo(budget.ledger())
          .isEqualTo(approvedPerAllocation.getOrDefault(number, 0L))
          .isBetween(0L, budget.limit())
          .isLessThanOrEqualTo(BUDGET);
    }
    // every booked credit reverses a booked debit of the same provider and the same allocation
    assertThat(
            db.sql(
                    """
                    select count(*) from billing.ledger_entry c
                    where c.provider_agb = :agb and c.debit_credit = 'C'
                      and not exists (select 1 from billing.ledger_entry d
                        where d.provider_agb = c.provider_agb and d.reference = c.credits_reference
                          and d.debit_credit = 'D' and d.allocation_id = c.allocation_id
                          and d.amount_cents = c.amount_cents)
                    """)
                .param("agb", agb)
                .query(Long.class)
                .single())
        .as("credits that reverse no debit of their own allocation")
        .isZero();
  }

  /**
   * Step i as a line on allocation {@code number}: a debit in euros (unit 83) of up to EUR 1,000
   * for one month of the allocation, or a credit copying an earlier line.
   */
  static DeclaredLine line(
      List<Step> steps, int i, List<DeclaredLine> earlier, List<Boolean> approved, int number) {
    Step step = steps.get(i);
    if (!step.credit()) {
      long cents = step.size() * 1_000L;
      return new DeclaredLine(
          step.referenceText(),
          null,
          DebitCredit.DEBIT,
          number,
          "45",
          "45A01",
          MONTHS[step.month() % MONTHS.length],
          cents,
          Unit.EUROS,
          null,
          cents + (step.wrongAmount() ? 1 : 0));
    }
    List<Integer> approvedDebits = new ArrayList<>();
    for (int k = 0; k < earlier.size(); k++) {
      if (approved.get(k) && !earlier.get(k).isCredit()) approvedDebits.add(k);
    }
    int target = LedgerSequences.creditedStep(step, i, approvedDebits);
    DeclaredLine copied = target < 0 ? null : earlier.get(target);
    DateRange period =
        copied == null ? MONTHS[step.month() % MONTHS.length] : copied.productPeriod();
    long cents = copied == null ? step.size() * 1_000L : copied.amountCents();
    if (!step.exactCopy()) cents += 100;
    // a credit is declared on its debit's allocation, but 1 in 10 on the step's allocation whatever
    // the debit's (which must then be refused: it reverses no debit of that allocation)
    int on = copied == null || step.wrongAmount() ? number : copied.allocationNumber();
    return new DeclaredLine(
        step.referenceText(),
        copied == null ? "X" + i : copied.reference(),
        DebitCredit.CREDIT,
        on,
        "45",
        "45A01",
        period,
        cents,
        Unit.EUROS,
        null,
        cents);
  }
}
