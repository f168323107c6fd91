package nl.jeugdregie.ijw;

import java.util.Optional;

/** The iJw 3.2 messages, each with its namespace and its XSD (ijw.md §1). */
public enum MessageType {
  JW301,
  JW302,
  JW305,
  JW306,
  JW307,
  JW308,
  JW315,
  JW316,
  JW317,
  JW318,
  JW319,
  JW320,
  JW323,
  JW325;

  private static final String PREFIX = "http://www.istandaarden.nl/ijw/3_2/";

  public String namespace() {
    return PREFIX + name().toLowerCase(java.util.Locale.ROOT) + "/schema";
  }

  String xsd() {
    return "ijw/xsd/" + name() + ".xsd";
  }

  /** The message type whose namespace this is; empty for any other namespace. */
  public static Optional<MessageType> ofNamespace(String namespace) {
    for (MessageType type : values()) {
      if (type.namespace().equals(namespace)) return Optional.of(type);
    }
    return Optional.empty();
  }
}
