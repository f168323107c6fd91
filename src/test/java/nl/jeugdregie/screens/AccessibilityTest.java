package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA (issue 12), checked by Deque's axe-core inside the real page: the sign-in form and,
 * for each demo account, every screen its menu offers (so a screen added to the menu is checked
 * without touching this test). axe finds what a machine can (labels, contrast, names, landmarks,
 * language); keyboard order and wording are for people to review.
 */
class AccessibilityTest extends BrowserTest {

  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @Test
  void theSignInFormMeetsWcag21AA() {
    browser.manage().deleteAllCookies();
    open("/login?error");
    assertThat(violations("/login?error")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"toegang-twente", "aanbieder-1", "contract-twente", "beleid", "admin"})
  void everyScreenInTheMenuMeetsWcag21AA(String account) {
    browser.manage().deleteAllCookies();
    open("/");
    signIn(account, "demo");
    List<String> violations = new ArrayList<>();

    SequencedSet<String> screens = new LinkedHashSet<>();
    for (WebElement link : browser.findElements(By.cssSelector("header.top nav a"))) {
      screens.add(link.getDomAttribute("href"));
    }
    assertThat(screens).as("the menu of " + account).isNotEmpty();
    for (String screen : screens) {
      open(screen);
      violations.addAll(violations(screen));
    }
    assertThat(violations).as("WCAG 2.1 AA violations for " + account).isEmpty();
  }

  /** The page's violations, each as "page: rule (help) at selector". */
  private List<String> violations(String page) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    // axe ran on the page: it reports an error, or checks that passed
    assertThat(results.getErrorMessage()).as(page).isNull();
    assertThat(results.getPasses()).as("rules axe found met on " + page).isNotEmpty();
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      rule.getNodes()
          .forEach(
              node ->
                  found.add(
                      page
                          + ": "
                          + rule.getId()
                          + " ("
                          + rule.getHelp()
                          + ") at "
                          + node.getTarget()));
    }
    return found;
  }
}
