package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.DeliveryState;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.RequestOutcome;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Address;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.clients.Gender;
import nl.jeugdregie.outbox.Outbox;
import nl.jeugdregie.outbox.OutboxEntry;
import nl.jeugdregie.outbox.OutboxFilter;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The provider's care route in a real browser (issue 12): aanbieder-1 sends a new request through
 * the form (first with a wrong BSN: a Dutch error beside the field, nothing stored), sees the
 * engine's immediate decision (Twente under 6,000 minutes and a year: approved, R-TWE-2), finds the
 * allocation in its toewijzingen by the filters, opens it, is refused a stop before any start
 * (TR382), starts delivery, files a change request, and finds the JW301 made for the allocation in
 * its berichten and downloads it. Every step is checked against what the services hold.
 */
class ProviderCareRouteTest extends BrowserTest {

  private static final String AGB = "12345678";
  private static final Actor AANBIEDER_1 = Actor.provider("aanbieder-1", AGB);
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Autowired Providers providers;
  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired AllocationList lists;
  @Autowired Outbox outbox;
  @Autowired Clients clients;
  @Autowired Clock clock;

  @Test
  void aProviderRequestsFindsStartsAndChangesCareAndFetchesItsMessage() throws Exception {
    if (providers.find(AGB).isEmpty()) providers.register(AGB, "Aanbieder 1");
    providers.contract(new Contract(AGB, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    LocalDate today = LocalDate.now(clock);
    LocalDate end = today.plusWeeks(10);
    String bsn = TestData.bsn();
    String reference = "WEB-" + TestData.agb();
    long allocationsBefore = total(AllocationFilter.none());

    signInFresh("aanbieder-1");
    open("/app/aanvragen/nieuw");
    assertThat(heading()).isEqualTo("Nieuwe aanvraag");
    new Select(browser.findElement(By.id("municipality"))).selectByValue("0153");
    type("clientBsn", "12345");
    type("clientName", "Sanne de Wit");
    date("clientBirthDate", LocalDate.of(2014, 5, 1));
    new Select(browser.findElement(By.id("referrerType"))).selectByValue("GP");
    date("letterDate", today.minusDays(14));
    type("category", "45");
    type("productCode", "45B01");
    date("periodStart", today);
    date("periodEnd", end);
    type("volumeAmount", "600");
    type("reference", reference);

    // a BSN of 5 digits: the error in Dutch beside the field, naming it; nothing is stored
    WebElement error =
        clickAndWaitFor(
            browser.findElement(By.cssSelector("#aanvraag button[type=submit]")),
            By.id("clientBsn-fout"));
    assertThat(error.getText()).isEqualTo("BSN van de cli\u00ebnt bestaat uit 9 cijfers.");
    assertThat(error.getAttribute("role")).isEqualTo("alert");
    WebElement bsnField = browser.findElement(By.id("clientBsn"));
    assertThat(bsnField.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(bsnField.getAttribute("aria-describedby")).isEqualTo("clientBsn-fout");
    assertThat(browser.findElement(By.id("fouten")).getText())
        .startsWith("De aanvraag is niet ingediend.");
    assertThat(requests.outcome(AGB, reference)).isEmpty();
    assertThat(total(AllocationFilter.none())).isEqualTo(allocationsBefore);
    // what was typed stays
    assertThat(browser.findElement(By.id("reference")).getAttribute("value")).isEqualTo(reference);

    screenshot("nieuwe-aanvraag");
    type("clientBsn", bsn);
    submitAndWait(browser.findElement(By.cssSelector("#aanvraag button[type=submit]")));

    // the engine's decision at once, with the rules that decided
    assertThat(browser.getCurrentUrl()).contains("/app/aanvragen/");
    UUID requestId =
        UUID.fromString(
            String.valueOf(browser.getCurrentUrl()).replaceAll(".*/app/aanvragen/", ""));
    RequestView request = requests.get(AANBIEDER_1, requestId);
    assertThat(request.state()).isEqualTo(RequestState.APPROVED);
    assertThat(request.providerReference()).isEqualTo(reference);
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Toegewezen");
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("Uw aanvraag is ontvangen en beoordeeld.");
    // every rule of the pack is listed; those with a finding are the ones the service recorded
    assertThat(rulesWithAFinding()).containsExactlyInAnyOrderElementsOf(findingRules(request));
    assertThat(browser.findElements(By.cssSelector("#regels tbody tr .rule-id"))).isNotEmpty();
    // a provider reads the decision; only the access team gets the forms to decide
    assertThat(browser.findElements(By.id("toewijzen"))).isEmpty();
    assertThat(request.allocations()).hasSize(1);
    String municipality = request.allocations().getFirst().municipality();
    int number = request.allocations().getFirst().number();
    String id = municipality + "-" + number;
    assertThat(browser.findElement(By.cssSelector("#toewijzing-links a")).getText())
        .isEqualTo("Toewijzing " + id);
    assertThat(total(AllocationFilter.none())).isEqualTo(allocationsBefore + 1);
    String pseudonym = request.client().pseudonym();

    // toewijzingen, filtered by htmx: Enschede, not started, ending within 12 weeks
    open("/app/toewijzingen");
    new Select(browser.findElement(By.id("f-gemeente"))).selectByValue("0153");
    waitForAddress("municipality=0153");
    new Select(browser.findElement(By.id("f-levering"))).selectByValue("NOT_STARTED");
    waitForAddress("state=NOT_STARTED");
    new Select(browser.findElement(By.id("f-eindigt"))).selectByValue("12");
    waitForAddress("endingWithinWeeks=12");
    Page<AllocationList.AllocationRow> expected =
        lists.list(
            AANBIEDER_1,
            new AllocationFilter(
                null,
                "0153",
                null,
                null,
                null,
                DeliveryState.NOT_STARTED,
                today,
                today.plusWeeks(12)),
            PageRequest.of(0, 25, null));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(WebDriverException.class)
        .until(d -> column("#toewijzingen", 4).size() == expected.items().size());
    assertThat(column("#toewijzingen", 4))
        .isEqualTo(
            expected.items().stream().map(AllocationList.AllocationRow::clientPseudonym).toList());
    assertThat(column("#toewijzingen", 4)).contains(pseudonym);
    assertThat(column("#toewijzingen", 7)).containsOnly("Niet gestart");
    assertThat(browser.findElement(By.cssSelector("#toewijzingen .pager span")).getText())
        .startsWith(expected.total() + " in totaal");
    if (expected.pages() > 1) {
      // the pager keeps the filters
      assertThat(browser.findElement(By.linkText("Volgende")).getAttribute("href"))
          .contains("endingWithinWeeks=12")
          .contains("state=NOT_STARTED");
    }
    screenshot("toewijzingen");

    // open it
    submitAndWait(browser.findElement(By.cssSelector("a[href$='/app/toewijzingen/" + id + "']")));
    assertThat(heading()).isEqualTo("Toewijzing " + id);
    assertThat(browser.findElement(By.id("levering")).getText()).isEqualTo("Niet gestart");
    assertThat(browser.findElement(By.id("periode")).getText())
        .isEqualTo(DUTCH.format(today) + " - " + DUTCH.format(end));
    assertThat(browser.findElement(By.id("omvang")).getText()).isEqualTo("600 minuten in totaal");

    // a stop before any start: refused by the route (TR382), shown on the form, nothing stored
    new Select(browser.findElement(By.id("stop-reason"))).selectByValue("ENDED_AS_PLANNED");
    WebElement refusal =
        clickAndWaitFor(
            browser.findElement(By.cssSelector("#stop-form button[type=submit]")),
            By.cssSelector("#stop-form p[role=alert]"));
    assertThat(refusal.getText())
        .startsWith("De stop is niet vastgelegd; de cli\u00ebntroute staat dit niet toe:");
    AllocationView stored = allocations.get(AANBIEDER_1, municipality, number);
    assertThat(stored.delivery()).isEqualTo("NOT_STARTED");
    assertThat(stored.deliveryEvents()).isEmpty();

    // start delivery today
    clickAndWaitFor(
        browser.findElement(By.cssSelector("#start-form button[type=submit]")),
        By.id("bevestiging"));
    assertThat(browser.findElement(By.id("bevestiging")).getText())
        .isEqualTo("De start van de levering is vastgelegd.");
    assertThat(browser.findElement(By.id("levering")).getText()).isEqualTo("Gestart");
    stored = allocations.get(AANBIEDER_1, municipality, number);
    assertThat(stored.delivery()).isEqualTo("STARTED");
    assertThat(column("#levering-gebeurtenissen", 0)).containsExactly("Start");
    assertThat(column("#levering-gebeurtenissen", 1)).containsExactly(DUTCH.format(today));

    // a change request: 500 minutes instead of 600
    String changeReference = "VOW-" + TestData.agb();
    type("change-amount", "500");
    new Select(browser.findElement(By.id("change-reason"))).selectByValue("2");
    type("change-reference", changeReference);
    clickAndWaitFor(
        browser.findElement(By.cssSelector("#wijziging-form button[type=submit]")),
        By.cssSelector("#bevestiging"));
    // Twente: the municipality judges every change (R-TWE-4), so it waits in investigation and
    // the allocation stays as it is until the access team decides
    RequestOutcome change = requests.outcome(AGB, changeReference).orElseThrow();
    assertThat(change.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(browser.findElement(By.id("bevestiging")).getText())
        .isEqualTo(
            "Het wijzigingsverzoek is ingediend. Verzoek "
                + changeReference
                + ": In onderzoek. Bekijk het besluit en de regels");
    stored = allocations.get(AANBIEDER_1, municipality, number);
    assertThat(stored.versions()).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#versies tbody tr"))).hasSize(1);
    assertThat(browser.findElement(By.id("omvang")).getText()).isEqualTo("600 minuten in totaal");
    screenshot("toewijzing");
    submitAndWait(browser.findElement(By.linkText("Bekijk het besluit en de regels")));
    assertThat(heading()).isEqualTo("Aanvraag " + changeReference);
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("In onderzoek");
    RequestView changeView = requests.get(AANBIEDER_1, change.id());
    List<String> changeRules = findingRules(changeView);
    assertThat(changeRules).contains("R-TWE-4");
    assertThat(rulesWithAFinding()).containsExactlyInAnyOrderElementsOf(changeRules);

    // the access team records the BRP address (the JW301 waits for it); then berichten shows it
    clients.setAddress(
        Actor.accessTeam("toegang-enschede", Set.of("0153")),
        pseudonym,
        new Address("Oude Markt", 12, null, null, "7511 GB", "Enschede"),
        Gender.FEMALE,
        "test");
    OutboxEntry message = awaitMessage(pseudonym);
    open("/app/berichten");
    assertThat(heading()).isEqualTo("Berichten");
    WebElement row =
        browser.findElements(By.cssSelector("#berichten tbody tr")).stream()
            .filter(r -> r.findElements(By.tagName("td")).get(3).getText().equals(pseudonym))
            .findFirst()
            .orElseThrow();
    List<WebElement> cells = row.findElements(By.tagName("td"));
    assertThat(cells.get(0).getText()).isEqualTo("JW301 Toewijzing");
    assertThat(cells.get(2).getText()).isEqualTo("0153");
    assertThat(cells.get(4).getText()).contains(id);
    assertThat(cells.get(5).getText()).isEqualTo("Klaar om op te halen");
    screenshot("berichten");

    // downloading the XML fetches it: the outbox has it SENT from then on
    Path file = DOWNLOADS.resolve("ijw-" + message.id() + ".xml");
    Files.deleteIfExists(file);
    cells.get(6).findElement(By.tagName("a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> Files.exists(file) && file.toFile().length() > 0);
    String xml = Files.readString(file);
    assertThat(xml).contains("<").contains(">" + number + "<");
    assertThat(find(message.id()).state()).isEqualTo("SENT");
    signOut();
  }

  @Test
  void aRefusalIsShownBesideItsFieldAndOthersAllocationsAndFormsAreNotThere() throws Exception {
    LocalDate today = LocalDate.now(clock);
    String reference = "WEB-" + TestData.agb();
    signInFresh("aanbieder-1");

    // the route refuses an end before the start: beside the end date, in Dutch, nothing stored
    open("/app/aanvragen/nieuw");
    new Select(browser.findElement(By.id("municipality"))).selectByValue("0153");
    type("clientBsn", TestData.bsn());
    date("clientBirthDate", LocalDate.of(2014, 5, 1));
    new Select(browser.findElement(By.id("referrerType"))).selectByValue("GP");
    date("letterDate", today.minusDays(14));
    type("category", "45");
    date("periodStart", today.plusDays(7));
    date("periodEnd", today);
    type("volumeAmount", "600");
    type("reference", reference);
    WebElement error =
        clickAndWaitFor(
            browser.findElement(By.cssSelector("#aanvraag button[type=submit]")),
            By.id("periodEnd-fout"));
    assertThat(error.getText())
        .startsWith("De aanvraag is niet ingediend; de cli\u00ebntroute staat dit niet toe:")
        .contains("request.period.end");
    assertThat(browser.findElement(By.id("periodEnd")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(requests.outcome(AGB, reference)).isEmpty();

    // another provider's allocation is not found, as the API answers it (scope, not leaked)
    String other = TestData.agb();
    TwenteRequests twente = new TwenteRequests(requests, providers);
    twente.contracted(other, "Andere zorg " + other);
    RequestView theirs =
        twente.submit(
            "aanbieder",
            other,
            "WEB-" + other,
            today,
            today,
            today.plusMonths(3),
            600,
            TestData.bsn(),
            null);
    assertThat(theirs.allocations()).hasSize(1);
    var ref = theirs.allocations().getFirst();
    open("/app/toewijzingen/" + ref.municipality() + "-" + ref.number());
    assertThat(heading()).isEqualTo("Niet gevonden");
    open("/app/toewijzingen/geen-nummer");
    assertThat(heading()).isEqualTo("Niet gevonden");
    open("/app/aanvragen/" + theirs.id());
    assertThat(heading()).isEqualTo("Niet gevonden");
    open("/app/aanvragen/geen-nummer");
    assertThat(heading()).isEqualTo("Niet gevonden");

    // a new request is the provider's own: policy gets a Dutch refusal, not the form
    signInFresh("beleid");
    open("/app/aanvragen/nieuw");
    assertThat(heading()).isEqualTo("Geen toegang");
    assertThat(browser.findElements(By.id("aanvraag"))).isEmpty();
    signOut();
  }

  private OutboxEntry awaitMessage(String pseudonym) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> waiting(pseudonym).isPresent());
    return waiting(pseudonym).orElseThrow();
  }

  private java.util.Optional<OutboxEntry> waiting(String pseudonym) {
    return outbox
        .page(
            AANBIEDER_1,
            LocalDate.now(clock),
            new OutboxFilter("WAITING", "JW301", null, "0153", null),
            PageRequest.of(0, 50, null))
        .items()
        .stream()
        .filter(e -> pseudonym.equals(e.clientPseudonym()))
        .findFirst();
  }

  private OutboxEntry find(UUID id) {
    return outbox
        .page(
            AANBIEDER_1,
            LocalDate.now(clock),
            new OutboxFilter(null, "JW301", null, "0153", null),
            PageRequest.of(0, 200, null))
        .items()
        .stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private long total(AllocationFilter filter) {
    return lists.list(AANBIEDER_1, filter, PageRequest.of(0, 1, null)).total();
  }

  private void waitForAddress(String part) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(WebDriverException.class)
        .until(d -> String.valueOf(d.getCurrentUrl()).contains(part));
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Types a date into an {@code <input type=date>} as chromium takes it in a Dutch locale. */
  private void date(String id, LocalDate date) {
    WebElement field = browser.findElement(By.id(id));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", field, date.toString());
  }

  /** The rule ids the page shows with a finding (not passed, not out of scope, not judged). */
  private List<String> rulesWithAFinding() {
    return browser
        .findElements(
            By.cssSelector(
                "#regels tbody tr:not(.rule-passed):not(.rule-not_applicable):not(.rule-not_judged)"
                    + " .rule-id"))
        .stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  /** The rules with a finding in the engine's decision on receipt, as the service stored it. */
  private static List<String> findingRules(RequestView request) {
    List<String> rules = new java.util.ArrayList<>();
    for (var reason : request.decisions().getFirst().output().get("reasons")) {
      rules.add(reason.get("rule").asString());
    }
    return rules.stream().distinct().toList();
  }
}
