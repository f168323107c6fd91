package nl.jeugdregie.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Eight providers' clerks at once, declaring on the same budgets with overlapping references: the
 * ledger never passes a budget, never books a reference twice, and always reconciles.
 */
@SpringBootTest(classes = Jeugdregie.class)
class LedgerConcurrencyTest {

  @Autowired Requests requests;
  @Autowired Declarations declarations;
  @Autowired Payments payments;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  @Test
  void eightThreadsOnSharedBudgetsNeverOverspendOrDoubleBook() throws Exception {
    String agb = String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "amersfoort", "45", null, LocalDate.of(2020, 1, 1), null));
    Actor provider = Actor.provider("aanbieder", agb);
    // two clients, each with a level-1 allocation: a budget of EUR 2,000 (R-AMF-1)
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

    int threads = 8;
    CyclicBarrier together = new CyclicBarrier(threads);
    List<Future<DeclarationAnswer>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        answers.add(
            pool.submit(
                () -> {
                  together.await();
                  return declarations.submit(provider, declaration(agb, bsns, numbers, thread));
                }));
      }
      for (Future<DeclarationAnswer> answer : answers) answer.get();
    }

    for (int i = 0; i < bsns.size(); i++) {
      long consumed =
          db.sql(
                  """
                  select b.consumed_cents from billing.budget b
                  join allocation.allocation a on a.id = b.allocation_id
                  where a.municipality = '0307' and a.number = :n
                  """)
              .param("n", numbers.get(i))
              .query(Long.class)
              .single();
      assertThat(consumed).as("client %d", i).isLessThanOrEqualTo(200_000).isEqualTo(180_000);
    }
    assertThat(
            db.sql(
                    """
                    select count(*) from billing.ledger_entry
                    where provider_agb = :agb and reference like 'SHARED%'
                    """)
                .param("agb", agb)
                .query(Long.class)
                .single())
        .isLessThanOrEqualTo(2);
    assertThat(
            db.sql(
                    """
                    select count(*) from (select reference from billing.ledger_entry
                      where provider_agb = :agb group by reference having count(*) > 1) twice
                    """)
                .param("agb", agb)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(payments.reconcile(Actor.admin("admin")).mismatches()).isEmpty();
  }

  /** The allocation's months (13 July 2020 - 12 January 2021): one line each may be declared. */
  private static final String[][] MONTHS = {
    {"2020-07-13", "2020-07-31"},
    {"2020-08-01", "2020-08-31"},
    {"2020-09-01", "2020-09-30"},
    {"2020-10-01", "2020-10-31"},
    {"2020-11-01", "2020-11-30"},
    {"2020-12-01", "2020-12-31"},
    {"2021-01-01", "2021-01-12"}
  };

  /**
   * Thread {@code t}'s declaration: for each client a EUR 300 line for every month of the
   * allocation (seven, EUR 2,100 in all, more than the budget), in an order of its own, with its
   * own references except one reference every thread uses (SHARED-i).
   */
  private static DeclarationSubmission declaration(
      String agb, List<String> bsns, List<Integer> numbers, int t) {
    StringBuilder clients = new StringBuilder();
    for (int i = 0; i < bsns.size(); i++) {
      if (i > 0) clients.append(',');
      clients.append("{\"bsn\": \"").append(bsns.get(i)).append("\", \"lines\": [");
      for (int k = 0; k < MONTHS.length; k++) {
        int m = (t + k) % MONTHS.length;
        if (k > 0) clients.append(',');
        String reference = k == 0 ? "SHARED-" + i : "T" + t + "-" + i + "-" + m;
        clients.append(line(reference, numbers.get(i), MONTHS[m][0], MONTHS[m][1]));
      }
      clients.append("]}");
    }
    return DeclarationSubmission.parse(
        DeclarationTest.JSON.readTree(
            """
            {"providerAgb": "%s", "number": "N%d", "municipality": "0307", "period": "2021-01",
             "receivedOn": "2021-02-02", "clients": [%s]}
            """
                .formatted(agb, t, clients)));
  }

  private static String line(String reference, int number, String start, String end) {
    return """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
         "product": {"category": "45", "code": "45A01"},
         "productPeriod": {"start": "%s", "end": "%s"},
         "volume": {"amount": 30000, "unit": "83"}, "amountCents": 30000}
        """
        .formatted(reference, number, start, end);
  }
}
