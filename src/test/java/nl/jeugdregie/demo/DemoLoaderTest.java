package nl.jeugdregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.demo.DemoRecord.RequestRecord;
import nl.jeugdregie.policy.PolicyCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twente's demo month through the real services into embedded PostgreSQL: the engine judges every
 * request, the team decides investigations, providers start and stop and declare the month (the
 * line checks approve most lines and reject the few too large); loading it again adds nothing.
 */
@SpringBootTest(classes = Jeugdregie.class)
@ExtendWith(OutputCaptureExtension.class)
class DemoLoaderTest {

  private static final List<String> TABLES =
      List.of(
          "catalog.provider",
          "catalog.contract",
          "clients.client",
          "clients.audit_entry",
          "allocation.referral",
          "allocation.request",
          "allocation.decision",
          "allocation.allocation",
          "allocation.allocation_version",
          "allocation.delivery_event",
          "billing.declaration",
          "billing.line",
          "billing.ledger_entry");

  @Autowired DemoLoader loader;
  @Autowired PolicyCatalog catalog;
  @Autowired JdbcClient db;
  @Autowired nl.jeugdregie.billing.Payments payments;

  private Map<String, Long> rows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : TABLES) {
      rows.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
    }
    return rows;
  }

  private static long added(Map<String, Long> before, Map<String, Long> after, String table) {
    return after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L);
  }

  private long count(String sql) {
    return db.sql(sql).query(Long.class).single();
  }

  @Test
  void loadsTwentesMonthThroughTheRouteAndALoadAgainIsRefusedWithoutAddingRows(
      CapturedOutput output) {
    List<DemoRecord> records =
        DemoGenerator.generate(catalog, Scale.region("twente"), 2025, YearMonth.of(2025, 3));
    List<RequestRecord> generated =
        records.stream()
            .filter(RequestRecord.class::isInstance)
            .map(RequestRecord.class::cast)
            .toList();
    Map<String, Long> before = rows();

    LoadSummary summary = loader.load(records);
    Map<String, Long> after = rows();

    assertThat(summary.requestsStored()).isEqualTo(generated.size() - summary.requestsRefused());
    assertThat(added(before, after, "allocation.request")).isEqualTo(summary.requestsStored());
    assertThat(summary.requestsApproved()).isPositive();
    assertThat(summary.requestsRejected()).isPositive();
    assertThat(summary.requestsInInvestigation()).isPositive();
    assertThat(count("select count(*) from allocation.request where state = 'APPROVED'"))
        .isPositive();
    assertThat(count("select count(*) from allocation.request where state = 'REJECTED'"))
        .isPositive();
    assertThat(
            count(
                """
                select count(*) from allocation.request r where state = 'IN_INVESTIGATION'
                   or exists (select 1 from allocation.decision d
                              where d.request_id = r.id and d.seq > 1)
                """))
        .isPositive();
    assertThat(summary.decisionsApproved() + summary.decisionsRejected()).isPositive();
    assertThat(added(before, after, "allocation.allocation"))
        .isEqualTo(summary.requestsApproved() + summary.decisionsApproved());
    assertThat(summary.starts()).isPositive();
    assertThat(count("select count(*) from allocation.delivery_event where kind = 'START'"))
        .isGreaterThanOrEqualTo(summary.starts());
    assertThat(summary.deliveryRefused()).isZero();
    assertThat(summary.decisionsRefused()).isZero();

    // the month declared: booked through the line checks, approved lines in the ledger
    assertThat(summary.declarations()).isPositive();
    assertThat(summary.declarationLinesApproved())
        .isGreaterThan(10 * summary.declarationLinesRejected());
    assertThat(summary.declarationLinesRejected()).isPositive();
    assertThat(summary.approvedCents()).isPositive();
    assertThat(added(before, after, "billing.declaration")).isEqualTo(summary.declarations());
    assertThat(added(before, after, "billing.line"))
        .isEqualTo(summary.declarationLinesApproved() + summary.declarationLinesRejected());
    assertThat(added(before, after, "billing.ledger_entry"))
        .isEqualTo(summary.declarationLinesApproved());
    var admin = nl.jeugdregie.shared.Actor.system("demo-test");
    assertThat(payments.month(admin, YearMonth.of(2025, 3)))
        .anyMatch(p -> p.providerAgb().equals(DemoGenerator.DEMO_PROVIDERS.get(0)));
    assertThat(payments.reconcile(admin).mismatches()).isEmpty();

    LoadSummary again = loader.load(records);

    assertThat(again.requestsRefused()).isEqualTo(generated.size());
    assertThat(again.requestsStored()).isZero();
    assertThat(again.starts() + again.stops()).isZero();
    assertThat(again.declarations() + again.declarationsRefused()).isZero();
    assertThat(rows()).isEqualTo(after);
    assertThat(output).contains("already used reference");
    for (RequestRecord r : generated) {
      assertThat(output.getAll()).doesNotContain(r.body().get("clientBsn").asString());
    }
  }
}
