package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.allocation.ChangeRequests;
import nl.jeugdregie.allocation.ChangeSubmission;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.jw317.Header;
import nl.jeugdregie.ijw.xml.jw317.NieuwProduct;
import nl.jeugdregie.ijw.xml.jw317.Root;
import nl.jeugdregie.ijw.xml.jw317.Verzoek;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A received JW317 verzoek om wijziging (VOW, ijw.md §2.4), answered with a JW318:
 *
 * <ol>
 *   <li>level 2, the content rules ({@link VowRules}): one broken → 0001, nothing processed;
 *   <li>level 4 ({@link ExternalRules}): TR135 on the Dagtekening, TR378 on the Ontvanger, TR381 on
 *       each NieuwProduct's code;
 *   <li>level 3 and the domain: the change request ({@link VowMapping}) is checked against the
 *       client's current allocations and judged whole ({@link ChangeRequests#submit}). Its refusals
 *       with an iJw code reject the whole message with the code on the class concerned: 8187 on the
 *       Client (TR304); 9347, 9349, 9361 and 9374 on the Verzoek; 9350 on the OngewijzigdProduct;
 *       9351, 9357, 9373, 9411 and 9412 on the TeWijzigenProduct. Nothing is stored.
 * </ol>
 *
 * As for a JW315 ({@link VotHandler}): an aanbieder we have never heard of is registered so its
 * request is judged like any uncontracted one, a generic NieuwProduct is rejected with 0233 (not
 * assessed), and a refusal without an iJw code is not the sender's doing and is thrown.
 */
@Component
class VowHandler implements MessageHandler {

  private static final Pattern ITEM =
      Pattern.compile("changeRequest\\.(unchanged|change|new)\\[(\\d+)\\](?:\\.(\\w+))?.*");

  /** The element of a class a field of the change request names. */
  private static final Map<String, String> ELEMENTS =
      Map.of(
          "number", "ToewijzingNummer",
          "desiredStart", "GewensteIngangsdatum",
          "end", "Einddatum",
          "volume", "Omvang",
          "budgetCents", "Budget");

  private final ChangeRequests changes;
  private final Clients clients;
  private final Providers providers;
  private final ExternalRules external;

  VowHandler(ChangeRequests changes, Clients clients, Providers providers, ExternalRules external) {
    this.changes = changes;
    this.clients = clients;
    this.providers = providers;
    this.external = external;
  }

  @Override
  public Set<MessageType> types() {
    return Set.of(MessageType.JW317);
  }

  @Override
  public Handled handle(Actor actor, Received message) {
    IjwXml.Read<Root> read = IjwXml.read(message.xml(), Root.class);
    Root root = read.root();
    Findings findings = new Findings(read.locations());
    VowRules.check(root, findings);
    String bsn = root.getClient().getBsn();
    if (!findings.isEmpty()) return VerzoekRetours.rejectedOnContent(message, pseudonym(bsn));

    external(root, message.today(), findings);
    for (NieuwProduct product : VowRules.added(root.getClient().getVerzoek())) {
      if (VowMapping.isGeneric(product)) {
        findings.add(
            "generic",
            VotHandler.NOT_ASSESSED,
            product,
            null,
            "a generic product (no Product, budget only) cannot be allocated here");
      }
    }
    if (!findings.isEmpty()) return VerzoekRetours.rejected(message, findings, pseudonym(bsn));

    // an aanbieder unknown here has no allocations: its VOW is refused by what it names (9350/9351)
    String agb = root.getHeader().getAfzender();
    if (providers.find(agb).isEmpty()) providers.register(agb, "AGB " + agb);
    ChangeSubmission submission = VowMapping.toDomain(root, message.today());
    try {
      RequestView view = changes.submit(actor, submission);
      return VerzoekRetours.accepted(message, view.client().pseudonym());
    } catch (RouteRefusedException refused) {
      String code = refused.ijwCode();
      if (code == null) throw refused;
      Matcher item = ITEM.matcher(refused.field());
      Object at;
      String element = null;
      if (item.matches()) {
        at = item(root.getClient().getVerzoek(), item.group(1), Integer.parseInt(item.group(2)));
        String field = item.group(3);
        if (field != null) element = ELEMENTS.get(field);
      } else if (refused.field().equals("changeRequest.clientBsn")) {
        at = root.getClient();
        element = "Bsn";
      } else {
        at = root.getClient().getVerzoek();
        if (refused.field().equals("changeRequest.providerReference")) {
          element = "ReferentieAanbieder";
        }
      }
      findings.add(
          VerzoekRetours.ruleOf(code), code, at, element, String.valueOf(refused.getMessage()));
      return VerzoekRetours.rejected(message, findings, pseudonym(bsn));
    }
  }

  /** Level 4: the Dagtekening, the municipality and each new product's code. */
  private void external(Root root, LocalDate today, Findings findings) {
    Header header = root.getHeader();
    external.dated(findings, header, header.getBerichtIdentificatie().getDagtekening(), today);
    String municipality = header.getOntvanger();
    external.municipality(findings, header, "Ontvanger", municipality);
    if (!external.knownMunicipality(municipality)) return; // no product list to judge codes by
    for (NieuwProduct product : VowRules.added(root.getClient().getVerzoek())) {
      CDTProduct p = product.getProduct();
      if (p == null) continue;
      external.productCode(
          findings, product, "Product/Code", municipality, today, p.getCategorie(), p.getCode());
    }
  }

  /** The OngewijzigdProduct, TeWijzigenProduct or NieuwProduct a field's list and index name. */
  private static Object item(Verzoek request, String list, int index) {
    List<?> items =
        switch (list) {
          case "unchanged" -> VowRules.unchanged(request);
          case "change" -> VowRules.changes(request);
          default -> VowRules.added(request);
        };
    return items.get(index);
  }

  private @Nullable String pseudonym(String bsn) {
    if (!Bsn.isValid(bsn)) return null;
    return clients.find(Bsn.of(bsn)).map(Client::pseudonym).orElse(null);
  }
}
