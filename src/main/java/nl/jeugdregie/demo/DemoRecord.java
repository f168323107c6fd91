package nl.jeugdregie.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.allocation.EndReport;
import nl.jeugdregie.allocation.RejectionReason;
import nl.jeugdregie.allocation.StopReason;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step of a demo month, in the order the loader applies them. Requests, decisions, starts and
 * stops name the request by the provider's AGB code and its own reference (unique per provider, iJw
 * TR347), as a provider's systems would.
 */
public sealed interface DemoRecord {

  /** The record as one JSON object with a {@code "record"} type field (a JSON Lines line). */
  ObjectNode toJson();

  /** A care provider. */
  record ProviderRecord(String agb, String name) implements DemoRecord {
    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("provider");
      node.put("agb", agb);
      node.put("name", name);
      return node;
    }
  }

  /**
   * A provider's contract with a region for one product, or for a whole category ({@code
   * productCode} null) where the region allocates category-only (IJsselland's keuzebudget).
   */
  record ContractRecord(
      String agb, String region, String category, @Nullable String productCode, LocalDate validFrom)
      implements DemoRecord {
    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("contract");
      node.put("agb", agb);
      node.put("region", region);
      node.put("category", category);
      if (productCode != null) node.put("productCode", productCode);
      node.put("validFrom", validFrom.toString());
      return node;
    }
  }

  /**
   * An allocation request: the full {@code POST /api/v1/requests} body (decision-contract request
   * plus clientBsn, clientName, providerAgb, providerReference). The node is shared, not copied:
   * treat it as read-only.
   */
  record RequestRecord(ObjectNode body) implements DemoRecord {
    public String providerAgb() {
      return body.get("providerAgb").asString();
    }

    public String providerReference() {
      return body.get("providerReference").asString();
    }

    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("request");
      node.set("body", body.deepCopy());
      return node;
    }
  }

  /**
   * The provider's accepted screening of the client before its request, in a region whose pack asks
   * for one (IJsselland R-IJS-4, 001 §4.2.1.4); dated on the day the request is sent.
   */
  record ScreeningRecord(
      String providerAgb,
      String clientBsn,
      LocalDate birthDate,
      String municipality,
      LocalDate date)
      implements DemoRecord {
    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("screening");
      node.put("providerAgb", providerAgb);
      node.put("clientBsn", clientBsn);
      node.put("birthDate", birthDate.toString());
      node.put("municipality", municipality);
      node.put("date", date.toString());
      return node;
    }
  }

  /**
   * The access team records the BRP address and sex (iJw COD046) of the client of a request, so the
   * client's JW301 can be made (iJw TR061). Follows the request it names; skipped when that request
   * was refused.
   */
  record AddressRecord(
      String providerAgb,
      String providerReference,
      String street,
      int houseNumber,
      @Nullable String houseLetter,
      String postcode,
      String city,
      String gender)
      implements DemoRecord {
    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("address");
      node.put("providerAgb", providerAgb);
      node.put("providerReference", providerReference);
      node.put("street", street);
      node.put("houseNumber", houseNumber);
      if (houseLetter != null) node.put("houseLetter", houseLetter);
      node.put("postcode", postcode);
      node.put("city", city);
      node.put("gender", gender);
      return node;
    }
  }

  /**
   * The access team's later decision on a request the generator expects to land in investigation.
   * The generator cannot know the engine's outcome, so the loader applies it only when that request
   * is in investigation, and skips it otherwise.
   */
  record DecisionRecord(
      String providerAgb,
      String providerReference,
      LocalDate date,
      boolean approve,
      @Nullable RejectionReason rejectionReason,
      String note)
      implements DemoRecord {
    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("decision");
      node.put("providerAgb", providerAgb);
      node.put("providerReference", providerReference);
      node.put("date", date.toString());
      node.put("outcome", approve ? "APPROVE" : "REJECT");
      if (rejectionReason != null) node.put("rejectionReason", rejectionReason.code());
      node.put("note", note);
      return node;
    }
  }

  /** The provider starts delivery (JW305) on the allocation the request led to, if any. */
  record StartRecord(String providerAgb, String providerReference, LocalDate date)
      implements DemoRecord {
    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("start");
      node.put("providerAgb", providerAgb);
      node.put("providerReference", providerReference);
      node.put("date", date.toString());
      return node;
    }
  }

  /**
   * The provider stops delivery (JW307) on the allocation the request led to, if any; in the
   * history a definitive stop may carry the end-of-care report (R-NLI-1, R-IJS-11) and, where the
   * region asks it (IJsselland R-IJS-8), the day the referrer was consulted beforehand.
   */
  record StopRecord(
      String providerAgb,
      String providerReference,
      LocalDate date,
      StopReason reason,
      @Nullable EndReport report,
      @Nullable LocalDate referrerConsultedOn)
      implements DemoRecord {

    /** A stop without report or consultation (the demo month's). */
    StopRecord(String providerAgb, String providerReference, LocalDate date, StopReason reason) {
      this(providerAgb, providerReference, date, reason, null, null);
    }

    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("stop");
      node.put("providerAgb", providerAgb);
      node.put("providerReference", providerReference);
      node.put("date", date.toString());
      node.put("reason", reason.code());
      if (referrerConsultedOn != null) {
        node.put("referrerConsultedOn", referrerConsultedOn.toString());
      }
      if (report != null) {
        node.put("goalsReached", report.goals().name());
        if (report.inTime() != null) node.put("goalsInTime", report.inTime());
      }
      return node;
    }
  }

  /**
   * A provider's monthly declaration to one municipality (iJw JW323, {@code POST
   * /api/v1/declarations}): the care it delivered in {@code period} on the allocations its requests
   * led to. The generator cannot know allocation numbers, so each line names its request by the
   * provider's reference; the loader puts in the allocation number, drops lines whose request led
   * to no allocation, and books the rest through the real service, which judges every line.
   */
  record DeclarationRecord(
      String providerAgb,
      String municipality,
      String number,
      YearMonth period,
      LocalDate receivedOn,
      List<DeclarationLine> lines)
      implements DemoRecord {

    public DeclarationRecord {
      lines = List.copyOf(lines);
    }

    @Override
    public ObjectNode toJson() {
      ObjectNode node = start("declaration");
      node.put("providerAgb", providerAgb);
      node.put("municipality", municipality);
      node.put("number", number);
      node.put("period", period.toString());
      node.put("receivedOn", receivedOn.toString());
      var array = node.putArray("lines");
      for (DeclarationLine line : lines) array.add(line.toJson());
      return node;
    }
  }

  /**
   * One debit line of a {@link DeclarationRecord}: product, product period, volume in the
   * allocation's unit, the contract tariff ({@code null} in euros, unit 83) and the amount. {@code
   * overAllocation} marks the few lines the generator makes too large on purpose, so the demo's
   * verdicts show rejections too.
   */
  record DeclarationLine(
      String providerReference,
      String clientBsn,
      String reference,
      String category,
      @Nullable String productCode,
      LocalDate start,
      LocalDate end,
      long volume,
      String unit,
      @Nullable Long tariffCents,
      long amountCents,
      boolean overAllocation) {

    ObjectNode toJson() {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("providerReference", providerReference);
      node.put("clientBsn", clientBsn);
      node.put("reference", reference);
      node.put("category", category);
      if (productCode != null) node.put("productCode", productCode);
      node.put("start", start.toString());
      node.put("end", end.toString());
      node.put("volume", volume);
      node.put("unit", unit);
      if (tariffCents != null) node.put("tariffCents", tariffCents);
      node.put("amountCents", amountCents);
      if (overAllocation) node.put("overAllocation", true);
      return node;
    }
  }

  private static ObjectNode start(String type) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("record", type);
    return node;
  }
}
