package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.ijw.xml.basis.CDTProduct;
import nl.jeugdregie.ijw.xml.jw315.AangevraagdProduct;
import nl.jeugdregie.ijw.xml.jw315.Header;
import nl.jeugdregie.ijw.xml.jw315.Root;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A received JW315 verzoek om toewijzing (VOT, ijw.md §2.3), answered with a JW316:
 *
 * <ol>
 *   <li>level 2, the content rules ({@link VotRules}): one broken → 0001, nothing processed;
 *   <li>level 4 ({@link ExternalRules}): TR135 on the Dagtekening, TR378 on the Ontvanger, TR381 on
 *       each product code, in the product list the domain judges by (the region's pack in force on
 *       receipt);
 *   <li>the domain: every AangevraagdProduct becomes an allocation request ({@link VotMapping}),
 *       judged and stored together ({@link Requests#submitAll}). Its refusals with an iJw code
 *       (9347 on the AangevraagdProduct, 9374 on the Client) reject the whole message with the code
 *       on that class; nothing is stored.
 * </ol>
 *
 * What the sender cannot know does not reject the message (OP095): an aanbieder without a contract
 * (even one we have never heard of) gets its requests stored and rejected by the route with WJ759 3
 * "Geen contract", in the JW319 that follows an accepting JW316 (FAQ). A generic product (no
 * Product) the domain cannot request: the message is rejected with 0233 (not assessed) on that
 * product. A refusal of the domain without an iJw code (the actor may not send for this AGB, no
 * region in force for the municipality) is not the sender's doing and is thrown for the inbox.
 */
@Component
class VotHandler implements MessageHandler {

  /** WJ001 0233: Berichtklasse is niet beoordeeld. */
  static final String NOT_ASSESSED = "0233";

  private static final Pattern PRODUCT = Pattern.compile("products\\[(\\d+)\\](?:\\.(\\w+))?.*");

  private final Requests requests;
  private final Clients clients;
  private final Providers providers;
  private final ExternalRules external;

  VotHandler(Requests requests, Clients clients, Providers providers, ExternalRules external) {
    this.requests = requests;
    this.clients = clients;
    this.providers = providers;
    this.external = external;
  }

  @Override
  public Set<MessageType> types() {
    return Set.of(MessageType.JW315);
  }

  @Override
  public Handled handle(Actor actor, Received message) {
    IjwXml.Read<Root> read = IjwXml.read(message.xml(), Root.class);
    Root root = read.root();
    Findings findings = new Findings(read.locations());
    VotRules.check(root, findings);
    String bsn = root.getClient().getBsn();
    if (!findings.isEmpty()) return VerzoekRetours.rejectedOnContent(message, pseudonym(bsn));

    external(root, message.today(), findings);
    for (AangevraagdProduct product : VotRules.products(root)) {
      if (VotMapping.isGeneric(product)) {
        findings.add(
            "generic",
            NOT_ASSESSED,
            product,
            null,
            "a generic product (no Product, budget only) cannot be requested here");
      }
    }
    if (!findings.isEmpty()) return VerzoekRetours.rejected(message, findings, pseudonym(bsn));

    // an aanbieder unknown here has no contract: its requests are stored and rejected (WJ759 3)
    String agb = root.getHeader().getAfzender();
    if (providers.find(agb).isEmpty()) providers.register(agb, "AGB " + agb);
    // OP039: the birth date is the sender's administration and no key; a known client keeps ours
    Optional<Client> known = clients.find(Bsn.of(bsn));
    LocalDate birthDate =
        known.map(Client::birthDate).orElse(root.getClient().getGeboortedatum().getDatum());
    List<RequestSubmission> submissions = VotMapping.toDomain(root, message.today(), birthDate);
    try {
      List<RequestView> views = requests.submitAll(actor, submissions);
      return VerzoekRetours.accepted(message, views.getFirst().client().pseudonym());
    } catch (RouteRefusedException refused) {
      String code = refused.ijwCode();
      if (code == null) throw refused;
      Object at = refusedClass(root, refused.field());
      findings.add(
          VerzoekRetours.ruleOf(code),
          code,
          at,
          element(refused.field()),
          String.valueOf(refused.getMessage()));
      return VerzoekRetours.rejected(message, findings, pseudonym(bsn));
    }
  }

  /** Level 4: the Dagtekening, the municipality and each product code. */
  private void external(Root root, LocalDate today, Findings findings) {
    Header header = root.getHeader();
    external.dated(findings, header, header.getBerichtIdentificatie().getDagtekening(), today);
    String municipality = header.getOntvanger();
    external.municipality(findings, header, "Ontvanger", municipality);
    if (!external.knownMunicipality(municipality)) return; // no product list to judge codes by
    for (AangevraagdProduct product : VotRules.products(root)) {
      CDTProduct p = product.getProduct();
      if (p == null) continue;
      external.productCode(
          findings, product, "Product/Code", municipality, today, p.getCategorie(), p.getCode());
    }
  }

  /** The class a refusal of {@link Requests#submitAll} concerns: its product, else the client. */
  private static Object refusedClass(Root root, String field) {
    Matcher m = PRODUCT.matcher(field);
    if (m.matches()) return VotRules.products(root).get(Integer.parseInt(m.group(1)));
    return root.getClient();
  }

  private static @Nullable String element(String field) {
    Matcher m = PRODUCT.matcher(field);
    return m.matches() && "providerReference".equals(m.group(2)) ? "ReferentieAanbieder" : null;
  }

  private @Nullable String pseudonym(String bsn) {
    if (!Bsn.isValid(bsn)) return null;
    return clients.find(Bsn.of(bsn)).map(Client::pseudonym).orElse(null);
  }
}
