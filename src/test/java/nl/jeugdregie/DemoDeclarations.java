package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.jeugdregie.billing.Tariffs;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declarations made from the demo's allocations as admin reads them back over HTTP (numbers per
 * municipality from 1 until the first 404), for the <b>current month</b>: the demo month is the
 * last complete month before today (the jar tests set no {@code JEUGDREGIE_DEMO_MONTH}) and the
 * demo has declared it itself, so a line for that month would meet the demo's own line (TR389) and
 * an earlier month would go back (TR318, 409). The current month is the first one the demo left
 * free; the declarations are dated the first day of the next month, so the product period does not
 * end after the declaration date (TR137); the date window allows care dates up to 5 years ahead.
 *
 * <p>For each allocation running in the current month whose product has a tariff that year (or is
 * paid in euros, unit 83) one declaration of {@code lines} lines of one unit (or 1 euro),
 * references {@code <id>a}, {@code <id>b}, ... The first line is mostly approved; a second
 * identical one is rejected by TR389, so a declaration of two has an approved and a rejected line.
 * Allocations of a product without a tariff that year are left out: every line on them would be
 * rejected (TR418).
 */
public final class DemoDeclarations {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DemoDeclarations() {}

  /**
   * One declaration (JSON) per allocation, numbered {@code prefix + municipality + number}, at most
   * {@code perMunicipality} allocations of each municipality looked at, in a stable order.
   */
  public static List<String> of(JarServer server, String prefix, int lines, int perMunicipality)
      throws Exception {
    PolicyCatalog catalog = PolicyCatalog.load(null);
    TreeSet<String> municipalities = new TreeSet<>();
    for (PolicyPack pack : catalog.all()) municipalities.addAll(pack.municipalities().keySet());
    List<String> declarations = new ArrayList<>();
    YearMonth month = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    for (String municipality : municipalities) {
      for (int number = 1; number <= perMunicipality; number++) {
        HttpResponse<String> response =
            server.get("/api/v1/allocations/" + municipality + "/" + number, "admin");
        if (response.statusCode() == 404) break;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode a = JSON.readTree(response.body());
        JsonNode current = a.path("current");
        LocalDate start = LocalDate.parse(current.path("period").path("start").asString());
        String endText = current.path("period").path("end").asString("");
        LocalDate end = endText.isEmpty() ? last : LocalDate.parse(endText);
        if (start.isAfter(last) || end.isBefore(first)) continue;
        LocalDate from = start.isAfter(first) ? start : first;
        LocalDate to = end.isBefore(last) ? end : last;
        String category = a.path("product").path("category").asString();
        String code = a.path("product").path("code").asString("");
        JsonNode volume = current.path("volume");
        PolicyPack pack = catalog.regionOf(municipality, from).orElseThrow();
        @Nullable Product product = code.isEmpty() ? null : pack.products().get(code);
        // the allocation's unit: its volume's, else the contract's (the product's, or euros)
        String unit =
            volume.isMissingNode() || volume.isNull()
                ? (product == null ? Unit.EUROS : product.unit()).code()
                : volume.path("unit").asString();
        Long tariff = null;
        long cents = 100;
        if (!unit.equals(Unit.EUROS.code())) {
          tariff = Tariffs.tariffCents(pack, category, code.isEmpty() ? null : code, from);
          if (tariff == null) continue; // no tariff this year: TR418 would reject every line
          cents = tariff;
        }
        String id = prefix + municipality + number;
        List<Map<String, Object>> declared = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
          declared.add(
              line(id + (char) ('a' + i), number, category, code, from, to, unit, tariff, cents));
        }
        declarations.add(
            JSON.writeValueAsString(
                Map.of(
                    "providerAgb",
                    a.path("providerAgb").asString(),
                    "number",
                    id,
                    "municipality",
                    municipality,
                    "period",
                    month.toString(),
                    "receivedOn",
                    month.plusMonths(1).atDay(1).toString(),
                    "clients",
                    List.of(
                        Map.of(
                            "bsn", a.path("client").path("bsn").asString(), "lines", declared)))));
      }
    }
    return declarations;
  }

  private static Map<String, Object> line(
      String reference,
      int allocation,
      String category,
      String code,
      LocalDate from,
      LocalDate to,
      String unit,
      @Nullable Long tariff,
      long cents) {
    Map<String, Object> product = new TreeMap<>();
    product.put("category", category);
    if (!code.isEmpty()) product.put("code", code);
    Map<String, Object> line = new TreeMap<>();
    line.put("reference", reference);
    line.put("debitCredit", "D");
    line.put("allocationNumber", allocation);
    line.put("product", product);
    line.put("productPeriod", Map.of("start", from.toString(), "end", to.toString()));
    line.put("volume", Map.of("amount", 1, "unit", unit));
    if (tariff != null) line.put("tariffCents", tariff);
    line.put("amountCents", cents);
    return line;
  }
}
