package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.ChangeSubmission;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.junit.jupiter.api.Test;

/**
 * Golden round trips: a valid JW315 and JW317 read into the domain (RequestSubmission,
 * ChangeSubmission), written back by {@link VotMapping#toXml} / {@link VowMapping#toXml} as
 * XSD-valid XML that passes the content rules, and read again into the same domain objects.
 */
class VerzoekGoldenTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static byte[] golden(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/golden/" + type + ".xml"));
  }

  @Test
  void jw315ReadsIntoOneRequestPerProductAndWritesBackTheSame() throws Exception {
    byte[] original = golden("JW315");
    assertThat(VerzoekRuleFixturesTest.rules(original)).isEmpty();
    var root = IjwXml.read(original, nl.jeugdregie.ijw.xml.jw315.Root.class).root();
    List<RequestSubmission> requests = VotMapping.toDomain(root, TODAY);

    assertThat(requests).hasSize(2);
    RequestSubmission specific = requests.get(0);
    assertThat(specific.clientBsn().value()).isEqualTo("999900006");
    assertThat(specific.clientName()).isEqualTo("Anna Maria de Wit");
    assertThat(specific.providerAgb()).isEqualTo("42420001");
    assertThat(specific.providerReference()).isEqualTo("VOT-2026-0001");
    assertThat(specific.request().kind()).isEqualTo(RequestKind.INITIAL);
    assertThat(specific.request().receivedOn()).isEqualTo(TODAY);
    assertThat(specific.request().municipality()).isEqualTo("0153");
    assertThat(specific.request().clientBirthDate()).isEqualTo(LocalDate.of(2014, 5, 1));
    assertThat(specific.request().referrer().type()).isEqualTo(ReferrerType.MUNICIPALITY);
    assertThat(specific.request().category()).isEqualTo("45");
    assertThat(specific.request().productCode()).isEqualTo("45B01");
    assertThat(specific.request().period())
        .isEqualTo(DateRange.of(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 5, 31)));
    assertThat(specific.request().volume())
        .isEqualTo(new Volume(3000, Unit.MINUTE, Frequency.TOTAL));
    assertThat(specific.request().budget().amountCents()).isNull();
    assertThat(specific.decisionBody().has("clientBsn")).isFalse();
    RequestSubmission aspecific = requests.get(1);
    assertThat(aspecific.request().productCode()).isNull();
    assertThat(aspecific.request().volume()).isNull();
    assertThat(aspecific.request().budget().amountCents()).isEqualTo(150_000L);
    assertThat(aspecific.request().referrer().type()).isEqualTo(ReferrerType.JUDGE);

    byte[] written = VotMapping.toXml(requests, "VOT-GOLDEN", LocalDate.of(2026, 11, 27));
    assertThat(new XsdCheck().check(written).valid()).isTrue();
    assertThat(VerzoekRuleFixturesTest.rules(written)).isEmpty();
    var again = IjwXml.read(written, nl.jeugdregie.ijw.xml.jw315.Root.class).root();
    assertThat(VotMapping.toDomain(again, TODAY)).isEqualTo(requests);
  }

  @Test
  void jw317ReadsIntoOneChangeRequestAndWritesBackTheSame() throws Exception {
    byte[] original = golden("JW317");
    assertThat(VerzoekRuleFixturesTest.rules(original)).isEmpty();
    var root = IjwXml.read(original, nl.jeugdregie.ijw.xml.jw317.Root.class).root();
    ChangeSubmission vow = VowMapping.toDomain(root, TODAY);

    assertThat(vow.clientBsn().value()).isEqualTo("999900006");
    assertThat(vow.providerAgb()).isEqualTo("42420001");
    assertThat(vow.providerReference()).isEqualTo("VOW-2026-0001");
    assertThat(vow.municipality()).isEqualTo("0153");
    assertThat(vow.receivedOn()).isEqualTo(TODAY);
    assertThat(vow.reason()).isEqualTo(2);
    assertThat(vow.wholeTerms()).isTrue();
    assertThat(vow.unchanged()).containsExactly(4711);
    assertThat(vow.change())
        .containsExactly(
            new ChangeSubmission.Change(
                4712,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30),
                new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
                null,
                0));
    assertThat(vow.added())
        .containsExactly(
            new ChangeSubmission.Addition(
                "45",
                "45V01",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 5, 31),
                new Volume(2200, Unit.MINUTE, Frequency.TOTAL),
                null,
                0));

    byte[] written = VowMapping.toXml(vow, "VOW-GOLDEN", LocalDate.of(2026, 11, 27));
    assertThat(new XsdCheck().check(written).valid()).isTrue();
    assertThat(VerzoekRuleFixturesTest.rules(written)).isEmpty();
    var again = IjwXml.read(written, nl.jeugdregie.ijw.xml.jw317.Root.class).root();
    assertThat(VowMapping.toDomain(again, TODAY)).isEqualTo(vow);
  }
}
