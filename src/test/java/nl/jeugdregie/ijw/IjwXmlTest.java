package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.jeugdregie.ijw.xml.jw301.Root;
import nl.jeugdregie.ijw.xml.jw301.ToegewezenProduct;
import org.junit.jupiter.api.Test;

/** Reading records where each class was; writing gives XSD-valid XML that reads back the same. */
class IjwXmlTest {

  private static byte[] sample(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  @Test
  void readRecordsXpathAndLineOfEachClass() throws Exception {
    IjwXml.Read<Root> read = IjwXml.read(sample("JW301"), Root.class);
    var products = read.root().getClient().getToegewezenProducten().getToegewezenProduct();
    assertThat(products).hasSizeGreaterThan(1);
    ToegewezenProduct second = products.get(1);
    assertThat(read.locations().xpath(second))
        .isEqualTo("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]");
    String[] lines =
        new String(sample("JW301"), java.nio.charset.StandardCharsets.UTF_8).split("\n");
    int line = read.locations().line(second);
    assertThat(lines[line - 1]).contains("ToegewezenProduct");
    assertThat(read.locations().xpath(read.root().getHeader())).isEqualTo("/Bericht/Header");
  }

  @Test
  void writeGivesValidXmlThatReadsBack() throws Exception {
    Root root = IjwXml.read(sample("JW301"), Root.class).root();
    byte[] written = IjwXml.write(MessageType.JW301, Root.class, root);
    Root again = IjwXml.read(written, Root.class).root();
    assertThat(again.getClient().getBsn()).isEqualTo(root.getClient().getBsn());
    assertThat(IjwXml.write(MessageType.JW301, Root.class, again)).isEqualTo(written);
  }
}
