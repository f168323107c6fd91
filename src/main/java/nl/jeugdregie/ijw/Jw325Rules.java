package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.ijw.xml.basis.CDTBerichtIdentificatie;
import nl.jeugdregie.ijw.xml.basis.CDTXsdVersie;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * The rules on the JW325 we send, checked against the JW323 it answers before it leaves: breaking
 * one is our bug, so the 325 is never sent (like a 325 that fails its XSD).
 *
 * <ul>
 *   <li>TR337: DeclaratieIdentificatie is the 323's BerichtIdentificatie.
 *   <li>TR371: XsdVersieDeclaratie is the 323's XsdVersie.
 *   <li>TR376: DeclaratieNummer is the 323's.
 *   <li>TR366 (9366): every returned Prestatie is one of the 323, by its ProductReferentie (with
 *       its Client's Bsn: the logical key, ijw.md §3.13).
 *   <li>TR367 (9367): a returned Prestatie has the values it was declared with.
 *   <li>TR342 (0001): only the rejected prestaties are returned, and they add up to
 *       TotaalIngediendBedrag minus TotaalToegekendBedrag (unless the Declaratie was rejected
 *       whole, when nothing was judged and TotaalToegekendBedrag is 0).
 * </ul>
 */
@IjwRules({"TR337", "TR342", "TR366", "TR367", "TR371", "TR376"})
final class Jw325Rules {

  /** A prestatie's logical key in the 323 and 325. */
  record Key(String bsn, String reference, @Nullable String previousReference) {
    static Key of(String bsn, DeclaredLine line) {
      return new Key(bsn, line.reference(), line.previousReference());
    }
  }

  private Jw325Rules() {}

  /**
   * Checks {@code reply} against the 323 it answers; {@code rejected} are the keys of the
   * prestaties billing rejected (empty when none was judged).
   *
   * @throws IllegalStateException naming every rule broken
   */
  static void check(Jw325 reply, Jw323Reader.Jw323 declaration, Set<Key> rejected) {
    List<String> broken = new ArrayList<>();
    CDTBerichtIdentificatie identification = declaration.header().getBerichtIdentificatie();
    if (!reply.declarationIdentification().equals(identification.getIdentificatie())
        || !reply.declarationDated().equals(identification.getDagtekening())) {
      broken.add("TR337: DeclaratieIdentificatie is not the 323's BerichtIdentificatie");
    }
    CDTXsdVersie versions = declaration.header().getXsdVersie();
    if (!reply
        .declarationXsd()
        .equals(
            new Jw325.Versions(
                versions.getBasisschemaXsdVersie(), versions.getBerichtXsdVersie()))) {
      broken.add("TR371: XsdVersieDeclaratie is not the 323's XsdVersie");
    }
    Jw325.Answer answer = reply.answer();
    if (answer != null) {
      if (!answer.number().equals(declaration.number())) {
        broken.add("TR376: DeclaratieNummer " + answer.number() + " is not the 323's");
      }
      prestaties(answer, declaration.submission(), rejected, broken);
    }
    if (!broken.isEmpty()) {
      throw new IllegalStateException(
          "the JW325 we would send breaks " + String.join("; ", broken));
    }
  }

  private static void prestaties(
      Jw325.Answer answer,
      @Nullable DeclarationSubmission submission,
      Set<Key> rejected,
      List<String> broken) {
    boolean judged =
        answer.codes().contains(DeclarationHandler.FULLY_GRANTED)
            || answer.codes().contains(Retours.NO_REMARK);
    if (!judged) {
      if (!answer.clients().isEmpty() || answer.grantedCents() != 0) {
        broken.add("TR342: a Declaratie rejected whole returns no prestaties and grants 0");
      }
      return;
    }
    Map<Key, DeclaredLine> returned = new HashMap<>();
    long returnedCents = 0;
    for (Jw325.RejectedClient client : answer.clients()) {
      for (Jw325.RejectedLine line : client.lines()) {
        returned.put(Key.of(client.bsn().value(), line.line()), line.line());
        long amount = line.line().amountCents();
        returnedCents += line.line().debitCredit().code().equals("C") ? -amount : amount;
      }
    }
    Map<Key, DeclaredLine> declared = declared(submission, returned.keySet());
    for (Map.Entry<Key, DeclaredLine> entry : returned.entrySet()) {
      DeclaredLine original = declared.get(entry.getKey());
      if (original == null) {
        broken.add("TR366: prestatie " + entry.getKey().reference() + " is not in the 323");
      } else if (!original.equals(entry.getValue())) {
        broken.add("TR367: prestatie " + entry.getKey().reference() + " differs from the 323's");
      }
    }
    if (!returned.keySet().equals(rejected)) {
      broken.add(
          "TR342: "
              + returned.size()
              + " prestaties returned, "
              + rejected.size()
              + " rejected, or not the same ones");
    }
    if (returnedCents != answer.submittedCents() - answer.grantedCents()) {
      broken.add(
          "TR342: the returned prestaties add up to "
              + returnedCents
              + ", not submitted "
              + answer.submittedCents()
              + " minus granted "
              + answer.grantedCents());
    }
  }

  /** The 323's lines with the {@code wanted} keys, in one pass. */
  private static Map<Key, DeclaredLine> declared(
      @Nullable DeclarationSubmission submission, Set<Key> wanted) {
    Map<Key, DeclaredLine> found = new HashMap<>();
    for (ClientLines client : Objects.requireNonNull(submission).clients()) {
      for (IndexedLine indexed : client.lines()) {
        Key key = Key.of(client.bsn().value(), indexed.line());
        if (wanted.contains(key)) found.put(key, indexed.line());
      }
    }
    return found;
  }
}
