package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationAnswer.LineResult;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.billing.ReturnCode;
import nl.jeugdregie.ijw.Jw323Reader.Jw323;
import nl.jeugdregie.ijw.xml.jw323.Header;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A JW323 (declaratie) in, always a JW325 (declaratie-antwoord) out (OP090x4; ijw.md §2.6, §3.11,
 * IV087, IV088). The 323 is read part by part ({@link Jw323Reader}), then judged level by level:
 *
 * <ol>
 *   <li>content (level 2, {@link DeclarationMessageRules}): one rule broken and the 325 is the
 *       Header with 0001 only; the declaration counts as not sent and nothing is booked;
 *   <li>the header against outside sources (level 4: TR135 8848, TR378 S300, {@link
 *       ExternalRules}): the Header with that code only, nothing booked;
 *   <li>the declaration as a whole ({@link Declarations}: TR333 9333, TR318 8214): the Header 0200
 *       and the DeclaratieAntwoord with that code and TotaalToegekendBedrag 0, nothing booked;
 *   <li>each prestatie against its allocation, the contract and what was booked before (levels 3
 *       and 4, billing's {@code LineCheck}): approved prestaties are booked, and the 325 lists the
 *       rejected ones only, each with all its codes, under its Client (0200); the
 *       DeclaratieAntwoord says 8001 when all were approved, else 0200.
 * </ol>
 *
 * The 325 is checked against its XSD and against the 323 it answers ({@link Jw325Rules}) before it
 * is returned.
 */
@Component
class DeclarationHandler implements MessageHandler {

  /** WJ001 8001: the declaration is granted in full. */
  static final String FULLY_GRANTED = "8001";

  /** WJ001 0233: class not assessed (the declaration was refused for a reason iJw has no code). */
  static final String NOT_ASSESSED = "0233";

  private static final Logger LOG = LoggerFactory.getLogger(DeclarationHandler.class);

  private final Declarations declarations;
  private final ExternalRules external;

  DeclarationHandler(Declarations declarations, ExternalRules external) {
    this.declarations = declarations;
    this.external = external;
  }

  @Override
  public Set<MessageType> types() {
    return Set.of(MessageType.JW323);
  }

  @Override
  public Handled handle(Actor actor, Received message) {
    Jw323 declaration = Jw323Reader.read(message.xml());
    Findings findings = declaration.findings();
    if (!findings.isEmpty()) {
      return headerOnly(message, declaration, List.of(Findings.TECHNICAL), Retours.RULES_VERSION);
    }
    Header header = declaration.header();
    external.dated(
        findings, header, header.getBerichtIdentificatie().getDagtekening(), message.today());
    external.municipality(findings, header, "Ontvanger", header.getOntvanger());
    if (!findings.isEmpty()) {
      Set<String> codes = new LinkedHashSet<>();
      for (RuleFinding f : findings.all()) codes.add(f.returnCode());
      return headerOnly(message, declaration, List.copyOf(codes), null);
    }
    DeclarationSubmission submission =
        Objects.requireNonNull(declaration.submission(), "a 323 without content findings maps");
    DeclarationAnswer answer;
    try {
      answer = declarations.submit(actor, submission);
    } catch (RouteRefusedException e) {
      String code = e.ijwCode() == null ? NOT_ASSESSED : e.ijwCode();
      LOG.info(
          "JW323 {} of {}: declaration {} refused whole with {}: {}",
          header.getBerichtIdentificatie().getIdentificatie(),
          header.getAfzender(),
          declaration.number(),
          code,
          e.getMessage());
      Jw325.Answer refused =
          new Jw325.Answer(
              declaration.number(), declaration.totalCents(), 0, List.of(), List.of(code));
      return send(message, declaration, reply(message, declaration, refused), Set.of(), false);
    }
    return judged(message, declaration, submission, answer);
  }

  /** iJw TR056 → 9056 on a JW323: the JW325 carries it in its header; nothing is booked. */
  @Override
  public Handled duplicate(Received message, String answerIdentification) {
    Jw323 declaration = Jw323Reader.read(message.xml());
    return headerOnly(message, declaration, List.of(Inbox.DUPLICATE_IDENTIFICATION), null);
  }

  /** The 325 on a declaration billing judged line by line. */
  private static Handled judged(
      Received message,
      Jw323 declaration,
      DeclarationSubmission submission,
      DeclarationAnswer answer) {
    Map<Integer, LineResult> rejected = new HashMap<>();
    for (LineResult result : answer.lines()) {
      if (!result.returnCodes().isEmpty()) rejected.put(result.index(), result);
    }
    List<Jw325.RejectedClient> clients = new ArrayList<>();
    Set<Jw325Rules.Key> keys = new HashSet<>();
    for (ClientLines client : submission.clients()) {
      List<Jw325.RejectedLine> lines = new ArrayList<>();
      for (IndexedLine indexed : client.lines()) {
        LineResult result = rejected.get(indexed.index());
        if (result == null) continue;
        lines.add(new Jw325.RejectedLine(indexed.line(), codes(result.returnCodes())));
        keys.add(Jw325Rules.Key.of(client.bsn().value(), indexed.line()));
      }
      if (!lines.isEmpty()) {
        clients.add(new Jw325.RejectedClient(client.bsn(), lines, List.of(Retours.NO_REMARK)));
      }
    }
    Jw325.Answer judged =
        new Jw325.Answer(
            declaration.number(),
            declaration.totalCents(),
            answer.totals().approvedCents(),
            clients,
            List.of(rejected.isEmpty() ? FULLY_GRANTED : Retours.NO_REMARK));
    return send(message, declaration, reply(message, declaration, judged), keys, true);
  }

  /** The 325 with only a Header, carrying {@code codes}: nothing was processed. */
  private static Handled headerOnly(
      Received message, Jw323 declaration, List<String> codes, @Nullable String xsltVersion) {
    return send(
        message,
        declaration,
        reply(message, declaration, codes, xsltVersion, null),
        Set.of(),
        false);
  }

  /** The 325 with the Header 0200 and {@code answer}. */
  private static Jw325 reply(Received message, Jw323 declaration, Jw325.Answer answer) {
    return reply(message, declaration, List.of(Retours.NO_REMARK), null, answer);
  }

  /**
   * The 325 from the municipality back to the provider, about {@code declaration} (TR337, TR371).
   */
  private static Jw325 reply(
      Received message,
      Jw323 declaration,
      List<String> headerCodes,
      @Nullable String xsltVersion,
      Jw325.@Nullable Answer answer) {
    Header header = declaration.header();
    return new Jw325(
        header.getOntvanger(),
        header.getAfzender(),
        identification(message.id()),
        message.today(),
        Jw325Writer.XSD,
        header.getBerichtIdentificatie().getIdentificatie(),
        header.getBerichtIdentificatie().getDagtekening(),
        xsltVersion,
        new Jw325.Versions(
            header.getXsdVersie().getBasisschemaXsdVersie(),
            header.getXsdVersie().getBerichtXsdVersie()),
        headerCodes,
        answer);
  }

  private static Handled send(
      Received message,
      Jw323 declaration,
      Jw325 reply,
      Set<Jw325Rules.Key> rejected,
      boolean accepted) {
    Jw325Rules.check(reply, declaration, rejected);
    byte[] xml = Jw325Writer.write(reply);
    return new Handled(MessageType.JW325, xml, accepted, reply.headerCodes().getFirst(), null);
  }

  /** A line's return codes, each once, in billing's order. */
  private static List<String> codes(List<ReturnCode> codes) {
    Set<String> distinct = new LinkedHashSet<>();
    for (ReturnCode code : codes) distinct.add(code.code());
    return List.copyOf(distinct);
  }

  /**
   * The 325's BerichtIdentificatie (1-12 characters, unique per message type for us as sender,
   * TR056): taken from the id the received 323 was logged under, so it is stable for that 323.
   */
  static String identification(UUID received) {
    return received.toString().replace("-", "").substring(0, 12);
  }
}
