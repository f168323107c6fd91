package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retours copy the message they answer and carry the return codes where the rules broke. */
class RetoursTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static byte[] sample(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  private static String text(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8);
  }

  @Test
  void acceptedIsTheHeaderOnlyWithoutCodes() throws Exception {
    String xml = text(Retours.accepted(MessageType.JW305, sample("JW305"), "R1", TODAY));
    assertThat(xml).contains("jw306:Bericht", "<jw306:BerichtCode>439<", "R1", "2026-11-30");
    assertThat(xml).doesNotContain("RetourCode", "Client", "jw305:");
  }

  @Test
  void contentRuleBrokenIsTheHeaderWith0001AndXsltVersie() throws Exception {
    String xml = text(Retours.rejectedOnContent(MessageType.JW305, sample("JW305"), "R2", TODAY));
    assertThat(xml).contains("<jw306:RetourCode>0001<", "<jw306:XsltVersie>");
    assertThat(xml).doesNotContain("Client");
  }

  @Test
  void levelThreeCodesSitOnTheirClassAnd0200Elsewhere() throws Exception {
    var finding =
        new RuleFinding(
            "TR019",
            "9019",
            "no allocation",
            "/Bericht/Client/StartProducten/StartProduct/ToewijzingNummer",
            20);
    String xml =
        text(Retours.rejected(MessageType.JW305, sample("JW305"), "R3", TODAY, List.of(finding)));
    assertThat(xml).contains("<jw306:Client>", "<jw306:RetourCode>9019<");
    // header, client and the sample's second start product: no remark
    assertThat(xml.split("<jw306:RetourCode>0200<", -1)).hasSize(4);
    assertThat(xml.split("<jw306:RetourCode>9019<", -1)).hasSize(2);
  }
}
