package nl.jeugdregie.allocation;

import org.jspecify.annotations.Nullable;

/**
 * The client route refuses an action, with what kind of refusal it is (the web maps it to 404, 403,
 * 409 or 422), the field it is about and, where iJw has one, the iJw return code (e.g. 9374 "a
 * request is already pending"). Refusals never carry a BSN or name in their message.
 */
public class RouteRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of refusal. */
  public enum Kind {
    /** Unknown, or outside the actor's scope (not told apart, so scope does not leak). */
    NOT_FOUND,
    /** The actor's role may not do this at all. */
    NOT_PERMITTED,
    /** The state changed or does not allow it: a decided request, a lost race, a duplicate. */
    CONFLICT,
    /** The input is well-formed but breaks a rule of the route. */
    UNPROCESSABLE
  }

  private final Kind kind;
  private final String field;
  private final @Nullable String ijwCode;

  public RouteRefusedException(Kind kind, String field, @Nullable String ijwCode, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
    this.ijwCode = ijwCode;
  }

  public static RouteRefusedException notFound(String field, String message) {
    return new RouteRefusedException(Kind.NOT_FOUND, field, null, message);
  }

  public static RouteRefusedException notPermitted(String message) {
    return new RouteRefusedException(Kind.NOT_PERMITTED, "role", null, message);
  }

  public static RouteRefusedException conflict(
      String field, @Nullable String ijwCode, String message) {
    return new RouteRefusedException(Kind.CONFLICT, field, ijwCode, message);
  }

  public static RouteRefusedException unprocessable(
      String field, @Nullable String ijwCode, String message) {
    return new RouteRefusedException(Kind.UNPROCESSABLE, field, ijwCode, message);
  }

  public Kind kind() {
    return kind;
  }

  public String field() {
    return field;
  }

  public @Nullable String ijwCode() {
    return ijwCode;
  }
}
