package nl.jeugdregie.ijw;

import static nl.jeugdregie.ijw.VerzoekXml.minutes;
import static nl.jeugdregie.ijw.VerzoekXml.product;
import static nl.jeugdregie.ijw.VerzoekXml.vot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * iJw TR056 in the inbox: the same JW315 (same identification, same bytes) received twice, one
 * after the other or at the same moment, is processed once and both get the same JW316; a VOT with
 * a date outside the window this system accepts is refused naming the field, nothing stored.
 */
@SpringBootTest(classes = Jeugdregie.class)
class InboxDuplicateTest {

  private static final LocalDate DATED = LocalDate.of(2026, 11, 27);
  private static final String ENSCHEDE = "0153";

  @Autowired Inbox inbox;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private String contracted() {
    String agb = TestData.agb();
    providers.register(agb, "Zorgaanbieder " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2020, 1, 1), null));
    return agb;
  }

  private long requests(String agb) {
    return db.sql("select count(*) from allocation.request where provider_agb = :agb")
        .param("agb", agb)
        .query(Long.class)
        .single();
  }

  private long messages(String agb) {
    return db.sql("select count(*) from ijw.message where sender = :agb or receiver = :agb")
        .param("agb", agb)
        .query(Long.class)
        .single();
  }

  @Test
  void theSameJw315TwiceIsProcessedOnceAndAnsweredTheSame() {
    String agb = contracted();
    Actor provider = Actor.provider("aanbieder", agb);
    byte[] xml = vot(agb, ENSCHEDE, TestData.bsn(), DATED, minutes("R-1", 3000));
    Reply first = inbox.receive(provider, xml);
    Reply again = inbox.receive(provider, xml);
    assertThat(first.replayed()).isFalse();
    assertThat(again.replayed()).isTrue();
    assertThat(again.xml()).isNotNull().isEqualTo(first.xml());
    assertThat(requests(agb)).isEqualTo(1);
    assertThat(messages(agb)).as("the JW315 and its JW316, once").isEqualTo(2);
  }

  @Test
  void theSameJw315PostedTwiceAtTheSameMomentCreatesOneRequestAndOneAnswer() throws Exception {
    for (int round = 0; round < 5; round++) {
      String agb = contracted();
      Actor provider = Actor.provider("aanbieder", agb);
      byte[] xml = vot(agb, ENSCHEDE, TestData.bsn(), DATED, minutes("R-1", 3000));
      CountDownLatch start = new CountDownLatch(1);
      Callable<Reply> post =
          () -> {
            start.await();
            return inbox.receive(provider, xml);
          };
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Reply>> posts = new ArrayList<>();
        posts.add(pool.submit(post));
        posts.add(pool.submit(post));
        start.countDown();
        Reply one = posts.get(0).get();
        Reply two = posts.get(1).get();
        assertThat(one.xml()).as("round " + round).isNotNull().isEqualTo(two.xml());
        assertThat(List.of(one.replayed(), two.replayed())).containsExactlyInAnyOrder(true, false);
      } finally {
        pool.shutdown();
      }
      assertThat(requests(agb)).as("round " + round).isEqualTo(1);
      assertThat(messages(agb)).as("round " + round).isEqualTo(2);
    }
  }

  @Test
  void aVotEndingInYear9999IsRefusedNamingTheFieldAndNothingIsStored() {
    String agb = contracted();
    byte[] xml =
        vot(
            agb,
            ENSCHEDE,
            TestData.bsn(),
            DATED,
            product("R-1", "45", "45B01", "2026-12-07", "9999-12-31", "3000 01 6", null));
    assertThatThrownBy(() -> inbox.receive(Actor.provider("aanbieder", agb), xml))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("request.period.end"));
    assertThat(requests(agb)).isZero();
    assertThat(messages(agb)).isZero();
  }
}
