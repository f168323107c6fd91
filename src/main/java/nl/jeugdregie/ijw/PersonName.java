package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.ijw.AllocationMessage.FullName;
import nl.jeugdregie.ijw.AllocationMessage.Surname;

/**
 * A client's name as the clients module keeps it (one line, e.g. "Tom de Wit") split into the parts
 * of a CDT_VolledigeNaam (iJw IV007): Voornamen, Voorletters (letters only, at most 6, RS045),
 * Voorvoegsel (at most 10) and Achternaam. The voorvoegsel is the run of lower-case Dutch prefix
 * words ("van der", "ter") between the given names and the last word; without one, the last word is
 * the surname. Initials written as such ("T.", "T.J.") are Voorletters, not Voornamen. NaamGebruik
 * is 1 (eigen naam): no partner name is known here (CS050).
 */
public final class PersonName {

  private static final Set<String> PREFIX_WORDS =
      Set.of(
          "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "aan", "bij",
          "uit", "voor", "onder", "over", "tot", "la", "le", "du", "da", "di", "del", "della",
          "von", "vom", "zu", "zum", "d'", "l'", "'s");

  private static final int MAX_PREFIX = 10;

  private static final int MAX_INITIALS = 6;

  private PersonName() {}

  public static FullName of(String name) {
    List<String> words = Arrays.asList(name.strip().split("\\s+"));
    if (words.size() == 1)
      return new FullName(new Surname(words.getFirst(), null), null, null, null, "1");
    int last = words.size() - 1;
    int prefixStart = -1;
    for (int i = 1; i < last; i++) {
      if (PREFIX_WORDS.contains(words.get(i))) {
        prefixStart = i;
        break;
      }
    }
    int surnameStart = last;
    String prefix = null;
    if (prefixStart > 0) {
      surnameStart = prefixStart;
      while (surnameStart < last && PREFIX_WORDS.contains(words.get(surnameStart))) surnameStart++;
      prefix = String.join(" ", words.subList(prefixStart, surnameStart));
    }
    int givenEnd = prefixStart > 0 ? prefixStart : last;
    String surname = String.join(" ", words.subList(surnameStart, words.size()));
    if (prefix != null && prefix.length() > MAX_PREFIX) {
      surname = prefix + " " + surname;
      prefix = null;
    }
    List<String> given = new ArrayList<>();
    StringBuilder initials = new StringBuilder();
    for (String word : words.subList(0, givenEnd)) {
      boolean initialsOnly = word.matches("(\\p{L}\\.)+\\p{L}?\\.?");
      if (!initialsOnly) given.add(word);
      for (String part : initialsOnly ? word.split("\\.") : word.split("-")) {
        if (!part.isEmpty() && isInitial(part.charAt(0))) initials.append(part.charAt(0));
      }
    }
    String letters =
        initials.length() == 0
            ? null
            : initials
                .substring(0, Math.min(MAX_INITIALS, initials.length()))
                .toUpperCase(java.util.Locale.ROOT);
    return new FullName(
        new Surname(surname, prefix),
        null,
        given.isEmpty() ? null : String.join(" ", given),
        letters,
        "1");
  }

  /** A letter the XSD accepts in Voorletters: a-z, A-Z and À to ỳ. */
  private static boolean isInitial(char c) {
    return Character.isLetter(c)
        && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'À' && c <= 'ỳ'));
  }
}
