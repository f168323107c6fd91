package nl.jeugdregie.billing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk ingest of declarations as JSON Lines: one declaration object a line, the shape {@link
 * DeclarationSubmission#parse} takes. The stream is read line by line (never whole in memory) and
 * every declaration goes through {@link Declarations#submit} in its own transaction, so a run that
 * is stopped at any point (even killed) leaves every declaration fully booked or absent; running
 * the same file again answers the booked ones from their stored answers and books the rest.
 *
 * <p>A file line that is not valid JSON or that {@code parse} refuses is reported with its line
 * number and field and stored nowhere; a declaration the route refuses as a whole (another
 * provider's AGB, a number already used with other content, a municipality in no pack) is reported
 * too. Neither stops the run. Blank lines are skipped. Only a failure of the stream itself or of
 * the database stops it.
 *
 * <p>{@code jeugdregie.import.pause-ms} (default 0) pauses after every declaration: a test-only
 * throttle, so a test can stop a run part-way without relying on timing luck.
 */
@Service
public class DeclarationImport {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Declarations declarations;
  private final long pauseMillis;

  DeclarationImport(
      Declarations declarations, @Value("${jeugdregie.import.pause-ms:0}") long pauseMillis) {
    this.declarations = declarations;
    this.pauseMillis = pauseMillis;
  }

  /** What became of one non-blank file line. */
  public sealed interface Result {
    /** The 1-based line of the file. */
    long fileLine();
  }

  /** Judged and booked now ({@code answer.replayed()} false) or answered from the stored answer. */
  public record Submitted(long fileLine, DeclarationAnswer answer) implements Result {}

  /** The line could not be read as a declaration: bad JSON or a field {@code parse} refuses. */
  public record Unreadable(long fileLine, String field, String message) implements Result {}

  /** Read, but refused as a whole by the route (nothing stored); {@code kind} as the route says. */
  public record Refused(
      long fileLine,
      String providerAgb,
      String number,
      String kind,
      @Nullable String field,
      @Nullable String ijwCode,
      String message)
      implements Result {}

  /** How far a run is: counts so far and the speed. */
  public record Progress(
      long fileLines,
      int declarations,
      long lines,
      int approved,
      int rejected,
      int replayed,
      int refused,
      int unreadable,
      Duration elapsed) {

    /** Declared lines handled per second so far. */
    public double linesPerSecond() {
      long millis = Math.max(1, elapsed.toMillis());
      return lines * 1000.0 / millis;
    }
  }

  /** Hears every result as it happens, and the progress every so often and once at the end. */
  public interface Listener {
    void result(Result result);

    void progress(Progress progress, boolean done);
  }

  /**
   * When to report progress: after every {@code declarations} declarations, and after a declaration
   * when {@code interval} has passed since the last report; always at the end.
   */
  public record Every(int declarations, Duration interval) {
    public Every {
      if (declarations < 1) throw new IllegalArgumentException("declarations must be 1 or more");
    }
  }

  /**
   * Reads {@code in} (UTF-8 JSON Lines) to its end, submitting every declaration as {@code actor},
   * and returns the final progress. The stream is not closed.
   *
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Progress run(Actor actor, InputStream in, Every every, Listener listener) {
    mayImport(actor);
    Tally t = new Tally(System.nanoTime());
    long lastReport = t.started;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      String text;
      while ((text = reader.readLine()) != null) {
        t.fileLines++;
        if (text.isBlank()) continue;
        Result result = one(actor, t.fileLines, text);
        t.count(result);
        listener.result(result);
        pause();
        long now = System.nanoTime();
        int done = t.declarations + t.refused + t.unreadable;
        if (done % every.declarations() == 0 || now - lastReport >= every.interval().toNanos()) {
          listener.progress(t.progress(now), false);
          lastReport = now;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading declarations after line " + t.fileLines, e);
    }
    Progress end = t.progress(System.nanoTime());
    listener.progress(end, true);
    return end;
  }

  /**
   * Only providers (each declaration under its own AGB, checked per declaration) and admins
   * declare; any other role is refused before anything is read.
   */
  public static void mayImport(Actor actor) {
    switch (actor.role()) {
      case PROVIDER, ADMIN -> {}
      case ACCESS_TEAM, CONTRACT_MANAGER, POLICY ->
          throw RouteRefusedException.notPermitted("only providers declare");
    }
  }

  private Result one(Actor actor, long fileLine, String text) {
    DeclarationSubmission declaration;
    try {
      JsonNode node = JSON.readTree(text);
      declaration = DeclarationSubmission.parse(node);
    } catch (JacksonException e) {
      return new Unreadable(fileLine, "declaration", "not valid JSON: " + e.getOriginalMessage());
    } catch (InvalidRequestException e) {
      return new Unreadable(fileLine, e.field(), reason(e));
    }
    try {
      return new Submitted(fileLine, submit(actor, declaration));
    } catch (RouteRefusedException e) {
      return new Refused(
          fileLine,
          declaration.providerAgb(),
          declaration.number(),
          e.kind().name(),
          e.field(),
          e.ijwCode(),
          String.valueOf(e.getMessage()));
    } catch (InvalidRequestException e) {
      return new Unreadable(fileLine, e.field(), reason(e));
    } catch (DataIntegrityViolationException e) {
      // e.g. a provider that is not registered (billing.declaration references catalog.provider);
      // rolled back whole. The database's message is not passed on: it may quote row values.
      return new Refused(
          fileLine,
          declaration.providerAgb(),
          declaration.number(),
          "DATABASE",
          "declaration.providerAgb",
          null,
          "refused by the database ("
              + e.getClass().getSimpleName()
              + "): is provider "
              + declaration.providerAgb()
              + " registered?");
    }
  }

  /**
   * Submits; when the same declaration was booked by someone else at the same moment (the unique
   * provider + number), the second try is answered from that booking.
   */
  private DeclarationAnswer submit(Actor actor, DeclarationSubmission declaration) {
    try {
      return declarations.submit(actor, declaration);
    } catch (DuplicateKeyException e) {
      return declarations.submit(actor, declaration);
    }
  }

  /** The message without the field in front (the result names the field apart). */
  private static String reason(InvalidRequestException e) {
    String message = String.valueOf(e.getMessage());
    String prefix = e.field() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private void pause() {
    if (pauseMillis <= 0) return;
    try {
      Thread.sleep(pauseMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
  }

  private static final class Tally {
    final long started;
    long fileLines;
    int declarations;
    long lines;
    int approved;
    int rejected;
    int replayed;
    int refused;
    int unreadable;

    Tally(long started) {
      this.started = started;
    }

    void count(Result result) {
      switch (result) {
        case Submitted s -> {
          declarations++;
          lines += s.answer().totals().lines();
          approved += s.answer().totals().approved();
          rejected += s.answer().totals().rejected();
          if (s.answer().replayed()) replayed++;
        }
        case Refused r -> refused++;
        case Unreadable u -> unreadable++;
      }
    }

    Progress progress(long now) {
      return new Progress(
          fileLines,
          declarations,
          lines,
          approved,
          rejected,
          replayed,
          refused,
          unreadable,
          Duration.ofNanos(now - started));
    }
  }
}
