package nl.jeugdregie.clients;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The clients whose personal data were audited on this thread while the capture was open: the web
 * layer keeps them with an answer it stores for an {@code Idempotency-Key}, so handing that answer
 * out again is audited like the first read (docs/security.md). Captures nest; closing one restores
 * the one around it.
 */
public final class AuditCapture implements AutoCloseable {

  /** One audit line: the client, READ, CREATE or UPDATE, and what of it. */
  public record Audited(UUID clientId, String action, String what) {}

  private static final ThreadLocal<@Nullable AuditCapture> CURRENT = new ThreadLocal<>();

  private final @Nullable AuditCapture outer;
  private final Set<Audited> audited = new LinkedHashSet<>();

  private AuditCapture(@Nullable AuditCapture outer) {
    this.outer = outer;
  }

  /** Starts capturing on the current thread; close it on the same thread. */
  public static AuditCapture start() {
    AuditCapture capture = new AuditCapture(CURRENT.get());
    CURRENT.set(capture);
    return capture;
  }

  /** What was audited since {@link #start()}, in order, each once. */
  public List<Audited> audited() {
    return List.copyOf(audited);
  }

  static void record(UUID clientId, String action, String what) {
    for (AuditCapture c = CURRENT.get(); c != null; c = c.outer) {
      c.audited.add(new Audited(clientId, action, what));
    }
  }

  @Override
  public void close() {
    if (outer == null) CURRENT.remove();
    else CURRENT.set(outer);
  }
}
