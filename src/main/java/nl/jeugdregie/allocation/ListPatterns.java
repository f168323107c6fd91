package nl.jeugdregie.allocation;

/** The shapes of the list filters' codes, as iJw and the database define them. */
final class ListPatterns {

  static final String MUNICIPALITY = "[0-9]{4}";
  static final String MUNICIPALITY_MESSAGE = "must be a CBS municipality code of 4 digits (0153)";
  static final String AGB = "[0-9]{8}";
  static final String AGB_MESSAGE = "must be an AGB code of 8 digits";
  static final String CATEGORY = "[0-9A-Za-z]{2}";
  static final String CATEGORY_MESSAGE = "must be an iJw product category of 2 characters (45)";
  static final String PRODUCT = "[0-9A-Za-z]{1,5}";
  static final String PRODUCT_MESSAGE = "must be an iJw product code of up to 5 characters (45B01)";
  static final String PSEUDONYM = "[Cc]-[0-9A-Fa-f]{10}";
  static final String PSEUDONYM_MESSAGE = "must be a client pseudonym (C-0123456789)";

  private ListPatterns() {}
}
