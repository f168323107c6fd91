package nl.jeugdregie.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.clients.AuditCapture;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for POSTs under {@code /api/}: the first request with a key runs and its
 * answer is kept in {@code web.idempotent_request}; a repeat (same signed-in user, same key, same
 * method, path, query and body) gets that answer again with {@code Idempotent-Replayed: true} and
 * runs nothing. The same key with another request is refused (422), and so is a repeat while the
 * first still runs (409), unless the first was abandoned (no answer after {@link #ABANDONED_AFTER},
 * e.g. the server stopped), then the repeat runs. Answers of 500 and above are not kept, so a retry
 * runs again. Keys are per user; anonymous requests (the open decision simulator) run without it.
 *
 * <p>A kept answer can carry personal data. The clients the first request audited (a successful
 * answer only) are kept with it in {@code web.idempotent_audit}, and every replay writes a READ
 * audit line for each of them before the body goes out, as the first read did.
 *
 * <p>Runs inside the security filter chain after authorization, so the user is known.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  private static final int MAX_KEY_LENGTH = 255;
  static final String RETENTION = "24 hours";

  /** A first request still without an answer after this long is taken as abandoned. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  private final JdbcClient jdbc;
  private final ProblemWriter problems;
  private final Clients clients;

  IdempotencyFilter(JdbcClient jdbc, ProblemWriter problems, Clients clients) {
    this.jdbc = jdbc;
    this.problems = problems;
    this.clients = clients;
  }

  /**
   * The bulk declarations are streamed both ways and made idempotent by their declaration numbers;
   * keeping their answer here would hold the whole body and answer in memory.
   */
  static final String BULK_DECLARATIONS = "/api/v1/declarations/bulk";

  /**
   * The iJw messages are idempotent by their own identification (TR056, the inbox answers a repeat
   * the same); reading their up to 25 MB here would also come before the inbox's role check.
   */
  static final String IJW_MESSAGES = "/api/v1/ijw/messages";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !pathOf(request).startsWith("/api/")
        || pathOf(request).equals(BULK_DECLARATIONS)
        || pathOf(request).equals(IJW_MESSAGES)
        || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key == null) {
      chain.doFilter(request, response);
      return;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof ActorAuthentication signedIn)) {
      chain.doFilter(request, response);
      return;
    }
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      problems.write(
          response,
          ProblemType.INVALID_IDEMPOTENCY_KEY,
          "the Idempotency-Key header must be 1 to 255 characters, got " + key.length(),
          pathOf(request));
      return;
    }
    String principal = signedIn.getName();
    byte[] body = request.getInputStream().readAllBytes();
    String hash = hash(request, body);
    String path = pathOf(request);
    boolean first =
        jdbc.sql(
                    """
                insert into web.idempotent_request
                  (principal, key, method, path, request_hash, created_at)
                values (:principal, :key, :method, :path, :hash, now())
                on conflict do nothing""")
                .param("principal", principal)
                .param("key", key)
                .param("method", request.getMethod())
                .param("path", path)
                .param("hash", hash)
                .update()
            == 1;
    if (first) forgetExpired();
    if (!first) first = takeOverAbandoned(principal, key, hash);
    if (!first) {
      answerRepeat(signedIn.actor(), key, hash, path, response);
      return;
    }
    ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      List<AuditCapture.Audited> audited;
      try (AuditCapture capture = AuditCapture.start()) {
        chain.doFilter(new CachedBodyRequest(request, body), recorded);
        audited = capture.audited();
      }
      int status = recorded.getStatus();
      if (status < 500) {
        jdbc.sql(
                """
                update web.idempotent_request
                   set status = :status, content_type = :contentType, location = :location,
                       body = :body
                 where principal = :principal and key = :key""")
            .param("status", status)
            .param("contentType", recorded.getContentType())
            .param("location", recorded.getHeader(HttpHeaders.LOCATION))
            .param("body", recorded.getContentAsByteArray())
            .param("principal", principal)
            .param("key", key)
            .update();
        if (status < 300) keepAudited(principal, key, audited);
        kept = true;
      }
      recorded.copyBodyToResponse();
    } finally {
      if (!kept) forget(principal, key);
    }
  }

  /**
   * One line per client: what a READ of it handed out, else what was created or changed (the answer
   * then shows it).
   */
  private void keepAudited(String principal, String key, List<AuditCapture.Audited> audited) {
    Map<UUID, String> what = new LinkedHashMap<>();
    for (AuditCapture.Audited a : audited) {
      if (a.action().equals("READ")) what.put(a.clientId(), a.what());
      else what.putIfAbsent(a.clientId(), a.what());
    }
    what.forEach(
        (client, fields) ->
            jdbc.sql(
                    """
                    insert into web.idempotent_audit (principal, key, client_id, what)
                    values (:principal, :key, :client, :what) on conflict do nothing""")
                .param("principal", principal)
                .param("key", key)
                .param("client", client)
                .param("what", fields)
                .update());
  }

  /** The first answer's clients audited again, as read by {@code actor}, before it goes out. */
  private void auditReplay(Actor actor, String key, String path) {
    List<Map.Entry<UUID, String>> audited =
        jdbc.sql(
                """
                select client_id, what from web.idempotent_audit
                 where principal = :principal and key = :key order by client_id""")
            .param("principal", actor.name())
            .param("key", key)
            .query(
                (rs, row) -> Map.entry(rs.getObject("client_id", UUID.class), rs.getString("what")))
            .list();
    for (Map.Entry<UUID, String> a : audited) {
      clients.audit(actor, "READ", a.getKey(), a.getValue(), "replay of POST " + path);
    }
  }

  private void answerRepeat(
      Actor actor, String key, String hash, String path, HttpServletResponse response)
      throws IOException {
    String principal = actor.name();
    Optional<Stored> stored =
        jdbc.sql(
                """
                select request_hash, status, content_type, location, body
                  from web.idempotent_request where principal = :principal and key = :key""")
            .param("principal", principal)
            .param("key", key)
            .query(
                (rs, row) ->
                    new Stored(
                        rs.getString("request_hash"),
                        rs.getObject("status", Integer.class),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getBytes("body")))
            .optional();
    if (stored.isEmpty()) { // the first one failed and was forgotten just now
      stillRunning(response, path);
      return;
    }
    Stored first = stored.get();
    if (!first.requestHash.equals(hash)) {
      problems.write(
          response,
          ProblemType.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key reused with a different request",
          path);
      return;
    }
    Integer status = first.status;
    if (status == null) {
      stillRunning(response, path);
      return;
    }
    auditReplay(actor, key, path);
    String contentType = first.contentType;
    String location = first.location;
    response.setStatus(status);
    if (contentType != null) response.setContentType(contentType);
    if (location != null) response.setHeader(HttpHeaders.LOCATION, location);
    response.setHeader(REPLAYED, "true");
    byte[] body = first.body;
    if (body != null) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /**
   * Whether a first request with this key and the same request never finished (the server stopped
   * while it ran) and this one takes its place: a row without an answer older than {@link
   * #ABANDONED_AFTER}. Only one repeat can win, as PostgreSQL re-checks the row after locking it.
   */
  /**
   * Answers are kept for {@value #RETENTION} only: long enough for any client's retries, and stored
   * bodies can hold personal data, which must not linger.
   */
  private void forgetExpired() {
    jdbc.sql(
            "delete from web.idempotent_request where created_at < now() - cast(:keep as interval)")
        .param("keep", RETENTION)
        .update();
  }

  private boolean takeOverAbandoned(String principal, String key, String hash) {
    return jdbc.sql(
                """
                update web.idempotent_request set created_at = now()
                 where principal = :principal and key = :key and request_hash = :hash
                   and status is null and created_at < now() - cast(:after as interval)""")
            .param("principal", principal)
            .param("key", key)
            .param("hash", hash)
            .param("after", ABANDONED_AFTER.toSeconds() + " seconds")
            .update()
        == 1;
  }

  private void stillRunning(HttpServletResponse response, String path) throws IOException {
    problems.write(
        response,
        ProblemType.STILL_RUNNING,
        "a request with this Idempotency-Key is still being processed; retry later",
        path);
  }

  private void forget(String principal, String key) {
    jdbc.sql("delete from web.idempotent_request where principal = :principal and key = :key")
        .param("principal", principal)
        .param("key", key)
        .update();
  }

  /** What the first request answered; {@code status} is null while it still runs. */
  private static final class Stored {
    final String requestHash;
    final @Nullable Integer status;
    final @Nullable String contentType;
    final @Nullable String location;
    final byte @Nullable [] body;

    Stored(
        String requestHash,
        @Nullable Integer status,
        @Nullable String contentType,
        @Nullable String location,
        byte @Nullable [] body) {
      this.requestHash = requestHash;
      this.status = status;
      this.contentType = contentType;
      this.location = location;
      this.body = body;
    }
  }

  /** SHA-256 (hex) of method, path, query and body, so any change of the request shows. */
  static String hash(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String query = request.getQueryString();
      String head =
          request.getMethod() + "\n" + pathOf(request) + "\n" + (query == null ? "" : query) + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The request with its body read once and served again from memory to the controller. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
