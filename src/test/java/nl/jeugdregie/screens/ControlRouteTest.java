package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.allocation.Overview;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.ProviderFilter;
import nl.jeugdregie.catalog.ProviderList;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.AuditFilter;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract manager's and the administrator's route (issue 12): contract-twente sees the
 * overview of Twente per region and per provider as the service counts it, and exports the
 * allocations as Excel and CSV (header plus the service's rows, pseudonyms only, no BSN or name);
 * admin sees the providers and one provider's contracts, adds a contract (a wrong one is refused in
 * Dutch beside its field, nothing stored), reads the policy packs with their versions and a rule
 * with its seed citation, and the audit log filtered to the user this test acted as.
 */
class ControlRouteTest extends BrowserTest {

  private static final Actor TWENTE = Actor.contractManager("contract-twente", "twente");
  private static final Actor ADMIN = Actor.admin("admin");

  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired ProviderList providerList;
  @Autowired AllocationList allocations;
  @Autowired Overview overview;
  @Autowired Clients clients;
  @Autowired PolicyCatalog catalog;
  @Autowired Clock clock;

  /** A fresh Twente provider with one allocation and one request in investigation. */
  record Fixture(String agb, String name, String user, String bsn, String clientName) {}

  private Fixture fixture() {
    String agb = TestData.agb();
    String name = "Sturingzorg " + agb;
    TwenteRequests twente = new TwenteRequests(requests, providers);
    twente.contracted(agb, name);
    String user = "sturing-" + agb;
    LocalDate today = LocalDate.now(clock);
    String bsn = TestData.bsn();
    String clientName = "Noor Sturing" + agb;
    var approved =
        twente.submit(
            user,
            agb,
            "ST-A-" + agb,
            today,
            today.plusDays(1),
            today.plusMonths(9),
            600,
            bsn,
            clientName);
    assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
    var investigated =
        twente.submit(
            user,
            agb,
            "ST-I-" + agb,
            LocalDate.of(2025, 3, 3),
            LocalDate.of(2025, 3, 10),
            LocalDate.of(2025, 12, 31),
            7000,
            TestData.bsn(),
            null);
    assertThat(investigated.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    return new Fixture(agb, name, user, bsn, clientName);
  }

  @Test
  void theContractManagerSeesTheOverviewPerRegionAndProviderAndExportsTheAllocations()
      throws Exception {
    Fixture f = fixture();
    signInFresh("contract-twente");
    assertThat(browser.getCurrentUrl()).endsWith("/app/overzicht");
    assertThat(heading()).isEqualTo("Overzicht");

    // per region: only Twente, with the service's figures
    List<Overview.RegionFigures> regions = overview.figures(TWENTE);
    assertThat(regions).extracting(Overview.RegionFigures::region).containsExactly("twente");
    Overview.RegionFigures twente = regions.getFirst();
    List<WebElement> regionRows = browser.findElements(By.cssSelector("#per-regio tbody tr"));
    assertThat(regionRows).hasSize(1);
    assertThat(cells(regionRows.getFirst()))
        .containsExactly(
            "twente",
            String.valueOf(twente.requests()),
            String.valueOf(twente.inInvestigation()),
            String.valueOf(twente.approved()),
            String.valueOf(twente.rejected()),
            String.valueOf(twente.allocations()),
            String.valueOf(twente.deliveryStarted()),
            String.valueOf(twente.deliveryEnded()));

    // per provider: every Twente provider the service counts, the fixture's with 2 requests
    List<Overview.ProviderFigures> perProvider = overview.byProvider(TWENTE);
    List<WebElement> providerRows = browser.findElements(By.cssSelector("#per-aanbieder tbody tr"));
    assertThat(providerRows).hasSize(perProvider.size());
    Overview.ProviderFigures mine =
        perProvider.stream().filter(p -> p.providerAgb().equals(f.agb())).findFirst().orElseThrow();
    WebElement row =
        providerRows.stream()
            .filter(r -> cells(r).get(1).equals(f.agb()))
            .findFirst()
            .orElseThrow();
    assertThat(cells(row))
        .containsExactly(
            "twente",
            f.agb(),
            f.name(),
            "2",
            "1",
            "1",
            "0",
            "1",
            String.valueOf(mine.deliveryStarted()),
            String.valueOf(mine.deliveryEnded()));
    assertThat(mine.requests()).isEqualTo(2);
    // a contract manager sees no client on the overview
    assertThat(browser.findElement(By.tagName("main")).getText())
        .doesNotContain(f.bsn())
        .doesNotContain(f.clientName());
    screenshot("overzicht");

    // the exports: a section with a button per list and format
    assertThat(browser.findElement(By.id("exporteren-kop")).getText()).isEqualTo("Exporteren");
    assertThat(browser.findElements(By.cssSelector("#exporteren a[data-export]")))
        .extracting(e -> e.getAttribute("data-export"))
        .contains(
            "toewijzingen-xlsx",
            "toewijzingen-csv",
            "declaraties-xlsx",
            "betaalspecificaties-csv",
            "signalen-xlsx",
            "aanbieders-csv");
    var expected =
        allocations.list(
            TWENTE, AllocationFilter.none(), PageRequest.of(0, PageRequest.MAX_SIZE, null));
    assertThat(expected.total()).isPositive().isLessThanOrEqualTo(PageRequest.MAX_SIZE);
    String today = LocalDate.now(clock).toString();

    Path xlsx = download("toewijzingen-xlsx", "toewijzingen-" + today + ".xlsx");
    String sheet = sheetXml(xlsx);
    assertThat(count(sheet, "<row ")).isEqualTo(1 + expected.total());
    String workbook = allXml(xlsx);
    // (the sheet may hold the ë as a character reference)
    assertThat(workbook).contains("nt (pseudoniem)").contains("Referentie aanbieder");
    assertThat(workbook).contains(expected.items().getFirst().clientPseudonym());
    assertThat(workbook).contains("ST-A-" + f.agb());
    assertThat(workbook).doesNotContain(f.bsn()).doesNotContain(f.clientName());

    Path csv = download("toewijzingen-csv", "toewijzingen-" + today + ".csv");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.getFirst()).startsWith("Gemeente,Nummer,Regio,AGB aanbieder");
    assertThat(lines.getFirst()).contains("Cli\u00ebnt (pseudoniem)").doesNotContain("BSN");
    assertThat(lines).hasSize(1 + (int) expected.total());
    // every row is a Twente allocation; the fixture's is there by its reference and pseudonym
    assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains(",twente,"));
    assertThat(lines).anyMatch(l -> l.contains("ST-A-" + f.agb()));
    assertThat(String.join("\n", lines)).doesNotContain(f.bsn()).doesNotContain(f.clientName());
    signOut();
  }

  @Test
  void theAdministratorManagesProvidersAndReadsThePacksAndTheAuditLog() throws Exception {
    Fixture f = fixture();
    signInFresh("admin");

    // the providers list: the service's total, and the fixture found by name
    open("/app/beheer/aanbieders");
    assertThat(heading()).isEqualTo("Aanbieders");
    long total =
        providerList
            .list(new ProviderFilter(null, null, null, null, null), PageRequest.of(0, 25, null))
            .total();
    assertThat(browser.findElement(By.cssSelector("#aanbieders .pager span")).getText())
        .startsWith(total + " in totaal");
    browser.findElement(By.id("name")).sendKeys(f.agb());
    new Select(browser.findElement(By.id("region"))).selectByValue("twente");
    submitAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
    assertThat(column("#aanbieders", 0)).containsExactly(f.agb());
    assertThat(column("#aanbieders", 1)).containsExactly(f.name());
    assertThat(column("#aanbieders", 2)).containsExactly("twente");
    assertThat(column("#aanbieders", 4)).containsExactly("1");
    // a filter value that is wrong is named in Dutch beside its field
    open("/app/beheer/aanbieders?category=4X");
    assertThat(browser.findElement(By.id("category-fout")).getText())
        .isEqualTo("Categorie: moet uit twee cijfers bestaan (JZ020), bijvoorbeeld 45.");
    assertThat(browser.findElement(By.id("category")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    open("/app/beheer/aanbieders");
    screenshot("aanbieders");
    if (total > 25) {
      // the next page by htmx: only the table is swapped
      browser.findElement(By.cssSelector("#aanbieders .pager a")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .ignoring(WebDriverException.class)
          .until(
              d ->
                  d.findElement(By.cssSelector("#aanbieders .pager span"))
                      .getText()
                      .contains("pagina 2 van"));
      assertThat(browser.getCurrentUrl()).endsWith("/app/beheer/aanbieders");
    }

    // one provider with its contracts
    open("/app/beheer/aanbieders/" + f.agb());
    assertThat(heading()).isEqualTo(f.name());
    assertThat(column("#contracten", 0)).containsExactly("twente");
    assertThat(column("#contracten", 2)).containsExactly("hele categorie");
    assertThat(column("#contracten", 3)).containsExactly("01-01-2025");

    // a wrong contract: a product outside the region's product book, refused beside its field
    fillContract("twente", "45", "45X99", "2026-01-01", "");
    WebElement error =
        clickAndWaitFor(
            browser.findElement(By.cssSelector("#contract-toevoegen button[type=submit]")),
            By.id("productCode-fout"));
    assertThat(error.getText())
        .isEqualTo(
            "Productcode: 45X99 staat niet in het productboek van twente onder categorie 45.");
    assertThat(browser.findElement(By.id("productCode")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.findElement(By.id("productCode")).getAttribute("aria-describedby"))
        .isEqualTo("productCode-fout");
    assertThat(providers.contracts(f.agb())).hasSize(1);
    // and one without a category: refused, the field named
    fillContract("twente", "", "", "2026-01-01", "");
    clickAndWaitFor(
        browser.findElement(By.cssSelector("#contract-toevoegen button[type=submit]")),
        By.id("category-fout"));
    assertThat(browser.findElement(By.id("category-fout")).getText())
        .isEqualTo("Categorie: vul de categorie in (twee cijfers, JZ020).");
    assertThat(browser.findElement(By.cssSelector("#contract-toevoegen [role=alert]")).getText())
        .isEqualTo("Niet opgeslagen: controleer de velden hieronder.");
    assertThat(providers.contracts(f.agb())).hasSize(1);

    // a right one: stored through the service, confirmed, shown
    fillContract("twente", "45", "45v01", "2026-01-01", "2026-12-31");
    WebElement confirmation =
        clickAndWaitFor(
            browser.findElement(By.cssSelector("#contract-toevoegen button[type=submit]")),
            By.cssSelector("[role=status]"));
    assertThat(confirmation.getText()).isEqualTo("Contract toegevoegd: twente, 45V01.");
    assertThat(providers.contracts(f.agb()))
        .contains(
            new Contract(
                f.agb(),
                "twente",
                "45",
                "45V01",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
    assertThat(column("#contracten", 2)).containsExactly("hele categorie", "45V01");
    assertThat(column("#contracten", 4)).containsExactly("open", "31-12-2026");
    screenshot("aanbieder");

    // the policy packs: every region with its versions; a rule with its seed citation
    open("/app/beheer/beleid?regio=twente");
    assertThat(heading()).isEqualTo("Beleidsregels");
    for (String id : catalog.ids()) {
      var versions = catalog.versions(id);
      assertThat(browser.findElements(By.cssSelector("#regio-" + id + " table.versions tbody tr")))
          .as(id)
          .hasSize(versions.size());
    }
    var pack = catalog.versions("twente").getFirst();
    WebElement version =
        browser.findElement(By.cssSelector("#regio-twente table.versions tbody tr"));
    assertThat(version.findElement(By.tagName("th")).getText())
        .isEqualTo("twente@" + pack.validFrom());
    assertThat(cells(version).get(1)).isEqualTo("01-01-2025");
    assertThat(cells(version).get(2)).isEqualTo(pack.validTo() == null ? "open" : "");
    List<WebElement> rules =
        browser.findElements(By.cssSelector("#regio-twente table.rules tbody tr"));
    assertThat(rules).hasSize(pack.rules().size());
    WebElement first = rules.getFirst();
    assertThat(cells(first).getFirst()).isEqualTo("R-TWE-1");
    assertThat(cells(first).get(1)).isEqualTo("ReferralLetterValidity");
    assertThat(cells(first).get(2)).startsWith("002 p.1");
    assertThat(cells(first).get(3))
        .startsWith("002: Werkinstructie voor verwijzingen door medisch verwijzers, Twente");
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("regio-twente")));
    screenshot("beleidsregels");

    // the audit log, filtered to the user this test acted as: the clients it registered
    open("/app/beheer/audit");
    assertThat(heading()).isEqualTo("Auditlog");
    browser.findElement(By.id("actor")).sendKeys(f.user());
    submitAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
    var expected =
        clients.auditLog(
            ADMIN, new AuditFilter(f.user(), null, null, null, null), PageRequest.of(0, 25, null));
    assertThat(expected.total()).isGreaterThanOrEqualTo(2);
    assertThat(column("#auditlog", 1)).hasSize(expected.items().size()).allMatch(f.user()::equals);
    assertThat(column("#auditlog", 4))
        .containsExactlyElementsOf(
            expected.items().stream().map(e -> e.clientPseudonym()).toList());
    assertThat(column("#auditlog", 3)).contains("Vastgelegd");
    // and by action: only what was recorded
    new Select(browser.findElement(By.id("action"))).selectByValue("CREATE");
    submitAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
    assertThat(column("#auditlog", 3)).isNotEmpty().allMatch("Vastgelegd"::equals);
    screenshot("auditlog");
    signOut();

    // a contract manager has no audit log: a Dutch 403 page, and no link to it
    signInFresh("contract-twente");
    assertThat(browser.findElements(By.linkText("Auditlog"))).isEmpty();
    open("/app/beheer/audit");
    assertThat(heading()).isEqualTo("Geen toegang");
    signOut();
  }

  private void fillContract(
      String region, String category, String product, String from, String to) {
    new Select(browser.findElement(By.id("region"))).selectByValue(region);
    type("category", category);
    type("productCode", product);
    date("validFrom", from);
    date("validTo", to);
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    if (!text.isEmpty()) input.sendKeys(text);
  }

  /** A date input takes its value in the browser's own format; set the ISO value directly. */
  private void date(String id, String iso) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), iso);
  }

  /** Clicks an export button and waits until the browser has saved the whole file. */
  private Path download(String button, String fileName) throws Exception {
    Path file = DOWNLOADS.resolve(fileName);
    Files.deleteIfExists(file);
    browser.findElement(By.cssSelector("a[data-export='" + button + "']")).click();
    Path partial = DOWNLOADS.resolve(fileName + ".crdownload");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(200))
        .until(d -> Files.isRegularFile(file) && !Files.exists(partial));
    return file;
  }

  private static String sheetXml(Path xlsx) throws Exception {
    try (var zip = new ZipFile(xlsx.toFile())) {
      ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
      return new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String allXml(Path xlsx) throws Exception {
    StringBuilder xml = new StringBuilder();
    try (var zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/")) {
          xml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return xml.toString();
  }

  private static long count(String text, String part) {
    Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(part)).matcher(text);
    long n = 0;
    while (m.find()) n++;
    return n;
  }

  /** A row's header and data cells, in order. */
  private static List<String> cells(WebElement row) {
    List<String> texts = new ArrayList<>();
    for (WebElement cell : row.findElements(By.cssSelector("th, td"))) texts.add(cell.getText());
    return texts;
  }
}
