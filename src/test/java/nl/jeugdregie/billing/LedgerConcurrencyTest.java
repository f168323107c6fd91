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

  /**
   * Thread {@code t}'s declaration: for each client two lines of EUR 300 with its own references,
   * and one line every thread shares (SHARED-i), so eight threads ask for far more than a budget.
   */
  private static DeclarationSubmission declaration(
      String agb, List<String> bsns, List<Integer> numbers, int t) {
    StringBuilder clients = new StringBuilder();
    for (int i = 0; i < bsns.size(); i++) {
      if (i > 0) clients.append(',');
      clients
          .append("{\"bsn\": \"")
          .append(bsns.get(i))
          .append("\", \"lines\": [")
          .append(line("T" + t + "-" + i + "-A", numbers.get(i)))
          .append(',')
          .append(line("T" + t + "-" + i + "-B", numbers.get(i)))
          .append(',')
          .append(line("SHARED-" + i, numbers.get(i)))
          .append("]}");
    }
    return DeclarationSubmission.parse(
        DeclarationTest.JSON.readTree(
            """
            {"providerAgb": "%s", "number": "N%d", "municipality": "0307", "period": "2020-08",
             "receivedOn": "2020-09-02", "clients": [%s]}
            """
                .formatted(agb, t, clients)));
  }

  private static String line(String reference, int number) {
    return """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
         "product": {"category": "45", "code": "45A01"},
         "productPeriod": {"start": "2020-08-01", "end": "2020-08-31"},
         "volume": {"amount": 30000, "unit": "83"}, "amountCents": 30000}
        """
        .formatted(reference, number);
  }
}
