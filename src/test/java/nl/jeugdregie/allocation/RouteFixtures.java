package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test data for the client route: fresh BSNs and provider codes per test (the database is shared by
 * the tests of one run), contracted providers, and request bodies built from the decision contract.
 */
final class RouteFixtures {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private RouteFixtures() {}

  /** A random BSN that passes the 11-proef. */
  static String bsn() {
    return nl.jeugdregie.TestData.bsn();
  }

  /** A random AGB code not used by the demo accounts. */
  static String agb() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
  }

  static String reference() {
    return "T-" + ThreadLocalRandom.current().nextLong(1L << 40);
  }

  /** Registers a provider contracted for every product of the category in the region. */
  static String contractedProvider(Providers providers, String region, String... categories) {
    String agb = agb();
    providers.register(agb, "Zorgaanbieder " + agb);
    for (String category : categories) {
      providers.contract(new Contract(agb, region, category, null, LocalDate.of(2020, 1, 1), null));
    }
    return agb;
  }

  /** Twente: individual treatment of 7000 minutes without prior contact (R-TWE-2: investigate). */
  static ObjectNode twenteOver6000Minutes(String bsn, String agb, String reference) {
    return parse(
        """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
         "client": {"birthDate": "2014-05-01"},
         "referrer": {"type": "02", "letterDate": "2025-02-01"},
         "product": {"category": "45", "code": "45B01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": 7000, "unit": "01", "frequency": "6"}}
        """,
        bsn,
        agb,
        reference);
  }

  /** Amersfoort: ambulant treatment referred by a GP at intervention level 1 (R-AMF-1: approve). */
  static ObjectNode amersfoortLevel1(String bsn, String agb, String reference) {
    return parse(
        """
        {"kind": "INITIAL", "receivedOn": "2020-07-06", "municipality": "0307",
         "client": {"birthDate": "2010-05-12"},
         "referrer": {"type": "02", "letterDate": "2020-06-20"},
         "product": {"category": "45", "code": "45A01"},
         "period": {"start": "2020-07-13", "end": "2021-01-12"},
         "budget": {"scheme": "INTERVENTION_LEVEL", "level": 1}}
        """,
        bsn,
        agb,
        reference);
  }

  static ObjectNode parse(String decisionRequest, String bsn, String agb, String reference) {
    ObjectNode body = (ObjectNode) JSON.readTree(decisionRequest);
    body.put("clientBsn", bsn);
    body.put("providerAgb", agb);
    body.put("providerReference", reference);
    return body;
  }
}
