package nl.jeugdregie.ggk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.jeugdregie.ggk.GgkEnvelopeLog.Claimed;
import nl.jeugdregie.ggk.GgkEnvelopes.Antwoord;
import nl.jeugdregie.ggk.GgkEnvelopes.Fout;
import nl.jeugdregie.ijw.HardenedXml;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends our envelopes to the GGk (ijw.md §7.4): SOAP 1.1 over HTTP to {@code jeugdregie.ggk.url},
 * with the SOAPAction of the WSDL's operation, one envelope per call. The GGk answers Bv03 (taken:
 * SENT) or Fo03 (a client error: REFUSED, not sent again; a server error: tried again). An envelope
 * that could not be delivered stays WAITING in {@code ijw.ggk_envelope} and is tried again by
 * {@link #sendWaiting()}, every {@code jeugdregie.ggk.retry-every} (default 5 minutes), the n-th
 * attempt n of those intervals after the one before (at most an hour); without a URL nothing is
 * sent and nothing is lost.
 *
 * <p>The connection to the GGk is TLS with the municipality's PKIoverheid certificate: the JVM's
 * key and trust stores ({@code javax.net.ssl.*}) provide them (docs/ggk.md).
 */
@Component
@EnableScheduling
class GgkOutbox implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GgkOutbox.class);

  /** Envelopes per retry round; the next round takes the rest. */
  private static final int ROUND = 100;

  private final GgkEnvelopeLog envelopes;
  private final Clock clock;
  private final @Nullable URI url;
  private final Duration retryEvery;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("ggk-send").daemon().factory());
  private final AtomicBoolean toldNoUrl = new AtomicBoolean();

  GgkOutbox(
      GgkEnvelopeLog envelopes,
      Clock clock,
      @Value("${jeugdregie.ggk.url:}") String url,
      @Value("${jeugdregie.ggk.retry-every:PT5M}") Duration retryEvery) {
    this.envelopes = envelopes;
    this.clock = clock;
    this.url = url.isBlank() ? null : URI.create(url.strip());
    this.retryEvery = retryEvery;
  }

  /** Sends envelope {@code id} on the sender's thread, so the GGk has its Bv03 first. */
  void sendSoon(UUID id) {
    try {
      sender.execute(() -> send(id));
    } catch (RejectedExecutionException e) {
      log.info("shutting down: GGk envelope {} is sent by the retry after the restart", id);
    }
  }

  /**
   * Every waiting envelope that is due: one attempt each, on one instance at a time
   * (docs/operations.md); the claim of each envelope already keeps two rounds from sending it
   * twice.
   */
  @Scheduled(
      fixedDelayString = "${jeugdregie.ggk.retry-every:PT5M}",
      initialDelayString = "${jeugdregie.ggk.retry-every:PT5M}")
  @SchedulerLock(name = "ggk-send-waiting", lockAtMostFor = "PT2H")
  void sendWaiting() {
    for (UUID id : envelopes.due(clock.instant(), ROUND)) send(id);
  }

  /**
   * One attempt to send envelope {@code id}, if it is waiting and due; false when it was not sent
   * (no URL, not due, unreachable, or refused).
   */
  boolean send(UUID id) {
    URI target = url;
    if (target == null) {
      if (!toldNoUrl.getAndSet(true)) {
        log.warn(
            "no GGk URL configured (jeugdregie.ggk.url): envelopes for the GGk wait in"
                + " ijw.ggk_envelope (state WAITING) and are sent once it is set");
      }
      return false;
    }
    Instant now = clock.instant();
    Optional<Claimed> claimed = envelopes.claim(id, now, retryEvery);
    if (claimed.isEmpty()) return false;
    Claimed envelope = claimed.get();
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(target)
                  .timeout(Duration.ofSeconds(60))
                  .header("Content-Type", "text/xml; charset=utf-8")
                  .header("SOAPAction", "\"" + envelope.berichtcode().soapAction() + "\"")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(envelope.soap()))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      Antwoord antwoord;
      try {
        antwoord = GgkEnvelopes.antwoord(response.body());
      } catch (IllegalArgumentException e) {
        failed(envelope, "HTTP " + response.statusCode() + ", " + e.getMessage());
        return false;
      }
      Fout fout = antwoord.fout();
      if (fout == null) {
        envelopes.sent(id, clock.instant());
        log.info(
            "{} {} ({}) delivered to the GGk",
            envelope.berichtcode().code(),
            envelope.referentienummer(),
            envelope.functie());
        return true;
      }
      String why = fout.code() + " " + fout.omschrijving() + detailsOf(fout);
      if (fout.plek().equals("client")) {
        envelopes.refused(envelope.referentienummer(), fout.code(), why);
        log.error(
            "the GGk refused {} {} ({}), it is not sent again: {}",
            envelope.berichtcode().code(),
            envelope.referentienummer(),
            envelope.functie(),
            why);
      } else {
        failed(envelope, "the GGk answered " + why);
      }
    } catch (IOException e) {
      failed(envelope, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed(envelope, "interrupted");
    }
    return false;
  }

  private void failed(Claimed envelope, String why) {
    envelopes.failed(envelope.id(), why);
    log.warn(
        "{} {} ({}) not delivered to the GGk (attempt {}), tried again later: {}",
        envelope.berichtcode().code(),
        envelope.referentienummer(),
        envelope.functie(),
        envelope.attempts(),
        HardenedXml.firstLine(why));
  }

  private static String detailsOf(Fout fout) {
    String details = fout.details();
    return details == null ? "" : ": " + details;
  }

  /** Lets a send in progress finish; what was not sent waits for the retry after the restart. */
  @Override
  public void close() {
    sender.shutdown();
  }
}
