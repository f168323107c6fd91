package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The retours round-trip: the return codes of each shared retour sample, read per class, put back
 * on the message the retour answers by {@link Retours}, give an XSD-valid retour with the same
 * codes on the same classes. (JW316 and JW318 are left out: the JW315 sample they answer, and the
 * JW318 sample itself, are invalid on purpose.)
 */
class RetourGoldenTest {

  private static byte[] sample(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  @ParameterizedTest(name = "{1} answering {0}")
  @CsvSource({"JW301, JW302", "JW305, JW306", "JW307, JW308", "JW319, JW320"})
  void theCodesOfARetourSampleComeBackOnTheSameClasses(String heen, String retour)
      throws Exception {
    Map<String, List<String>> sampleCodes = codes(sample(retour));
    List<RuleFinding> findings = new ArrayList<>();
    sampleCodes.forEach(
        (xpath, codes) -> {
          for (String code : codes) {
            if (!code.equals(Retours.NO_REMARK)) {
              findings.add(new RuleFinding("sample", code, "as in the sample", xpath, 0));
            }
          }
        });
    MessageType heenType = MessageType.valueOf(heen);
    byte[] built =
        findings.isEmpty()
            ? Retours.accepted(heenType, sample(heen), "GOLDEN", LocalDate.of(2026, 11, 30))
            : Retours.rejected(
                heenType, sample(heen), "GOLDEN", LocalDate.of(2026, 11, 30), findings);

    XsdCheck.Result check = new XsdCheck().check(built);
    assertThat(check.type()).isEqualTo(MessageType.valueOf(retour));
    assertThat(check.findings()).isEmpty();
    assertThat(withoutNoRemark(codes(built))).isEqualTo(withoutNoRemark(sampleCodes));
  }

  /** Class XPath (local names) → its return codes, for every RetourCodes in the message. */
  private static Map<String, List<String>> codes(byte[] xml) throws Exception {
    Element root =
        HardenedXml.documentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    Map<String, List<String>> codes = new TreeMap<>();
    collect(root, "/" + root.getLocalName(), codes);
    return codes;
  }

  private static void collect(Element element, String xpath, Map<String, List<String>> codes) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element child)) continue;
      if (child.getLocalName().equals("RetourCodes")) {
        List<String> own = new ArrayList<>();
        for (Node c = child.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c instanceof Element code) own.add(code.getTextContent().strip());
        }
        codes.put(xpath, own);
      } else {
        collect(child, xpath + "/" + child.getLocalName(), codes);
      }
    }
  }

  /** 0200 (no remark) is what every unmarked class gets; compare the codes that say something. */
  private static Map<String, List<String>> withoutNoRemark(Map<String, List<String>> codes) {
    Map<String, List<String>> meaningful = new TreeMap<>();
    codes.forEach(
        (xpath, list) -> {
          List<String> rest = list.stream().filter(c -> !c.equals(Retours.NO_REMARK)).toList();
          if (!rest.isEmpty()) meaningful.put(xpath, rest);
        });
    return meaningful;
  }
}
