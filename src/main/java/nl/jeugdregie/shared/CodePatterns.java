package nl.jeugdregie.shared;

/**
 * The shapes of the codes that bodies and list filters take, with one message each, so a wrong AGB
 * code reads the same wherever it is sent. Only the shape: whether a code exists (the iJw code
 * lists, the 11-proef of a BSN) is checked where it is used.
 */
public final class CodePatterns {

  private CodePatterns() {}

  public static final String AGB = "[0-9]{8}";
  public static final String AGB_MESSAGE = "must be an 8-digit AGB code";
  public static final String MUNICIPALITY = "[0-9]{4}";
  public static final String MUNICIPALITY_MESSAGE = "must be a 4-digit CBS code";
  public static final String BSN = "[0-9]{9}";
  public static final String BSN_MESSAGE = "must be 9 digits that pass the 11-proef";

  /** iJw JZ020 product category. */
  public static final String CATEGORY = "[0-9]{2}";

  public static final String CATEGORY_MESSAGE = "must be a 2-digit JZ020 category";

  /** iJw product code (JZ021 and the regions' own). */
  public static final String PRODUCT = "[0-9A-Za-z]{1,5}";

  public static final String PRODUCT_MESSAGE =
      "must be an iJw product code of up to 5 characters (45B01)";
  public static final String PSEUDONYM = "[Cc]-[0-9A-Fa-f]{10}";
  public static final String PSEUDONYM_MESSAGE = "must be a client pseudonym: C- and 10 hex digits";
}
