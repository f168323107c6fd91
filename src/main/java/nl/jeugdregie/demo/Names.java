package nl.jeugdregie.demo;

import java.util.List;
import java.util.random.RandomGenerator;
import nl.jeugdregie.policy.Municipality;

/** Dutch-sounding names for fictitious clients and providers. */
final class Names {

  private static final List<String> FIRST =
      List.of(
          "Daan",
          "Sem",
          "Noah",
          "Lucas",
          "Levi",
          "Finn",
          "Luuk",
          "Milan",
          "Bram",
          "Jesse",
          "Thijs",
          "Mees",
          "Sven",
          "Ruben",
          "Stijn",
          "Jayden",
          "Emma",
          "Julia",
          "Mila",
          "Tess",
          "Sophie",
          "Zoë",
          "Sara",
          "Nora",
          "Fenna",
          "Lotte",
          "Eva",
          "Anna",
          "Noor",
          "Lieke",
          "Saar",
          "Fleur",
          "Yara",
          "Amira",
          "Mohammed",
          "Ilias",
          "Ayoub",
          "Nova",
          "Liv",
          "Jens");

  private static final List<String> INFIX =
      List.of("", "", "", "", "van ", "de ", "van der ", "van den ", "ter ", "van de ");

  private static final List<String> LAST =
      List.of(
          "Jansen",
          "Bakker",
          "Visser",
          "Smit",
          "Meijer",
          "Mulder",
          "Bos",
          "Vos",
          "Peters",
          "Hendriks",
          "Dekker",
          "Brouwer",
          "Dijkstra",
          "Kok",
          "Wouters",
          "Vermeulen",
          "Boer",
          "Berg",
          "Haan",
          "Graaf",
          "Veen",
          "Kuipers",
          "Postma",
          "Schouten",
          "Huisman",
          "Kaya",
          "El Amrani",
          "Yilmaz",
          "Jacobs",
          "Willems",
          "Hoekstra",
          "Koster",
          "Prins",
          "Maas");

  private static final List<String> KIND =
      List.of(
          "Stichting",
          "Jeugdhulp",
          "Praktijk",
          "Zorggroep",
          "Kindcentrum",
          "Jeugdpraktijk",
          "Gezinsbegeleiding",
          "Orthopedagogenpraktijk",
          "Behandelcentrum");

  private static final List<String> NAME =
      List.of(
          "De Linde",
          "Het Anker",
          "De Brug",
          "Kompas",
          "Horizon",
          "De Wissel",
          "Het Kastanjehuis",
          "De Boomgaard",
          "Kwadrant",
          "Lindenhof",
          "De Zonnebloem",
          "Groei",
          "Samen Verder",
          "Het Baken",
          "De Vlinder",
          "Talent",
          "Veldzicht",
          "Stapsteen",
          "De Meander",
          "Perspectief");

  private static final List<String> STREET =
      List.of(
          "Dorpsstraat",
          "Kerkstraat",
          "Schoolstraat",
          "Molenweg",
          "Stationsweg",
          "Julianalaan",
          "Beatrixstraat",
          "Wilhelminastraat",
          "Eikenlaan",
          "Lindelaan",
          "Beukenlaan",
          "Vlasakker",
          "Hoofdstraat",
          "Marktplein",
          "Burgemeester Smitstraat",
          "Parallelweg");

  private Names() {}

  /** A Dutch street name of at most 24 characters (the iJw Straatnaam). */
  static String street(java.util.SplittableRandom rng) {
    return STREET.get(rng.nextInt(STREET.size()));
  }

  static String person(RandomGenerator rng) {
    String infix = INFIX.get(rng.nextInt(INFIX.size()));
    return FIRST.get(rng.nextInt(FIRST.size())) + " " + infix + LAST.get(rng.nextInt(LAST.size()));
  }

  static String organisation(RandomGenerator rng, List<Municipality> places) {
    String kind = KIND.get(rng.nextInt(KIND.size()));
    String name = NAME.get(rng.nextInt(NAME.size()));
    double x = rng.nextDouble();
    if (x < 0.4) return kind + " " + name;
    String place = places.get(rng.nextInt(places.size())).name();
    if (x < 0.8) return kind + " " + name + " " + place;
    return kind + " " + place;
  }
}
