package nl.jeugdregie.example;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import nl.jeugdregie.client.ApiClient;
import nl.jeugdregie.client.ApiException;
import nl.jeugdregie.client.api.RequestControllerApi;
import nl.jeugdregie.client.api.RequestListControllerApi;
import nl.jeugdregie.client.model.AllocationRequestBody;
import nl.jeugdregie.client.model.CaseloadRow;
import nl.jeugdregie.client.model.ClientBody;
import nl.jeugdregie.client.model.PageCaseloadRow;
import nl.jeugdregie.client.model.PeriodBody;
import nl.jeugdregie.client.model.ProductBody;
import nl.jeugdregie.client.model.ReferrerBody;
import nl.jeugdregie.client.model.RequestView;
import nl.jeugdregie.client.model.VolumeBody;

/**
 * The generated client as a provider and an access team would use it: a typed allocation request
 * (the README's first walkthrough step), then the team's caseload. It only has to compile here: if
 * a body were documented as a string again, or a list lost its paging, this would not.
 *
 * <p>Run it against a server: {@code ClientUse http://localhost:8080}.
 */
public final class ClientUse {

  private ClientUse() {}

  public static void main(String[] args) throws ApiException {
    String server = args.length > 0 ? args[0] : "http://localhost:8080";

    AllocationRequestBody request =
        new AllocationRequestBody()
            .clientBsn("123456782")
            .providerAgb("12345678")
            .providerReference("V-2025-001")
            .kind("INITIAL")
            .receivedOn(LocalDate.of(2025, 3, 3))
            .municipality("0153")
            .client(new ClientBody().birthDate(LocalDate.of(2014, 5, 1)))
            .referrer(new ReferrerBody().type("02").letterDate(LocalDate.of(2025, 2, 1)))
            .product(new ProductBody().category("45").code("45B01"))
            .period(
                new PeriodBody().start(LocalDate.of(2025, 3, 10)).end(LocalDate.of(2025, 12, 31)))
            .volume(new VolumeBody().amount(7000L).unit("01").frequency("6"));
    RequestView view =
        new RequestControllerApi(signedIn(server, "aanbieder-1")).submit(request, "V-2025-001");
    System.out.println(view.getId() + " " + view.getState());

    PageCaseloadRow caseload =
        new RequestListControllerApi(signedIn(server, "toegang-twente"))
            .caseload("0153", null, null, null, null, 0, 50, null);
    System.out.println(caseload.getTotal() + " waiting");
    for (CaseloadRow row : caseload.getItems()) {
      System.out.println(row);
    }
  }

  private static ApiClient signedIn(String server, String user) {
    String basic =
        Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    ApiClient client = new ApiClient();
    client.updateBaseUri(server);
    client.setRequestInterceptor(builder -> builder.header("Authorization", "Basic " + basic));
    return client;
  }
}
