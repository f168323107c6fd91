package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.ijw.AllocationMessage.FullName;
import nl.jeugdregie.ijw.AllocationMessage.Surname;
import org.junit.jupiter.api.Test;

/** One-line names split into the parts of an iJw CDT_VolledigeNaam. */
class PersonNameTest {

  @Test
  void givenNamePrefixAndSurname() {
    assertThat(PersonName.of("Tom de Wit"))
        .isEqualTo(new FullName(new Surname("Wit", "de"), null, "Tom", "T", "1"));
  }

  @Test
  void aPrefixOfSeveralWords() {
    assertThat(PersonName.of("Jan Pieter van der Berg"))
        .isEqualTo(new FullName(new Surname("Berg", "van der"), null, "Jan Pieter", "JP", "1"));
  }

  @Test
  void withoutPrefixTheLastWordIsTheSurname() {
    assertThat(PersonName.of("Anna-Lena  Jansen"))
        .isEqualTo(new FullName(new Surname("Jansen", null), null, "Anna-Lena", "AL", "1"));
  }

  @Test
  void initialsAreVoorlettersNotVoornamen() {
    assertThat(PersonName.of("T.J. ter Horst"))
        .isEqualTo(new FullName(new Surname("Horst", "ter"), null, null, "TJ", "1"));
  }

  @Test
  void oneWordIsASurnameOnly() {
    assertThat(PersonName.of("Bakker"))
        .isEqualTo(new FullName(new Surname("Bakker", null), null, null, null, "1"));
  }

  @Test
  void aLowerCaseWordAtTheEndIsTheSurnameNotAPrefix() {
    // "de" as the last word cannot be a voorvoegsel: a surname follows every voorvoegsel
    assertThat(PersonName.of("Eva de").surname()).isEqualTo(new Surname("de", null));
  }

  @Test
  void atMostSixInitials() {
    assertThat(PersonName.of("Jan Piet Joris Korneel Karel Kees Klaas de Vries").initials())
        .isEqualTo("JPJKKK");
  }
}
