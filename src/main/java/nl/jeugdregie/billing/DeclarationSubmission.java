package nl.jeugdregie.billing;

import static nl.jeugdregie.policy.JsonInput.date;
import static nl.jeugdregie.policy.JsonInput.known;
import static nl.jeugdregie.policy.JsonInput.optionalText;
import static nl.jeugdregie.policy.JsonInput.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.DateWindow;
import nl.jeugdregie.shared.Unit;
import tools.jackson.databind.JsonNode;

/**
 * A monthly declaration as a provider sends it (iJw JW323): one provider, one municipality, one
 * declaration month, its lines grouped per client. Structural errors (a missing field, a date that
 * is no date) refuse the whole declaration with the field named; content errors are return codes on
 * the line they concern.
 *
 * <pre>{@code
 * {"providerAgb": "12345678", "number": "D202503001", "municipality": "0153",
 *  "period": "2025-03", "receivedOn": "2025-04-02",
 *  "clients": [{"bsn": "111222333", "lines": [
 *    {"reference": "R1", "debitCredit": "D", "allocationNumber": 17,
 *     "product": {"category": "45", "code": "45B01"},
 *     "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"},
 *     "volume": {"amount": 600, "unit": "01"}, "tariffCents": 145, "amountCents": 87250}]}]}
 * }</pre>
 */
public record DeclarationSubmission(
    String providerAgb,
    String number,
    String municipality,
    YearMonth period,
    LocalDate receivedOn,
    List<ClientLines> clients,
    String contentHash) {

  public DeclarationSubmission {
    clients = List.copyOf(clients);
  }

  /** The lines declared for one client; {@code index} of each line counts over the declaration. */
  public record ClientLines(Bsn bsn, List<IndexedLine> lines) {
    public ClientLines {
      lines = List.copyOf(lines);
    }
  }

  public record IndexedLine(int index, DeclaredLine line) {}

  public int lineCount() {
    return clients.stream().mapToInt(c -> c.lines().size()).sum();
  }

  private static final String ROOT = "declaration";

  /** iJw LDT_Bedrag and LDT_Volume: a line's amount, tariff and volume are at most 99,999,999. */
  static final long MAX_LINE_VALUE = 99_999_999L;

  /** iJw LDT_TotaalBedrag: a declaration's total is at most 999,999,999,999 cents. */
  static final long MAX_TOTAL_CENTS = 999_999_999_999L;

  /**
   * What every route (JSON, JSON Lines bulk, CLI import, JW323) must meet before anything is judged
   * or stored: the month, receipt and product periods in the {@link DateWindow}, every amount
   * within its iJw type and the total, summed exactly, within LDT_TotaalBedrag. A field outside is
   * bad input, refused whole and named.
   *
   * @throws InvalidRequestException naming the first field outside
   */
  void checkBounds() {
    String month = DateWindow.declarationMonth(period);
    if (month != null) throw new InvalidRequestException(ROOT + ".period", month);
    String received = DateWindow.careDate(receivedOn);
    if (received != null) throw new InvalidRequestException(ROOT + ".receivedOn", received);
    long total = 0;
    for (int c = 0; c < clients.size(); c++) {
      List<IndexedLine> lines = clients.get(c).lines();
      for (int l = 0; l < lines.size(); l++) {
        String path = ROOT + ".clients[" + c + "].lines[" + l + "]";
        DeclaredLine line = lines.get(l).line();
        String start = DateWindow.careDate(line.productPeriod().start());
        if (start != null) {
          throw new InvalidRequestException(path + ".productPeriod.start", start);
        }
        LocalDate lineEnd = line.productPeriod().end();
        String end = lineEnd == null ? null : DateWindow.careDate(lineEnd);
        if (end != null) throw new InvalidRequestException(path + ".productPeriod.end", end);
        atMost(path + ".amountCents", line.amountCents(), MAX_LINE_VALUE, "LDT_Bedrag");
        Long tariff = line.tariffCents();
        if (tariff != null) atMost(path + ".tariffCents", tariff, MAX_LINE_VALUE, "LDT_Bedrag");
        atMost(path + ".volume.amount", line.volume(), MAX_LINE_VALUE, "LDT_Volume");
        try {
          total = Math.addExact(total, line.amountCents());
        } catch (ArithmeticException e) {
          total = Long.MAX_VALUE;
        }
        if (total > MAX_TOTAL_CENTS) {
          throw new InvalidRequestException(
              path + ".amountCents",
              "brings the declaration's total over "
                  + MAX_TOTAL_CENTS
                  + " cents (iJw LDT_TotaalBedrag); split the declaration");
        }
      }
    }
  }

  private static void atMost(String field, long value, long max, String ijwType) {
    if (value > max) {
      throw new InvalidRequestException(
          field, "must be at most " + max + " (iJw " + ijwType + "), got " + value);
    }
  }

  public static DeclarationSubmission parse(JsonNode body) {
    known(
        body,
        ROOT,
        Set.of("providerAgb", "number", "municipality", "period", "receivedOn", "clients"));
    String agb = text(body, "providerAgb", ROOT);
    if (!agb.matches("\\d{8}")) {
      throw new InvalidRequestException(ROOT + ".providerAgb", "must be an 8-digit AGB code");
    }
    String number = text(body, "number", ROOT);
    if (!number.matches("[0-9A-Za-z]{1,12}")) {
      throw new InvalidRequestException(
          ROOT + ".number", "must be 1 to 12 letters or digits (iJw DeclaratieNummer)");
    }
    String municipality = text(body, "municipality", ROOT);
    if (!municipality.matches("\\d{4}")) {
      throw new InvalidRequestException(ROOT + ".municipality", "must be a 4-digit CBS code");
    }
    YearMonth period;
    try {
      period = YearMonth.parse(text(body, "period", ROOT));
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(ROOT + ".period", "must be a month (yyyy-mm)");
    }
    LocalDate received = date(body, "receivedOn", ROOT);
    JsonNode clientList = body.get("clients");
    if (clientList == null || !clientList.isArray() || clientList.isEmpty()) {
      throw new InvalidRequestException(ROOT + ".clients", "must be a non-empty list");
    }
    List<ClientLines> clients = new ArrayList<>();
    int index = 0;
    for (int c = 0; c < clientList.size(); c++) {
      String path = ROOT + ".clients[" + c + "]";
      JsonNode client = clientList.get(c);
      known(client, path, Set.of("bsn", "lines"));
      String bsn = text(client, "bsn", path);
      if (!Bsn.isValid(bsn)) {
        throw new InvalidRequestException(path + ".bsn", "must be 9 digits that pass the 11-proef");
      }
      JsonNode lines = client.get("lines");
      if (lines == null || !lines.isArray() || lines.isEmpty()) {
        throw new InvalidRequestException(path + ".lines", "must be a non-empty list");
      }
      List<IndexedLine> parsed = new ArrayList<>();
      for (int l = 0; l < lines.size(); l++) {
        parsed.add(new IndexedLine(index++, line(lines.get(l), path + ".lines[" + l + "]")));
      }
      clients.add(new ClientLines(Bsn.of(bsn), parsed));
    }
    DeclarationSubmission declaration =
        new DeclarationSubmission(
            agb, number, municipality, period, received, clients, hash(body.toString()));
    declaration.checkBounds();
    return declaration;
  }

  private static DeclaredLine line(JsonNode line, String path) {
    known(
        line,
        path,
        Set.of(
            "reference",
            "previousReference",
            "debitCredit",
            "allocationNumber",
            "product",
            "productPeriod",
            "volume",
            "tariffCents",
            "amountCents"));
    String reference = text(line, "reference", path);
    if (reference.length() > 20) {
      throw new InvalidRequestException(path + ".reference", "must be 1 to 20 characters");
    }
    String previous = optionalText(line, "previousReference");
    if (previous != null && previous.length() > 20) {
      throw new InvalidRequestException(path + ".previousReference", "must be 1 to 20 characters");
    }
    DebitCredit debitCredit;
    try {
      debitCredit = DebitCredit.parse(text(line, "debitCredit", path));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(path + ".debitCredit", "must be D or C");
    }
    long allocation = whole(line, "allocationNumber", path);
    JsonNode product = line.get("product");
    known(product, path + ".product", Set.of("category", "code"));
    String category = text(product, "category", path + ".product");
    if (!category.matches("\\d{2}")) {
      throw new InvalidRequestException(path + ".product.category", "must be 2 digits (JZ020)");
    }
    String code = optionalText(product, "code");
    JsonNode periodNode = line.get("productPeriod");
    known(periodNode, path + ".productPeriod", Set.of("start", "end"));
    LocalDate start = date(periodNode, "start", path + ".productPeriod");
    LocalDate end = date(periodNode, "end", path + ".productPeriod");
    if (end.isBefore(start)) {
      throw new InvalidRequestException(
          path + ".productPeriod.end", "is before its start " + start);
    }
    JsonNode volume = line.get("volume");
    known(volume, path + ".volume", Set.of("amount", "unit"));
    long amount = whole(volume, "amount", path + ".volume");
    Unit unit;
    try {
      unit = Unit.parse(text(volume, "unit", path + ".volume"));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(path + ".volume.unit", String.valueOf(e.getMessage()));
    }
    Long tariff =
        line.has("tariffCents") && !line.get("tariffCents").isNull()
            ? whole(line, "tariffCents", path)
            : null;
    long amountCents = whole(line, "amountCents", path);
    if (allocation > Integer.MAX_VALUE) {
      throw new InvalidRequestException(path + ".allocationNumber", "is too large");
    }
    return new DeclaredLine(
        reference,
        previous,
        debitCredit,
        (int) allocation,
        category,
        code == null ? null : code.toUpperCase(java.util.Locale.ROOT),
        DateRange.of(start, end),
        amount,
        unit,
        tariff,
        amountCents);
  }

  private static long whole(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidRequestException(path + "." + field, "is required");
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
      throw new InvalidRequestException(path + "." + field, "must be a whole number, 0 or more");
    }
    return value.asLong();
  }

  /** The content's fingerprint: a resubmission with the same number must be the same content. */
  private static String hash(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
