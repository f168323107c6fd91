package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.RejectionReason;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.TeamDecision;
import nl.jeugdregie.allocation.Views.OverdueRequest;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.signals.Signal;
import nl.jeugdregie.signals.SignalKind;
import nl.jeugdregie.signals.SignalState;
import nl.jeugdregie.signals.Signals;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access team's route in a real browser (issue 12): toegang-twente opens a request the engine
 * put in investigation (R-TWE-2, 7000 minutes of 'Behandeling individueel'), sees every rule of the
 * Twente pack with its outcome, id and seed clause, is stopped in Dutch when it rejects without a
 * reason, approves with a smaller volume, and finds the decision on the client's timeline; it sees
 * what is overdue and marks a signal done. Every step is checked against what the services hold.
 */
class AccessTeamRouteTest extends BrowserTest {

  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired PolicyCatalog catalog;
  @Autowired Signals signals;
  @Autowired Clock clock;

  @Test
  void theAccessTeamDecidesARequestInInvestigationAndHandlesASignal() throws Exception {
    Actor team = twenteTeam();
    LocalDate today = LocalDate.now(clock);
    RequestView asked = requestInInvestigation("Noor Toegangtest", "2025-01-02");
    UUID id = asked.id();

    signInFresh("toegang-twente");
    assertThat(browser.getCurrentUrl()).endsWith("/app/werkvoorraad");
    // the oldest request heads the werkvoorraad, with its link to be reviewed
    WebElement review =
        browser.findElement(By.cssSelector("#werkvoorraad a[href$='/app/aanvragen/" + id + "']"));
    assertThat(review.getText()).isEqualTo("Beoordelen");
    assertThat(review.getAttribute("aria-label"))
        .isEqualTo(
            "Beoordeel aanvraag "
                + asked.providerReference()
                + " van cli\u00ebnt "
                + asked.client().pseudonym());
    submitAndWait(review);
    assertThat(browser.getCurrentUrl()).endsWith("/app/aanvragen/" + id);
    assertThat(heading()).isEqualTo("Aanvraag " + asked.providerReference());
    assertThat(text("#status")).isEqualTo("In onderzoek");
    assertThat(text("#uitkomst")).isEqualTo("In onderzoek");
    // the client as the service shows it to the access team
    assertThat(text("#client")).contains(asked.client().bsn()).contains("Noor Toegangtest");
    assertThat(text("#omvang")).isEqualTo("7000 minuten in totaal");
    assertThat(text("#periode")).isEqualTo("10-01-2025 t/m 31-12-2025");
    // the GP's letter two weeks before receipt (TwenteRequests)
    assertThat(text("#verwijzer")).isEqualTo("Huisarts, verwijsbrief van 19-12-2024");

    // every decision rule of the pack version that judged it, plus the four built-in checks
    PolicyPack pack = pack(asked);
    List<PackRule> decisionRules =
        pack.rules().stream().filter(r -> r.kind() instanceof DecisionRule).toList();
    List<WebElement> rules = browser.findElements(By.cssSelector("#regels tbody tr"));
    assertThat(rules).hasSize(decisionRules.size() + 4);
    assertThat(column("#regels", 0).subList(0, 4))
        .containsExactly("Voldaan", "Voldaan", "Voldaan", "Voldaan");
    PackRule r2 =
        decisionRules.stream().filter(r -> r.id().equals("R-TWE-2")).findFirst().orElseThrow();
    WebElement twe2 =
        rules.stream()
            .filter(row -> row.findElement(By.tagName("th")).getText().startsWith("R-TWE-2"))
            .findFirst()
            .orElseThrow();
    assertThat(twe2.findElements(By.tagName("td")).get(0).getText()).startsWith("Onderzoek");
    assertThat(twe2.findElements(By.tagName("td")).get(1).getText())
        .contains(r2.source())
        .contains(pack.sources().get("002"));
    // the engine's own finding for R-TWE-2, as stored with the decision
    String stored = "";
    for (var reason : asked.decisions().getFirst().output().path("reasons")) {
      if (reason.path("rule").asString().equals("R-TWE-2"))
        stored = reason.path("message").asString();
    }
    assertThat(stored).isNotBlank();
    assertThat(twe2.getText()).contains(stored);
    // vaktherapie's rules (R-TWE-3) do not apply to 45B01
    assertThat(
            rules.stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().startsWith("R-TWE-3"))
                .map(row -> row.findElements(By.tagName("td")).get(0).getText()))
        .isNotEmpty()
        .allMatch(t -> t.equals("Niet van toepassing"));
    // the rules and the decision forms in the picture
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('regels').scrollIntoView()");
    screenshot("aanvraag");

    // rejecting without a reason: a Dutch error beside the field, nothing decided
    assertThat(new Select(browser.findElement(By.id("reason"))).getOptions())
        .extracting(WebElement::getText)
        .contains("4 Past niet binnen contract", "8 Woonplaatsbeginsel");
    submitAndWait(browser.findElement(By.cssSelector("#afwijzen button[type=submit]")));
    WebElement error = browser.findElement(By.id("reason-fout"));
    assertThat(error.getText()).startsWith("Reden van afwijzing: kies een reden");
    assertThat(error.getAttribute("role")).isEqualTo("alert");
    assertThat(browser.findElement(By.id("reason")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("reason")).getAttribute("aria-describedby"))
        .isEqualTo("reason-fout");
    assertThat(requests.get(team, id).state()).isEqualTo(RequestState.IN_INVESTIGATION);
    assertThat(requests.get(team, id).decisions()).hasSize(1);

    // approving with a smaller volume: the confirmation, and the service holds the adjusted grant
    WebElement volume = browser.findElement(By.id("volume"));
    assertThat(volume.getAttribute("value")).isEqualTo("7000");
    volume.clear();
    volume.sendKeys("6000");
    submitAndWait(browser.findElement(By.cssSelector("#toewijzen button[type=submit]")));
    assertThat(browser.getCurrentUrl()).endsWith("/app/aanvragen/" + id);
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo(
            "Het besluit is opgeslagen: de aanvraag is toegewezen met aanpassing (6000 minuten,"
                + " t/m 31-12-2025).");
    RequestView approved = requests.get(team, id);
    assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
    assertThat(approved.allocations()).hasSize(1);
    assertThat(
            approved
                .decisions()
                .getLast()
                .output()
                .path("allocation")
                .path("volume")
                .path("amount")
                .asLong())
        .isEqualTo(6000);
    assertThat(approved.decisions().getLast().decidedBy()).isEqualTo("toegang-twente");
    assertThat(text("#status")).isEqualTo("Toegewezen");
    assertThat(text("#besluiten"))
        .contains("Toegewezen")
        .contains("toegang-twente")
        .contains("6000 minuten");
    assertThat(browser.findElements(By.id("toewijzen"))).isEmpty();

    // gone from the werkvoorraad
    open("/app/werkvoorraad");
    assertThat(browser.findElements(By.cssSelector("a[href$='/app/aanvragen/" + id + "']")))
        .isEmpty();

    // the client found by BSN, the decision on the timeline
    submitAndWait(browser.findElement(By.linkText("Cli\u00ebnten")));
    assertThat(heading()).isEqualTo("Cli\u00ebnten");
    browser
        .findElement(By.id("bsn"))
        .sendKeys(java.util.Objects.requireNonNull(asked.client().bsn()));
    submitAndWait(browser.findElement(By.cssSelector("form.search button[type=submit]")));
    List<WebElement> found = browser.findElements(By.cssSelector("#resultaat tbody tr"));
    assertThat(found).hasSize(1);
    assertThat(column("#resultaat", 0)).containsExactly("Noor Toegangtest");
    assertThat(column("#resultaat", 4)).containsExactly(asked.client().pseudonym());
    screenshot("clienten");
    submitAndWait(found.getFirst().findElement(By.linkText("Tijdlijn")));
    assertThat(heading()).isEqualTo("Tijdlijn van Noor Toegangtest");
    List<String> kinds =
        browser.findElements(By.cssSelector("#tijdlijn tbody tr th")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(kinds).containsSubsequence("Aanvraag ontvangen", "Besluit", "Besluit", "Toegewezen");
    assertThat(browser.findElements(By.cssSelector("#tijdlijn tr.event-decided")))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.contains("In onderzoek door de beleidsregels"))
        .anyMatch(t -> t.contains("Toegewezen door toegang-twente"));
    var allocation = approved.allocations().getFirst();
    assertThat(browser.findElement(By.cssSelector("#tijdlijn tr.event-allocated")).getText())
        .contains(
            "Toewijzing "
                + allocation.municipality()
                + "/"
                + allocation.number()
                + ", 10-01-2025 t/m 31-12-2025");
    screenshot("tijdlijn");

    // a colleague decides first: the service refuses this decision, shown on the form, nothing
    // stored
    RequestView raced = requestInInvestigation("Lot Gelijktijdig", "2025-01-02");
    open("/app/aanvragen/" + raced.id());
    requests.decide(
        team,
        raced.id(),
        new TeamDecision(false, RejectionReason.CARE_CONTENT, null, "collega", null));
    submitAndWait(browser.findElement(By.cssSelector("#toewijzen button[type=submit]")));
    assertThat(text("#weigering"))
        .startsWith(
            "Het besluit is niet opgeslagen: de aanvraag is intussen gewijzigd of er is al over"
                + " besloten.")
        .contains("not in investigation");
    RequestView refused = requests.get(team, raced.id());
    assertThat(refused.state()).isEqualTo(RequestState.REJECTED);
    assertThat(refused.decisions()).hasSize(2);
    assertThat(refused.allocations()).isEmpty();

    // overdue: a second request in investigation, long past its 8 weeks, oldest first
    RequestView second = requestInInvestigation("Sem Signaaltest", "2025-01-02");
    // and enough later ones for a second page
    for (int i = 0; i < CaseloadScreen.PAGE_SIZE; i++) {
      requestInInvestigation("Volgende " + i, "2025-01-06");
    }
    List<OverdueRequest> overdue = requests.overdue(team, today);
    OverdueRequest late =
        overdue.stream().filter(o -> o.id().equals(second.id())).findFirst().orElseThrow();
    submitAndWait(browser.findElement(By.linkText("Te laat")));
    assertThat(heading()).isEqualTo("Te laat");
    WebElement lateRow =
        browser
            .findElement(By.cssSelector("#te-laat a[href$='/app/aanvragen/" + second.id() + "']"))
            .findElement(By.xpath("./ancestor::tr"));
    List<WebElement> cells = lateRow.findElements(By.tagName("td"));
    assertThat(cells.get(3).getText()).isEqualTo(second.client().pseudonym());
    assertThat(cells.get(4).getText()).isEqualTo("In onderzoek");
    assertThat(cells.get(7).getText()).isEqualTo(late.daysOverdue() + " dagen te laat");
    assertThat(browser.findElement(By.cssSelector("#te-laat .pager span")).getText())
        .startsWith(overdue.size() + " in totaal");
    // the first request is decided: no longer overdue
    assertThat(
            browser.findElements(By.cssSelector("#te-laat a[href$='/app/aanvragen/" + id + "']")))
        .isEmpty();
    screenshot("te-laat");
    // the next page by htmx: only the table is swapped, the address stays
    browser
        .findElement(By.cssSelector("#te-laat .pager"))
        .findElement(By.linkText("Volgende"))
        .click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#te-laat .pager span"), "pagina 2 van"));
    assertThat(browser.getCurrentUrl()).endsWith("/app/te-laat");
    assertThat(browser.findElements(By.cssSelector("#te-laat tbody tr")))
        .hasSize(Math.min(CaseloadScreen.PAGE_SIZE, overdue.size() - CaseloadScreen.PAGE_SIZE));
    assertThat(heading()).isEqualTo("Te laat");

    // a signal for the access team: the second request's investigation is overdue
    signals.recompute(second.id(), today);
    Signal signal =
        signals.list(team, SignalState.OPEN, Role.ACCESS_TEAM).stream()
            .filter(s -> s.subject().equals(second.id()))
            .filter(s -> s.kind() == SignalKind.INVESTIGATION_OVERDUE)
            .findFirst()
            .orElseThrow();
    submitAndWait(browser.findElement(By.linkText("Signalen")));
    assertThat(heading()).isEqualTo("Signalen");
    // other tests' open signals may come first: the page that holds this one
    WebElement row = signalRow(signal.id());
    assertThat(row.findElement(By.tagName("th")).getText())
        .startsWith("Onderzoek naar aanvraag te laat");
    assertThat(row.findElements(By.tagName("td")).get(0).getText()).isEqualTo("Open");
    // open ones first
    List<String> states = column("#signalen", 0);
    assertThat(states.indexOf("Gezien, in behandeling")).isIn(-1, states.lastIndexOf("Open") + 1);
    screenshot("signalen");
    clickAndWaitFor(
        row.findElement(
            By.cssSelector(
                "button[aria-label^='Markeer signaal Onderzoek naar aanvraag te laat'][aria-label$='als afgehandeld']")),
        By.cssSelector("#signaal-" + signal.id() + ".signal-done"));
    assertThat(browser.findElement(By.id("signaal-" + signal.id())).getText())
        .contains("Afgehandeld")
        .contains("Het signaal is afgehandeld.");
    assertThat(browser.getCurrentUrl()).contains("/app/signalen");
    Signal done =
        signals.list(team, SignalState.DONE, Role.ACCESS_TEAM).stream()
            .filter(s -> s.id().equals(signal.id()))
            .findFirst()
            .orElseThrow();
    assertThat(done.closedBy()).isEqualTo("toegang-twente");

    // without JavaScript the same form posts and the list comes back with a confirmation
    Signal other =
        signals.list(team, SignalState.OPEN, Role.ACCESS_TEAM).stream()
            .filter(s -> s.kind() == SignalKind.INVESTIGATION_OVERDUE)
            // one on this page (other tests' signals may fill the first pages of the list)
            .filter(s -> shownSignals().contains("signaal-" + s.id()))
            .findFirst()
            .orElseThrow();
    WebElement form =
        browser
            .findElement(By.id("signaal-" + other.id()))
            .findElement(By.cssSelector("form[action$='/gezien']"));
    String before = browser.getCurrentUrl();
    // the form's own submit, which htmx does not see: a plain POST answered by a redirect
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("HTMLFormElement.prototype.submit.call(arguments[0])", form);
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> !d.findElements(By.cssSelector("main > p[role=status]")).isEmpty());
    assertThat(browser.getCurrentUrl()).isEqualTo(before);
    assertThat(text("main > p[role=status]")).isEqualTo("Het signaal is gemarkeerd als gezien.");
    // acknowledged, it now stands after every open signal: on whichever page that is
    assertThat(signalRow(other.id()).findElements(By.tagName("td")).get(0).getText())
        .isEqualTo("Gezien, in behandeling");
    assertThat(
            signals.list(team, SignalState.ACKNOWLEDGED, Role.ACCESS_TEAM).stream().map(Signal::id))
        .contains(other.id());
    signOut();
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private Actor twenteTeam() {
    Set<String> twente = new TreeSet<>();
    for (var pack : catalog.versions("twente")) twente.addAll(pack.municipalities().keySet());
    return Actor.accessTeam("toegang-twente", twente);
  }

  private PolicyPack pack(RequestView view) {
    var policy = view.decisions().getFirst().policy();
    return catalog.versions(policy.id()).stream()
        .filter(p -> p.validFrom().equals(policy.validFrom()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A Twente request of 7000 minutes 'Behandeling individueel' for Enschede, received early in 2025
   * so it heads the werkvoorraad and is long overdue: in investigation (R-TWE-2).
   */
  private RequestView requestInInvestigation(String name, String receivedOn) {
    String agb = TestData.agb();
    TwenteRequests twente = new TwenteRequests(requests, providers);
    twente.contracted(agb, "Toegangzorg " + agb);
    var view =
        twente.submit(
            "aanbieder",
            agb,
            "TOE-" + agb,
            LocalDate.parse(receivedOn),
            LocalDate.of(2025, 1, 10),
            LocalDate.of(2025, 12, 31),
            7000,
            TestData.bsn(),
            name);
    assertThat(view.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    return view;
  }

  /** The ids of the signal rows on the page shown. */
  private java.util.Set<String> shownSignals() {
    return browser.findElements(By.cssSelector("#signalen tbody tr")).stream()
        .map(r -> String.valueOf(r.getDomAttribute("id")))
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Opens the page of the signal list that holds this signal, and returns its row. */
  private WebElement signalRow(java.util.UUID id) {
    for (int page = 0; page < 100; page++) {
      if (page > 0) open("/app/signalen?page=" + page);
      if (shownSignals().contains("signaal-" + id))
        return browser.findElement(By.id("signaal-" + id));
      if (browser.findElements(By.linkText("Volgende")).isEmpty()) break;
    }
    throw new AssertionError("signal " + id + " is on no page of /app/signalen");
  }
}
