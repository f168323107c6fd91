package nl.jeugdregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.policy.PolicyCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With {@code jeugdregie.demo.load=true} the start loads every region's month, once. */
@SpringBootTest(classes = Jeugdregie.class, properties = "jeugdregie.demo.load=true")
@ExtendWith(OutputCaptureExtension.class)
class DemoMonthTest {

  @Autowired DemoMonth demoMonth;
  @Autowired PolicyCatalog catalog;
  @Autowired JdbcClient db;

  private long count(String sql) {
    return db.sql(sql).query(Long.class).single();
  }

  @Test
  void theStartLoadedEveryRegionAndAnotherStartLoadsNothing(CapturedOutput output) {
    for (String region : catalog.ids()) {
      assertThat(count("select count(*) from allocation.request where region = '" + region + "'"))
          .as(region)
          .isGreaterThanOrEqualTo(100);
    }
    assertThat(output).contains("demo month twente 2025-03 (seed 2025): ");
    assertThat(output).doesNotContain(" refused: "); // no record of the month was refused
    long requests = count("select count(*) from allocation.request");
    long providers = count("select count(*) from catalog.provider");

    demoMonth.afterSingletonsInstantiated();

    assertThat(output).contains("demo month not loaded: the database already has providers");
    assertThat(count("select count(*) from allocation.request")).isEqualTo(requests);
    assertThat(count("select count(*) from catalog.provider")).isEqualTo(providers);
  }
}
