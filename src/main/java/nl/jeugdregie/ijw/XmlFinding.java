package nl.jeugdregie.ijw;

/** One problem in a message, where it is: line and column (1-based; 0 when unknown). */
public record XmlFinding(int line, int column, String message) {

  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
