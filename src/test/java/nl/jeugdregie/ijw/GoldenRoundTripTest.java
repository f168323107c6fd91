package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shared samples of the messages we send, read into our records and written again: the result
 * is valid against the XSD and reads back to the very same records, so neither direction drops or
 * changes an element (header XSD versions excepted: we always write those of our XSDs, IV034).
 */
class GoldenRoundTripTest {

  private static final XsdCheck XSD = new XsdCheck();

  private static byte[] sample(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  @Test
  void jw301KeepsItsWholeContent() throws Exception {
    AllocationMessage read = Jw301Writer.read(sample("JW301"));

    byte[] written = Jw301Writer.write(read);

    assertThat(XSD.check(written).findings()).isEmpty();
    assertThat(Jw301Writer.read(written)).isEqualTo(read);
    // what the sample says, as records
    assertThat(read.header())
        .isEqualTo(new Header("0384", "42420001", "123456789012", read.header().dated()));
    assertThat(read.client().relations()).hasSize(2);
    assertThat(read.client().contacts())
        .extracting(AllocationMessage.Contact::kind)
        .containsExactly("03", "04");
    assertThat(read.client().communication())
        .isEqualTo(new AllocationMessage.Communication("1", "Zweeds"));
    assertThat(read.products())
        .extracting(AllocationMessage.Product::number, AllocationMessage.Product::reference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(300201, "40A12341234"),
            org.assertj.core.groups.Tuple.tuple(300202, "40A12341235"));
    assertThat(read.products().getFirst().volume()).isEqualTo(new ProductLine.Volume(2, "04", "2"));
    assertThat(ContentCheck.check(MessageType.JW301, written)).isEmpty();
  }

  @Test
  void jw319KeepsItsWholeContent() throws Exception {
    AnswerMessage read = Jw319Writer.read(sample("JW319"));

    byte[] written = Jw319Writer.write(read);

    assertThat(XSD.check(written).findings()).isEmpty();
    assertThat(Jw319Writer.read(written)).isEqualTo(read);
    assertThat(read)
        .isEqualTo(
            new AnswerMessage(
                new Header("0384", "65656055", "876543219", java.time.LocalDate.of(2026, 4, 1)),
                "9003",
                "1",
                "8",
                "1916"));
    assertThat(ContentCheck.check(MessageType.JW319, written)).isEmpty();
  }
}
