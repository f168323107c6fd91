package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.CaseloadFilter;
import nl.jeugdregie.allocation.RequestList;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web application in a real browser (issue 12): Debian's chromium driven by chromium-driver
 * (installed by .ci/run; nothing is downloaded at run time). Each role signs in on the Dutch form
 * at {@code /} and lands on its first screen, which must show what the services hold for it; the
 * screens are saved to docs/screens/ for the README.
 */
class BrowserRouteTest extends BrowserTest {

  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired RequestList lists;
  @Autowired nl.jeugdregie.policy.PolicyCatalog catalog;
  @Autowired java.time.Clock clock;

  @Test
  void theAccessTeamSignsInAndSeesItsCaseloadOldestFirstWithTheDeadline() throws Exception {
    String agb = requestInInvestigation();

    browser.manage().deleteAllCookies();
    browser.get(url("/"));
    // not signed in: the Dutch sign-in form
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Aanmelden");
    assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText())
        .isEqualTo("Gebruikersnaam");
    screenshot("aanmelden");

    signIn("toegang-twente", "fout");
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
        .isEqualTo("Gebruikersnaam of wachtwoord onjuist.");

    signIn("toegang-twente", "demo");
    assertThat(browser.getCurrentUrl()).endsWith("/app/werkvoorraad");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Werkvoorraad");

    // the demo account's scope: every member municipality of the Twente pack (DemoAccounts)
    Set<String> twente = new java.util.TreeSet<>();
    for (var pack : catalog.versions("twente")) twente.addAll(pack.municipalities().keySet());
    Actor team = Actor.accessTeam("toegang-twente", twente);
    Page<RequestList.CaseloadRow> expected =
        lists.caseload(
            team, CaseloadFilter.none(), PageRequest.of(0, 25, null), LocalDate.now(clock));
    List<WebElement> rows = browser.findElements(By.cssSelector("#werkvoorraad tbody tr"));
    assertThat(rows).hasSize(expected.items().size());
    assertThat(rows.getFirst().findElements(By.tagName("td")).get(4).getText())
        .isEqualTo(expected.items().getFirst().clientPseudonym());
    assertThat(browser.findElement(By.cssSelector(".pager span")).getText())
        .startsWith(expected.total() + " in totaal");
    RequestList.CaseloadRow oldest = expected.items().getFirst();
    String days = rows.getFirst().findElements(By.tagName("td")).get(6).getText();
    assertThat(days)
        .isEqualTo(
            oldest.overdue()
                ? -oldest.daysLeft() + " dagen te laat"
                : String.valueOf(oldest.daysLeft()));
    assertThat(expected.total()).isPositive();
    screenshot("werkvoorraad");

    if (expected.pages() > 1) {
      // the next page comes by htmx: only the table is swapped, the page stays
      browser.findElement(By.linkText("Volgende")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .ignoring(WebDriverException.class)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".pager span"), "pagina 2 van"));
      assertThat(browser.getCurrentUrl()).endsWith("/app/werkvoorraad");
    }
    assertThat(agb).hasSize(8);

    // an address no screen answers: a Dutch page with the menu, not the API's JSON
    open("/app/bestaat-niet");
    assertThat(heading()).isEqualTo("Niet gevonden");
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
        .startsWith("Deze pagina of dit gegeven bestaat niet");
    assertThat(browser.findElements(By.linkText("Werkvoorraad"))).hasSize(1);

    signOut();
    assertThat(browser.getCurrentUrl()).contains("/login");
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("U bent afgemeld.");
  }

  @Test
  void aProviderLandsOnItsAllocationsAndPolicyOnTheOverview() throws Exception {
    String pseudonym = approvedForAanbieder1();
    browser.manage().deleteAllCookies();
    browser.get(url("/"));
    signIn("aanbieder-1", "demo");
    assertThat(browser.getCurrentUrl()).endsWith("/app/toewijzingen");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Toewijzingen");
    // a provider has no caseload in its menu, and sees only its own AGB
    assertThat(browser.findElements(By.linkText("Werkvoorraad"))).isEmpty();
    List<WebElement> rows = browser.findElements(By.cssSelector("#toewijzingen tbody tr"));
    assertThat(rows).isNotEmpty();
    for (WebElement row : rows) {
      assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo("12345678");
    }
    // the latest start first: the allocation made just now, starting tomorrow
    assertThat(rows.getFirst().findElements(By.tagName("td")).get(4).getText())
        .isEqualTo(pseudonym);
    assertThat(rows.getFirst().findElements(By.tagName("td")).get(7).getText())
        .isEqualTo("Niet gestart");
    screenshot("toewijzingen");
    signOut();

    signIn("beleid", "demo");
    assertThat(browser.getCurrentUrl()).endsWith("/app/overzicht");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overzicht");
    assertThat(
            browser.findElements(By.cssSelector("tbody tr th")).stream().map(WebElement::getText))
        .contains("twente");
    signOut();
  }

  /**
   * An allocation of aanbieder-1 (AGB 12345678, the demo account's) for Enschede starting tomorrow,
   * later than the others, so it heads the list: a Twente request under 6000 minutes is allocated
   * at once.
   */
  private String approvedForAanbieder1() {
    String agb = "12345678";
    TwenteRequests twente = new TwenteRequests(requests, providers);
    twente.contracted(agb, "Aanbieder 1");
    LocalDate today = LocalDate.now(clock);
    var view =
        twente.submit(
            "aanbieder-1",
            agb,
            "WEB-" + TestData.agb(),
            today,
            today.plusDays(1),
            today.plusMonths(9),
            600,
            TestData.bsn(),
            null);
    assertThat(view.state()).as(view.toString()).isEqualTo(RequestState.APPROVED);
    return view.client().pseudonym();
  }

  /** One Twente request of 7000 minutes for Enschede, in investigation (R-TWE-2). */
  private String requestInInvestigation() {
    String agb = TestData.agb();
    TwenteRequests twente = new TwenteRequests(requests, providers);
    twente.contracted(agb, "Browserzorg " + agb);
    var view =
        twente.submit(
            "aanbieder",
            agb,
            "WEB-" + agb,
            LocalDate.of(2025, 3, 3),
            LocalDate.of(2025, 3, 10),
            LocalDate.of(2025, 12, 31),
            7000,
            TestData.bsn(),
            null);
    assertThat(view.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    return agb;
  }
}
