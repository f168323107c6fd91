package nl.jeugdregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.billing.Payments;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code jeugdregie.demo.load=true} and no month set, the start loads every region's last
 * complete month before today, declarations booked, once.
 */
@SpringBootTest(classes = Jeugdregie.class, properties = "jeugdregie.demo.load=true")
@ExtendWith(OutputCaptureExtension.class)
class DemoMonthTest {

  @Autowired DemoMonth demoMonth;
  @Autowired PolicyCatalog catalog;
  @Autowired JdbcClient db;
  @Autowired Payments payments;
  @Autowired Clock clock;

  private long count(String sql) {
    return db.sql(sql).query(Long.class).single();
  }

  @Test
  void theStartLoadedEveryRegionsLastMonthWithItsDeclarationsAndAnotherStartLoadsNothing(
      CapturedOutput output) {
    YearMonth month = YearMonth.now(clock).minusMonths(1);
    assertThat(demoMonth.month()).isEqualTo(month);
    for (String region : catalog.ids()) {
      assertThat(count("select count(*) from allocation.request where region = '" + region + "'"))
          .as(region)
          .isGreaterThanOrEqualTo(100);
      assertThat(output).contains("demo month " + region + " " + month + " (seed 2025): ");
    }
    assertThat(output).doesNotContain(" refused: "); // no record of the month was refused

    // money on first start: the month's declarations booked, paid, and the ledger reconciles
    Actor admin = Actor.system("demo-test");
    List<Payments.Payment> paid = payments.month(admin, month);
    assertThat(paid).isNotEmpty();
    assertThat(paid.stream().mapToLong(Payments.Payment::amountCents).sum()).isPositive();
    assertThat(count("select count(*) from billing.line where approved")).isPositive();
    assertThat(count("select count(*) from billing.line where not approved")).isPositive();
    Payments.Reconciliation reconciliation = payments.reconcile(admin);
    assertThat(reconciliation.mismatches()).isEmpty();
    assertThat(reconciliation.entries())
        .isEqualTo(count("select count(*) from billing.line where approved"));

    long requests = count("select count(*) from allocation.request");
    long providers = count("select count(*) from catalog.provider");
    long declarations = count("select count(*) from billing.declaration");
    long entries = count("select count(*) from billing.ledger_entry");

    demoMonth.afterSingletonsInstantiated();

    assertThat(output).contains("demo month not loaded: the database already has providers");
    assertThat(count("select count(*) from allocation.request")).isEqualTo(requests);
    assertThat(count("select count(*) from catalog.provider")).isEqualTo(providers);
    assertThat(count("select count(*) from billing.declaration")).isEqualTo(declarations);
    assertThat(count("select count(*) from billing.ledger_entry")).isEqualTo(entries);
  }
}
