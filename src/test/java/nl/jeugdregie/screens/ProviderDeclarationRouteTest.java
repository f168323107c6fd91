package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationFilter;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.billing.PaymentSpecifications;
import nl.jeugdregie.billing.ReturnCode;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's money route in a real browser (issue 12): aanbieder-1 (AGB 12345678) checks
 * declaration lines before sending (nothing stored), uploads a month as JSON Lines and watches the
 * progress bar until the verdicts are there, finds the booked declaration in its list, opens it,
 * and follows it to the payment specification of its care month; a file that is neither JSON nor
 * XML is refused in Dutch and stores nothing. Every figure on the pages is compared with what the
 * services hold. The import pauses 400 ms after each declaration (the test-only throttle of
 * DeclarationImport) so the page is seen polling before it is done.
 */
@TestPropertySource(properties = "jeugdregie.import.pause-ms=400")
class ProviderDeclarationRouteTest extends BrowserTest {

  static final String AGB = "12345678";
  static final String LOSSER = "0168";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired Providers providers;
  @Autowired Declarations declarations;
  @Autowired BookedDeclarations booked;
  @Autowired PaymentSpecifications specifications;

  final Actor aanbieder = Actor.provider("aanbieder-1", AGB);
  final Euros euro = new Euros();
  final String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
  String bsn = "";
  int allocation;

  @Test
  void aProviderChecksUploadsAndFollowsItsDeclarationToThePaymentSpecification() throws Exception {
    startedAllocation();
    signInFresh("aanbieder-1");

    // ---- the pre-check: per line the verdict with its return codes, nothing stored
    long before = stored();
    String good =
        declaration(
            "C" + run, "2025-03", line("K" + run, "2025-03-10", "2025-03-31", 600, 600 * 205));
    String wrong =
        declaration("W" + run, "2025-03", line("W" + run, "2025-03-10", "2025-03-31", 600, 1000));
    open("/app/declaraties/controle");
    assertThat(heading()).isEqualTo("Controle vooraf");
    WebElement lines = browser.findElement(By.id("lines"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", lines, good + "\n" + wrong + "\n");
    clickAndWaitFor(
        browser.findElement(By.cssSelector("form.card button[type=submit]")), By.id("controle"));
    DeclarationAnswer goodAnswer = declarations.check(aanbieder, parse(good));
    DeclarationAnswer wrongAnswer = declarations.check(aanbieder, parse(wrong));
    assertThat(goodAnswer.lines().getFirst().status()).isEqualTo("APPROVED");
    assertThat(wrongAnswer.lines().getFirst().status()).isEqualTo("REJECTED");
    List<WebElement> rows = browser.findElements(By.cssSelector("#controle tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(cells(rows.get(0)))
        .containsSubsequence("K" + run, euro.text(600L * 205), "Goedgekeurd");
    assertThat(cells(rows.get(1))).containsSubsequence("W" + run, euro.text(1000L), "Afgewezen");
    String codes = cells(rows.get(1)).get(5);
    for (ReturnCode code : wrongAnswer.lines().getFirst().returnCodes()) {
      assertThat(codes).contains(code.code()).contains(code.rule());
    }
    // 9346 (amount is not volume x tariff) with the code list's Dutch meaning beside it
    assertThat(wrongAnswer.lines().getFirst().returnCodes())
        .extracting(ReturnCode::code)
        .contains("9346");
    assertThat(codes).contains(new ReturnCodeMeanings().meaning("9346"));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("Gecontroleerd; er is niets opgeslagen of geboekt.");
    assertThat(stored()).isEqualTo(before);
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("uitslag-kop")));
    screenshot("declaratie-controle");

    // ---- a wrong file: a Dutch error naming the line, nothing stored
    Path text = Files.createTempFile("geen-declaratie", ".txt");
    Files.writeString(text, "Dit is geen declaratie\n", StandardCharsets.UTF_8);
    open("/app/declaraties");
    assertThat(heading()).isEqualTo("Declaraties");
    browser.findElement(By.id("file")).sendKeys(text.toAbsolutePath().toString());
    clickAndWaitFor(
        browser.findElement(By.cssSelector(".upload button[type=submit]")), By.id("upload-fouten"));
    assertThat(browser.findElement(By.id("upload-fouten")).getText())
        .contains("Het bestand is niet aangenomen; er is niets opgeslagen.")
        .contains("Regel 1 is geen JSON-declaratie en het bestand is geen XML");
    assertThat(browser.findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(stored()).isEqualTo(before);

    // ---- a file over the iJw hubs' 25 MB: refused beside the field before it is read
    Path large = Files.createTempFile("te-groot", ".jsonl");
    try (var out = Files.newOutputStream(large)) {
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i <= DeclarationsScreen.MAX_MEGABYTES; i++) out.write(block);
    }
    open("/app/declaraties");
    browser.findElement(By.id("file")).sendKeys(large.toAbsolutePath().toString());
    clickAndWaitFor(
        browser.findElement(By.cssSelector(".upload button[type=submit]")), By.id("upload-fouten"));
    assertThat(browser.findElement(By.id("upload-fouten")).getText())
        .contains("Het bestand is groter dan 25 MB");
    assertThat(stored()).isEqualTo(before);
    Files.delete(large);

    // ---- upload a month: two approved declarations and one rejected whole
    String a = "A" + run;
    String b = "B" + run;
    String c = "D" + run;
    Path month = Files.createTempFile("maand", ".jsonl");
    Files.writeString(
        month,
        String.join(
                "\n",
                declaration(
                    a, "2025-03", line("RA" + run, "2025-03-10", "2025-03-31", 600, 600 * 205)),
                declaration(b, "2025-03", line("RB" + run, "2025-03-10", "2025-03-31", 300, 12345)),
                declaration(
                    c, "2025-04", line("RD" + run, "2025-04-01", "2025-04-30", 480, 480 * 205)))
            + "\n",
        StandardCharsets.UTF_8);
    open("/app/declaraties");
    browser.findElement(By.id("file")).sendKeys(month.toAbsolutePath().toString());
    submitAndWait(browser.findElement(By.cssSelector(".upload button[type=submit]")));
    assertThat(browser.getCurrentUrl()).contains("/app/declaraties/upload/");
    WebElement progress = browser.findElement(By.id("voortgang-balk"));
    assertThat(progress.getTagName()).isEqualTo("progress");
    assertThat(progress.getAttribute("max")).isEqualTo("3");
    assertThat(browser.findElement(By.id("voortgang-tekst")).getText())
        .matches("[0-3] van 3 regels beoordeeld");
    // htmx polls the fragment until the job is done; the last answer stops the polling
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(d -> !d.findElements(By.id("klaar")).isEmpty());
    assertThat(browser.findElement(By.id("voortgang-tekst")).getText())
        .isEqualTo("3 van 3 regels beoordeeld");
    assertThat(browser.findElement(By.id("voortgang-balk")).getAttribute("value")).isEqualTo("3");
    assertThat(browser.findElement(By.id("voortgang")).getAttribute("hx-trigger")).isNull();
    assertThat(browser.findElement(By.id("klaar")).getText())
        .isEqualTo("Klaar: 3 declaraties verwerkt, 2 geheel goedgekeurd, 1 met afgewezen regels.");

    Map<String, BookedDeclarations.DeclarationSummary> mine =
        booked
            .list(
                aanbieder,
                new DeclarationFilter(null, AGB, LOSSER, null),
                PageRequest.of(0, 100, null))
            .items()
            .stream()
            .collect(
                Collectors.toMap(
                    BookedDeclarations.DeclarationSummary::number, Function.identity()));
    assertThat(mine).containsKeys(a, b, c).doesNotContainKeys("C" + run, "W" + run);
    assertThat(of(mine, a).state().name()).isEqualTo("APPROVED");
    assertThat(of(mine, b).state().name()).isEqualTo("REJECTED");
    assertThat(of(mine, c).state().name()).isEqualTo("APPROVED");
    for (String number : List.of(a, b, c)) {
      WebElement row =
          browser.findElement(By.cssSelector("#oordelen tr[data-number='" + number + "']"));
      List<String> cells = cells(row);
      assertThat(cells.get(1)).isEqualTo(number);
      assertThat(cells.get(2)).isEqualTo("Geboekt");
      assertThat(cells.get(3))
          .isEqualTo(
              of(mine, number).state().name().equals("APPROVED") ? "Goedgekeurd" : "Afgewezen");
      assertThat(cells.get(4)).isEqualTo(euro.text(of(mine, number).approvedCents()));
      BookedDeclarations.BookedDeclaration stored =
          booked.get(aanbieder, of(mine, number).id()).orElseThrow();
      for (BookedDeclarations.BookedLine l : stored.lines()) {
        for (ReturnCode code : l.returnCodes()) assertThat(cells.get(5)).contains(code.code());
      }
    }
    assertThat(
            booked.get(aanbieder, of(mine, b).id()).orElseThrow().lines().getFirst().returnCodes())
        .extracting(ReturnCode::code)
        .contains("9346");
    screenshot("declaratie-upload");

    // ---- the list: the booked declaration with its amount, linked to its page
    open("/app/declaraties");
    BookedDeclarations.DeclarationSummary first = of(mine, a);
    WebElement link = browser.findElement(By.linkText(a));
    List<String> listed = cells(link.findElement(By.xpath("./ancestor::tr")));
    assertThat(listed.get(1)).isEqualTo("2025-03");
    assertThat(listed.get(2)).isEqualTo(LOSSER);
    assertThat(listed.get(5)).isEqualTo("Goedgekeurd");
    assertThat(listed.get(8)).isEqualTo(euro.text(first.approvedCents())).isEqualTo("€ 1.230,00");
    screenshot("declaraties");

    submitAndWait(browser.findElement(By.linkText(a)));
    assertThat(browser.getCurrentUrl()).endsWith("/app/declaraties/" + first.id());
    assertThat(heading()).isEqualTo("Declaratie " + a);
    assertThat(browser.findElement(By.id("toegekend")).getText()).isEqualTo("€ 1.230,00");
    assertThat(browser.findElement(By.id("oordeel")).getText()).isEqualTo("Goedgekeurd");
    assertThat(column("#regels", 0)).containsExactly("RA" + run);
    assertThat(column("#regels", 9)).containsExactly("Goedgekeurd");

    // ---- its care month's payment specification, with the totals the service computes
    submitAndWait(browser.findElement(By.linkText("Betaalspecificatie zorgmaand 2025-03")));
    PaymentSpecifications.PaymentSpecification spec =
        specifications.of(aanbieder, AGB, YearMonth.of(2025, 3));
    assertThat(heading()).isEqualTo("Betaalspecificatie 12345678, zorgmaand 2025-03");
    assertThat(browser.findElement(By.id("te-betalen")).getText())
        .isEqualTo(euro.text(spec.totals().toPayCents()));
    assertThat(browser.findElement(By.id("grootboek")).getText())
        .isEqualTo(euro.text(spec.totals().ledgerCents()));
    assertThat(browser.findElement(By.id("afgewezen")).getText())
        .isEqualTo(euro.text(spec.totals().rejectedCents()));
    assertThat(spec.totals().toPayCents()).isEqualTo(spec.totals().ledgerCents());
    assertThat(column("#specificatie", 4))
        .contains("RA" + run, "RB" + run)
        .doesNotContain("RD" + run);
    assertThat(column("#specificatie", 4)).hasSize(spec.lines().size());
    screenshot("betaalspecificatie");

    // ---- the overview links the declaration months
    open("/app/betaalspecificaties");
    assertThat(heading()).isEqualTo("Betaalspecificaties");
    assertThat(browser.findElements(By.linkText("Betaalspecificatie 2025-04"))).isNotEmpty();
    signOut();
  }

  /** Declarations stored for aanbieder-1 in Losser, whatever their state. */
  private long stored() {
    return booked
        .list(aanbieder, new DeclarationFilter(null, AGB, LOSSER, null), PageRequest.of(0, 1, null))
        .total();
  }

  private static BookedDeclarations.DeclarationSummary of(
      Map<String, BookedDeclarations.DeclarationSummary> stored, String number) {
    return java.util.Objects.requireNonNull(stored.get(number), number);
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  private static DeclarationSubmission parse(String json) {
    return DeclarationSubmission.parse(JSON.readTree(json));
  }

  private String declaration(String number, String period, String line) {
    LocalDate received = YearMonth.parse(period).plusMonths(1).atDay(2);
    return """
        {"providerAgb": "%s", "number": "%s", "municipality": "%s", "period": "%s", \
        "receivedOn": "%s", "clients": [{"bsn": "%s", "lines": [%s]}]}"""
        .formatted(AGB, number, LOSSER, period, received, bsn, line);
  }

  /** A line of 45B01 minutes (EUR 2.05 a minute in 2025 in Twente). */
  private String line(String reference, String start, String end, long minutes, long cents) {
    return """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d, \
        "product": {"category": "45", "code": "45B01"}, \
        "productPeriod": {"start": "%s", "end": "%s"}, \
        "volume": {"amount": %d, "unit": "01"}, "tariffCents": 205, "amountCents": %d}"""
        .formatted(reference, allocation, start, end, minutes, cents);
  }

  /**
   * A Twente allocation of aanbieder-1 for Losser (3000 minutes of 45B01, 10 March to 31 December
   * 2025; under 6000 minutes it is allocated at once), its delivery started on 10 March.
   */
  private void startedAllocation() {
    if (providers.find(AGB).isEmpty()) providers.register(AGB, "Aanbieder 1");
    providers.contract(new Contract(AGB, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    bsn = TestData.bsn();
    var body =
        JSON.readTree(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "%s",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "2025-02-01"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": 3000, "unit": "01", "frequency": "6"},
             "clientBsn": "%s", "providerAgb": "%s", "providerReference": "DECL-%s"}
            """
                .formatted(LOSSER, bsn, AGB, run));
    var view = requests.submit(aanbieder, RequestSubmission.parse(body));
    assertThat(view.state()).as(view.toString()).isEqualTo(RequestState.APPROVED);
    allocation = view.allocations().getFirst().number();
    var started = allocations.start(aanbieder, LOSSER, allocation, LocalDate.of(2025, 3, 10), null);
    assertThat(started.toString()).contains("STARTED");
  }
}
