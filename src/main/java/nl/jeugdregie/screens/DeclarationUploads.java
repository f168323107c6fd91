package nl.jeugdregie.screens;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationFilter;
import nl.jeugdregie.billing.DeclarationImport;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.ReturnCode;
import nl.jeugdregie.ijw.IjwXml;
import nl.jeugdregie.ijw.Inbox;
import nl.jeugdregie.ijw.MessageRefusedException;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.Reply;
import nl.jeugdregie.ijw.XmlFinding;
import nl.jeugdregie.ijw.XsdCheck;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider's month uploaded on the declaraties screen, judged and booked in the background.
 *
 * <p>The file is read and checked whole before a job is accepted: JSON Lines (the bulk format, one
 * declaration a line, each read by {@link DeclarationSubmission#parse}) or one iJw JW323 (its XSD
 * and its sender). A file that fails gets a Dutch refusal naming the line and field, and nothing is
 * stored. An accepted file is judged on a small bounded executor ({@value #WORKERS} jobs at once,
 * {@value #WAITING} waiting; more are refused as busy): JSON Lines through {@link
 * DeclarationImport#run} (each declaration {@code Declarations.submit} in its own transaction), a
 * JW323 through the iJw {@link Inbox} exactly as {@code POST /api/v1/ijw/messages} does (its
 * DeclarationHandler books it and answers a JW325). The job counts the judged declaration lines and
 * keeps each declaration's verdict for the page that polls it.
 *
 * <p>Jobs live in memory only, per provider: a provider sees its own AGB's jobs, an admin its own;
 * nobody else's. A restart during a job loses the job and its page, not what it booked: every
 * declaration was booked whole in its own transaction, so the ones judged before the restart stay
 * booked (approved lines in the ledger, rejected lines with their codes) and the one being judged
 * at that moment is rolled back whole. Uploading the same file again then answers each declaration
 * already booked from its stored answer ("replayed", nothing booked twice, TR333: same number and
 * content) and books the rest. A changed declaration under a number already booked is refused whole
 * (9333), and a new number that reuses a booked reference has that line rejected (8021, TR314). A
 * JW323 that was answered before the restart gets its first JW325 when the same message is uploaded
 * again (TR056: same identification and bytes), nothing booked twice. One that was being judged at
 * the restart stays in the inbox's log as being received: the same message again waits up to a
 * minute and is then refused as in progress (the job shows the inbox's explanation), so it is to be
 * sent under a new BerichtIdentificatie; its declaration then books, or, when it was booked before
 * the restart, is answered from what was booked (TR333, same number and content).
 */
@Component
public class DeclarationUploads {

  static final int WORKERS = 2;
  static final int WAITING = 3;
  static final int KEPT = 100;
  static final int MAX_ERRORS = 10;

  private static final Logger LOG = LoggerFactory.getLogger(DeclarationUploads.class);
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final DeclarationImport imports;
  private final Inbox inbox;
  private final BookedDeclarations booked;
  private final XsdCheck xsd = new XsdCheck();
  private final ThreadPoolExecutor executor;
  private final Map<UUID, Job> jobs = new LinkedHashMap<>();

  DeclarationUploads(DeclarationImport imports, Inbox inbox, BookedDeclarations booked) {
    this.imports = imports;
    this.inbox = inbox;
    this.booked = booked;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING),
            run -> {
              Thread t = new Thread(run, "declaratie-upload-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /** A file refused before any job: a message key of messages_nl with its arguments. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    Refused(String key, Object... args) {
      super(key, null, false, false);
      this.key = key;
      this.args = args.clone();
    }

    public String key() {
      return key;
    }

    public Object[] args() {
      return args.clone();
    }
  }

  /** The refusals of one file: every line that cannot be read, up to {@value #MAX_ERRORS}. */
  public static final class FileRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Refused> errors;

    FileRefused(List<Refused> errors) {
      super("file refused", null, false, false);
      this.errors = List.copyOf(errors);
    }

    public List<Refused> errors() {
      return errors;
    }
  }

  /** One declared line's verdict. */
  public record VerdictLine(
      String reference, long amountCents, String status, List<ReturnCode> returnCodes) {}

  /**
   * What became of one declaration: BOOKED or REPLAYED (judged, its lines with their verdicts),
   * REFUSED whole, or UNREADABLE (the file line could not be read as a declaration).
   */
  public record Verdict(
      long fileLine,
      @Nullable String number,
      String outcome,
      @Nullable UUID declarationId,
      @Nullable String state,
      long approvedCents,
      List<VerdictLine> lines,
      List<String> codes,
      @Nullable String field,
      @Nullable String message) {

    /** A declaration that was not judged: REFUSED whole or UNREADABLE, with why. */
    static Verdict notJudged(
        long fileLine,
        @Nullable String number,
        String outcome,
        List<String> codes,
        @Nullable String field,
        @Nullable String message) {
      return new Verdict(
          fileLine, number, outcome, null, null, 0, List.of(), codes, field, message);
    }
  }

  /** A job: its progress in declared lines and the verdicts so far. */
  public static final class Job {
    private final UUID id = UUID.randomUUID();
    private final String owner;
    private final String fileName;
    private final String format;
    private final int total;
    private final Instant started = Instant.now();
    private final AtomicInteger judged = new AtomicInteger();
    private final List<Verdict> verdicts = new CopyOnWriteArrayList<>();
    private volatile boolean done;
    private volatile @Nullable String failure;

    Job(String owner, String fileName, String format, int total) {
      this.owner = owner;
      this.fileName = fileName;
      this.format = format;
      this.total = total;
    }

    public UUID id() {
      return id;
    }

    public String fileName() {
      return fileName;
    }

    public String format() {
      return format;
    }

    public int total() {
      return total;
    }

    public int judged() {
      return Math.min(judged.get(), total);
    }

    public List<Verdict> verdicts() {
      return List.copyOf(verdicts);
    }

    public boolean done() {
      return done;
    }

    public @Nullable String failure() {
      return failure;
    }

    public Instant started() {
      return started;
    }

    public long approved() {
      return verdicts.stream().filter(v -> "APPROVED".equals(v.state())).count();
    }

    public long rejected() {
      return verdicts.stream()
          .filter(v -> v.state() != null && !"APPROVED".equals(v.state()))
          .count();
    }
  }

  /**
   * Checks {@code content} and, when it is a readable month, starts judging it.
   *
   * @throws Refused when the file is of no known format, or the executor is full
   * @throws FileRefused naming every line (up to ten) that cannot be read
   * @throws RouteRefusedException when the actor may not declare (not a provider or admin)
   */
  public Job start(Actor actor, String fileName, byte[] content) {
    DeclarationImport.mayImport(actor);
    if (content.length > XsdCheck.MAX_BYTES) throw new Refused("upload.tooLarge", 25);
    String text = utf8(content);
    String start = text.strip();
    if (start.isEmpty()) throw new Refused("upload.empty");
    Job job;
    Runnable work;
    if (start.startsWith("<")) {
      Jw323File file = checkJw323(actor, content);
      job = new Job(owner(actor), fileName, "JW323", file.lines());
      work = () -> runJw323(actor, job, content, file);
    } else {
      List<Integer> lines = checkJsonLines(text);
      int total = lines.stream().mapToInt(Integer::intValue).sum();
      job = new Job(owner(actor), fileName, "JSON Lines", total);
      work = () -> runJsonLines(actor, job, content, lines);
    }
    synchronized (jobs) {
      try {
        executor.execute(
            () -> {
              try {
                work.run();
              } catch (RuntimeException e) {
                LOG.error("declaration upload {} stopped", job.id, e);
                job.failure = e.getClass().getSimpleName();
              } finally {
                job.done = true;
              }
            });
      } catch (RejectedExecutionException e) {
        throw new Refused("upload.busy");
      }
      jobs.put(job.id, job);
      forgetOld();
    }
    return job;
  }

  /** The job, when it is the actor's own (a provider: its AGB's; anyone else: their own). */
  public Optional<Job> job(Actor actor, UUID id) {
    synchronized (jobs) {
      Job job = jobs.get(id);
      return job != null && job.owner.equals(owner(actor)) ? Optional.of(job) : Optional.empty();
    }
  }

  private static String owner(Actor actor) {
    return actor.role() == Role.PROVIDER
        ? "agb:" + actor.agb()
        : actor.role().name() + ":" + actor.name();
  }

  /** Keeps the last {@value #KEPT} jobs; older finished ones are forgotten. */
  private void forgetOld() {
    Iterator<Job> oldest = jobs.values().iterator();
    while (jobs.size() > KEPT && oldest.hasNext()) {
      if (oldest.next().done) oldest.remove();
    }
  }

  private static String utf8(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Refused("upload.notText");
    }
  }

  // ---------------------------------------------------------------- JSON Lines

  /**
   * Reads every line as the import will: the number of declared lines per file line (0 for a blank
   * line), or every line that cannot be read.
   */
  static List<Integer> checkJsonLines(String text) {
    List<Integer> counts = new ArrayList<>();
    List<Refused> errors = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    int declarations = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        counts.add(0);
        continue;
      }
      try {
        counts.add(DeclarationSubmission.parse(JSON.readTree(line)).lineCount());
        declarations++;
      } catch (JacksonException e) {
        counts.add(0);
        String first = line.strip();
        errors.add(
            first.startsWith("{")
                ? new Refused("upload.notJson", i + 1, String.valueOf(e.getOriginalMessage()))
                : new Refused("upload.notJsonOrXml", i + 1));
      } catch (InvalidRequestException e) {
        counts.add(0);
        errors.add(new Refused("upload.field", i + 1, e.field(), reason(e)));
      }
      if (errors.size() >= MAX_ERRORS) break;
    }
    if (!errors.isEmpty()) throw new FileRefused(errors);
    if (declarations == 0) throw new Refused("upload.empty");
    // a file without a trailing newline has no extra line; one with it has an empty last one
    return counts;
  }

  private static String reason(InvalidRequestException e) {
    String message = String.valueOf(e.getMessage());
    String prefix = e.field() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private void runJsonLines(Actor actor, Job job, byte[] content, List<Integer> lineCounts) {
    imports.run(
        actor,
        new ByteArrayInputStream(content),
        new DeclarationImport.Every(1, Duration.ofSeconds(1)),
        new DeclarationImport.Listener() {
          @Override
          public void result(DeclarationImport.Result result) {
            int index = (int) result.fileLine() - 1;
            int lines = index < lineCounts.size() ? lineCounts.get(index) : 0;
            job.verdicts.add(verdict(actor, result));
            job.judged.addAndGet(lines);
          }

          @Override
          public void progress(DeclarationImport.Progress progress, boolean done) {}
        });
  }

  private Verdict verdict(Actor actor, DeclarationImport.Result result) {
    return switch (result) {
      case DeclarationImport.Submitted s -> judged(actor, s.fileLine(), s.answer());
      case DeclarationImport.Refused r ->
          Verdict.notJudged(
              r.fileLine(),
              r.number(),
              "REFUSED",
              r.ijwCode() == null ? List.of() : List.of(r.ijwCode()),
              r.field(),
              r.message());
      case DeclarationImport.Unreadable u ->
          Verdict.notJudged(u.fileLine(), null, "UNREADABLE", List.of(), u.field(), u.message());
    };
  }

  private Verdict judged(Actor actor, long fileLine, DeclarationAnswer answer) {
    List<VerdictLine> lines = new ArrayList<>();
    for (DeclarationAnswer.LineResult r : answer.lines()) {
      lines.add(new VerdictLine(r.reference(), r.amountCents(), r.status(), r.returnCodes()));
    }
    var totals = answer.totals();
    String state =
        totals.approved() == totals.lines()
            ? "APPROVED"
            : totals.approved() == 0 ? "REJECTED" : "PARTLY_APPROVED";
    return new Verdict(
        fileLine,
        answer.number(),
        answer.replayed() ? "REPLAYED" : "BOOKED",
        idOf(actor, answer.providerAgb(), answer.municipality(), answer.number(), answer.period()),
        state,
        totals.approvedCents(),
        lines,
        List.of(),
        null,
        null);
  }

  /** The stored declaration's id, for the link to its page (in the actor's scope). */
  private @Nullable UUID idOf(
      Actor actor,
      String agb,
      String municipality,
      String number,
      java.time.@Nullable YearMonth month) {
    var page =
        booked.list(
            actor,
            new DeclarationFilter(month == null ? null : month.toString(), agb, municipality, null),
            PageRequest.of(0, 200, "bookedAt,desc"));
    for (BookedDeclarations.DeclarationSummary d : page.items()) {
      if (d.number().equals(number)) return d.id();
    }
    return null;
  }

  // ---------------------------------------------------------------- JW323

  /** What the screen reads of a JW323 before sending it in: who, where, which number, how big. */
  record Jw323File(String sender, String municipality, String number, int lines) {}

  private Jw323File checkJw323(Actor actor, byte[] content) {
    XsdCheck.Result check = xsd.check(content);
    if (check.type() == null) {
      XmlFinding f = check.findings().getFirst();
      throw new Refused("upload.notIjw", f.line(), f.column(), f.message());
    }
    if (check.type() != MessageType.JW323) throw new Refused("upload.notJw323", check.type());
    if (!check.valid()) {
      List<Refused> errors = new ArrayList<>();
      for (XmlFinding f : check.findings()) {
        errors.add(new Refused("upload.xsd", f.line(), f.column(), f.message()));
        if (errors.size() >= MAX_ERRORS) break;
      }
      throw new FileRefused(errors);
    }
    Jw323File file = readJw323(content);
    if (actor.role() == Role.PROVIDER && !file.sender().equals(actor.agb())) {
      throw new Refused("upload.otherSender", file.sender(), String.valueOf(actor.agb()));
    }
    return file;
  }

  private static Jw323File readJw323(byte[] content) {
    String sender = null;
    String receiver = null;
    String number = null;
    int lines = 0;
    try (InputStream in = new ByteArrayInputStream(content)) {
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      while (reader.hasNext()) {
        if (reader.next() != XMLStreamConstants.START_ELEMENT) continue;
        switch (reader.getLocalName()) {
          case "Afzender" -> sender = sender == null ? reader.getElementText().trim() : sender;
          case "Ontvanger" ->
              receiver = receiver == null ? reader.getElementText().trim() : receiver;
          case "DeclaratieNummer" ->
              number = number == null ? reader.getElementText().trim() : number;
          case "Prestatie" -> lines++;
          default -> {}
        }
      }
      reader.close();
    } catch (XMLStreamException | IOException e) {
      throw new Refused("upload.notIjw", 0, 0, String.valueOf(e.getMessage()));
    }
    if (sender == null || receiver == null || number == null) {
      throw new Refused("upload.notIjw", 0, 0, "no Afzender, Ontvanger or DeclaratieNummer");
    }
    return new Jw323File(sender, receiver, number, Math.max(lines, 1));
  }

  private void runJw323(Actor actor, Job job, byte[] content, Jw323File file) {
    Verdict verdict;
    try {
      Reply reply = inbox.receive(actor, content);
      byte[] xml = reply.xml();
      List<String> codes = xml == null ? List.of() : returnCodes(xml);
      UUID id = idOf(actor, file.sender(), file.municipality(), file.number(), null);
      Optional<BookedDeclarations.BookedDeclaration> stored =
          id == null ? Optional.empty() : booked.get(actor, id);
      if (stored.isPresent()) {
        BookedDeclarations.BookedDeclaration d = stored.get();
        List<VerdictLine> lines = new ArrayList<>();
        for (BookedDeclarations.BookedLine l : d.lines()) {
          lines.add(new VerdictLine(l.reference(), l.amountCents(), l.status(), l.returnCodes()));
        }
        verdict =
            new Verdict(
                1,
                file.number(),
                reply.replayed() ? "REPLAYED" : "BOOKED",
                id,
                d.declaration().state().name(),
                d.declaration().approvedCents(),
                lines,
                codes,
                null,
                null);
      } else {
        verdict = Verdict.notJudged(1, file.number(), "REFUSED", codes, null, null);
      }
    } catch (RouteRefusedException e) {
      verdict =
          Verdict.notJudged(
              1,
              file.number(),
              "REFUSED",
              e.ijwCode() == null ? List.of() : List.of(Objects.requireNonNull(e.ijwCode())),
              e.field(),
              e.getMessage());
    } catch (MessageRefusedException e) {
      verdict = Verdict.notJudged(1, file.number(), "REFUSED", List.of(), null, e.getMessage());
    }
    job.verdicts.add(verdict);
    job.judged.set(job.total);
  }

  /** Every distinct RetourCode of the JW325 (header, declaration and rejected prestaties). */
  private static List<String> returnCodes(byte[] xml) {
    Set<String> codes = new LinkedHashSet<>();
    try (InputStream in = new ByteArrayInputStream(xml)) {
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && reader.getLocalName().equals("RetourCode")) {
          codes.add(reader.getElementText().trim());
        }
      }
      reader.close();
    } catch (XMLStreamException | IOException e) {
      LOG.warn("the JW325 cannot be read back: {}", e.getMessage());
    }
    return List.copyOf(codes);
  }
}
