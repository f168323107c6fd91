package nl.jeugdregie.screens;

import java.time.LocalDate;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests for the browser tests, made through the services as a provider makes them: Twente,
 * Enschede (0153), 'Behandeling individueel' (45B01) for a client born in 2014, referred by a GP
 * two weeks before receipt. Under 6,000 minutes a request is allocated at once; above it goes to
 * investigation (R-TWE-2).
 */
final class TwenteRequests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Requests requests;
  private final Providers providers;

  TwenteRequests(Requests requests, Providers providers) {
    this.requests = requests;
    this.providers = providers;
  }

  /** Registers the provider (if new) with a Twente contract for category 45 from 2025. */
  void contracted(String agb, String name) {
    if (providers.find(agb).isEmpty()) providers.register(agb, name);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
  }

  /** One request, as {@code user} of the provider {@code agb}, for the period start to end. */
  RequestView submit(
      String user,
      String agb,
      String reference,
      LocalDate receivedOn,
      LocalDate start,
      LocalDate end,
      int minutes,
      String bsn,
      @Nullable String clientName) {
    var body =
        JSON.readTree(
            """
            {"kind": "INITIAL", "receivedOn": "%s", "municipality": "0153",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "%s"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "%s", "end": "%s"},
             "volume": {"amount": %d, "unit": "01", "frequency": "6"},
             "clientBsn": "%s", %s"providerAgb": "%s", "providerReference": "%s"}
            """
                .formatted(
                    receivedOn,
                    receivedOn.minusDays(14),
                    start,
                    end,
                    minutes,
                    bsn,
                    clientName == null ? "" : "\"clientName\": \"" + clientName + "\", ",
                    agb,
                    reference));
    return requests.submit(Actor.provider(user, agb), RequestSubmission.parse(body));
  }
}
