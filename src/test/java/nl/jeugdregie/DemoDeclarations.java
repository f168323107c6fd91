package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.jeugdregie.billing.Tariffs;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declarations for the demo month, made from its allocations as admin reads them back over HTTP
 * (numbers per municipality from 1 until the first 404): for each allocation running in March 2025
 * one declaration of {@code lines} March lines of one unit at the pack's tariff, references {@code
 * <id>a}, {@code <id>b}, ... The first line is mostly approved; a second identical one is rejected
 * by TR389, so a declaration of two has an approved and a rejected line.
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
    LocalDate first = LocalDate.of(2025, 3, 1);
    LocalDate last = LocalDate.of(2025, 3, 31);
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
        String unit =
            volume.isMissingNode() || volume.isNull() ? "14" : volume.path("unit").asString();
        PolicyPack pack = catalog.regionOf(municipality, from).orElseThrow();
        Long tariff = Tariffs.tariffCents(pack, category, code.isEmpty() ? null : code, from);
        long cents = tariff == null ? 100 : tariff;
        String id = prefix + municipality + number;
        List<Map<String, Object>> declared = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
          declared.add(line(id + (char) ('a' + i), number, category, code, from, to, unit, cents));
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
                    "2025-03",
                    "receivedOn",
                    "2025-04-02",
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
    line.put("tariffCents", cents);
    line.put("amountCents", cents);
    return line;
  }
}
