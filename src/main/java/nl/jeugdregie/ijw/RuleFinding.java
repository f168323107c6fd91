package nl.jeugdregie.ijw;

/**
 * One broken iJw rule in a message: the rule's code (e.g. {@code CD075}), the return code (WJ001)
 * it answers with ({@code 0001} for content rules), what is wrong, and where: an XPath of local
 * names ({@code /Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Budget}) and the line
 * (0 when unknown).
 */
public record RuleFinding(String rule, String returnCode, String message, String xpath, int line) {

  @Override
  public String toString() {
    return rule + " (" + returnCode + ") at " + xpath + ", line " + line + ": " + message;
  }
}
