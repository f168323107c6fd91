package nl.jeugdregie.policy;

/** What a request asks: a first allocation (VOT), an extension of one, or a change to one (VOW). */
public enum RequestKind {
  INITIAL,
  EXTENSION,
  CHANGE
}
