package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The web application in a real browser (issue 12): Debian's chromium driven by chromium-driver
 * (installed by .ci/run; nothing is downloaded at run time), against the application on a random
 * port. One browser per test class; subclasses walk a role's route and assert what the pages show
 * against what the services hold. Screens are saved to docs/screens/ for the README.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENS = Path.of("docs/screens");
  static final Path DOWNLOADS = Path.of("target/browser-downloads");

  @Value("${local.server.port}")
  int port;

  WebDriver browser;

  @BeforeAll
  void browser() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as(
            "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
                + " chromium-driver; .ci/run does)")
        .isTrue();
    Files.createDirectories(DOWNLOADS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1280,860",
        "--lang=nl-NL",
        // the machine's network is closed: without these chromium keeps dialling Google's hosts
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync");
    // downloads (exports) land in target/, where a test can read them
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            DOWNLOADS.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterAll
  void close() {
    if (browser != null) browser.quit();
  }

  /** Opens a page of the application by its path. */
  void open(String path) {
    browser.get(url(path));
  }

  /** Signs out whoever is signed in, then signs in on the form at {@code /}. */
  void signInFresh(String user) {
    browser.manage().deleteAllCookies();
    open("/");
    signIn(user, "demo");
  }

  void signIn(String user, String password) {
    browser.findElement(By.id("username")).clear();
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    submitAndWait(browser.findElement(By.cssSelector("form.card button[type=submit]")));
  }

  void signOut() {
    submitAndWait(browser.findElement(By.cssSelector(".signout button")));
  }

  /**
   * Clicks and waits until the browser is on the answer's page. Polls the address, not the old
   * element: chromium-driver may answer a look at an element of the page being left with a plain
   * error rather than a stale-element one. For a form that answers on the same address, use {@link
   * #clickAndWaitFor}.
   */
  void submitAndWait(WebElement button) {
    String before = browser.getCurrentUrl();
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(d -> !Objects.equals(before, d.getCurrentUrl()));
  }

  /** Waits until the browser's address satisfies {@code expected} (after redirects). */
  void waitForAddress(java.util.function.Predicate<String> expected) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(d -> expected.test(String.valueOf(d.getCurrentUrl())));
  }

  /** Clicks and waits until an element matching {@code expected} is shown. */
  WebElement clickAndWaitFor(WebElement button, By expected) {
    button.click();
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(d -> d.findElements(expected).stream().filter(WebElement::isDisplayed).findFirst())
        .orElseThrow();
  }

  /** The texts of a table's body cells in column {@code column} (0-based). */
  List<String> column(String table, int column) {
    return browser.findElements(By.cssSelector(table + " tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).get(column).getText())
        .toList();
  }

  String heading() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENS);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENS.resolve(name + ".png"), png);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }
}
