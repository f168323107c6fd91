package nl.jeugdregie.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error the API answers, each with a stable {@code type} URI (RFC 9457 §3.1.1) so a
 * client can branch on the kind instead of parsing titles. The URI is a path on the server itself
 * ({@code /problems/invalid-request}): it resolves on every deployment, and {@link
 * ProblemTypeController} answers there with what the kind means (issue 11).
 */
enum ProblemType {
  INVALID_REQUEST(
      HttpStatus.BAD_REQUEST,
      "Invalid request",
      "A field of the body, the query or the path is missing or wrong: `field` names the first,"
          + " `errors` lists every field with its message."),
  INVALID_IDEMPOTENCY_KEY(
      HttpStatus.BAD_REQUEST,
      "Invalid Idempotency-Key",
      "The Idempotency-Key header must be 1 to 255 characters."),
  INVALID_IJW_MESSAGE(
      HttpStatus.BAD_REQUEST,
      "Not a valid iJw 3.2 message",
      "An iJw message failed control level 1 (XSD, hostile or not iJw): `findings` lists each with"
          + " line and column; nothing was stored."),
  SIGN_IN_REQUIRED(
      HttpStatus.UNAUTHORIZED,
      "Authentication required",
      "No, wrong or refused credentials; the WWW-Authenticate header says what this server"
          + " accepts."),
  NOT_PERMITTED(
      HttpStatus.FORBIDDEN,
      "Not permitted for your role",
      "Signed in, but the role or scope (municipality, provider, region) may not do this."),
  NOT_FOUND(
      HttpStatus.NOT_FOUND, "Not found", "Nothing with this key exists within the caller's scope."),
  METHOD_NOT_ALLOWED(
      HttpStatus.METHOD_NOT_ALLOWED,
      "Method Not Allowed",
      "The path exists but not with this HTTP method; the Allow header lists those it has."),
  NOT_ACCEPTABLE(
      HttpStatus.NOT_ACCEPTABLE,
      "Not Acceptable",
      "The Accept header asks for a format this endpoint does not answer in."),
  CONFLICT(
      HttpStatus.CONFLICT,
      "Conflict",
      "The request contradicts what is stored (e.g. a reference already used, or stored by"
          + " another request at the same moment); read the current state before retrying."),
  STILL_RUNNING(
      HttpStatus.CONFLICT,
      "Request still being processed",
      "A request with this Idempotency-Key is still running; retry later for its answer."),
  BODY_TOO_LARGE(
      HttpStatus.CONTENT_TOO_LARGE,
      "Request body too large",
      "The body is larger than this endpoint accepts; nothing was read or stored."),
  UNSUPPORTED_MEDIA_TYPE(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported Media Type",
      "The Content-Type is not one this endpoint reads."),
  IDEMPOTENCY_KEY_REUSED(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Idempotency-Key reused",
      "The Idempotency-Key was used before by this user for a different request."),
  REFUSED_BY_ROUTE(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Refused by the client route",
      "The request is well-formed but the client route or the region's policy refuses it;"
          + " `field` names what, `ijwCode` gives the iJw return code where there is one."),
  CLIENT_MISMATCH(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Client data does not match",
      "The client data sent differs from what is registered for this BSN."),
  NO_POLICY_IN_FORCE(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "No policy pack in force",
      "No policy pack of the region is in force on the date asked for."),
  SIGN_IN_THROTTLED(
      HttpStatus.TOO_MANY_REQUESTS,
      "Too many failed sign-ins",
      "Too many failed sign-ins for this account or address; the Retry-After header says when to"
          + " try again.");

  /** Where every type URI starts; {@link ProblemTypeController} serves the descriptions here. */
  static final String PATH = "/problems/";

  final HttpStatus status;
  final String title;
  final String description;

  ProblemType(HttpStatus status, String title, String description) {
    this.status = status;
    this.title = title;
    this.description = description;
  }

  /** The stable name in the URI: {@code INVALID_REQUEST} is {@code invalid-request}. */
  String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  URI uri() {
    return URI.create(PATH + slug());
  }

  static Optional<ProblemType> ofSlug(String slug) {
    return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
  }

  /**
   * The kind for an answer Spring's own handling made (wrong method, media type, unknown path): the
   * first kind of that status, if there is one.
   */
  static Optional<ProblemType> ofStatus(int status) {
    return Arrays.stream(values()).filter(t -> t.status.value() == status).findFirst();
  }
}
