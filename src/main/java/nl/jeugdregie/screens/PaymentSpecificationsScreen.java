package nl.jeugdregie.screens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.DeclarationFilter;
import nl.jeugdregie.billing.PaymentSpecifications;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.CodePatterns;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Betaalspecificaties ({@code GET /api/v1/payment-specifications}): what a provider is paid for the
 * care in a month, every line it declared for that month with its verdict and what it pays (a
 * credit negative, a rejected line 0), and the totals: approved, credited, rejected, to pay, and
 * the same sum read from the ledger, which must be equal (ADR 0006). A provider sees its own; a
 * contract manager or admin chooses the provider and sees the lines in its scope. The overview
 * lists the provider's declaration months as a way in; any month can be asked with the form.
 * Address of one: {@code /app/betaalspecificaties/12345678-2025-03} (AGB and month of care).
 */
@Controller
class PaymentSpecificationsScreen {

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("([0-9]{8})-([0-9]{4}-(0[1-9]|1[0-2]))");

  private final PaymentSpecifications specifications;
  private final BookedDeclarations declarations;
  private final Clock clock;

  PaymentSpecificationsScreen(
      PaymentSpecifications specifications, BookedDeclarations declarations, Clock clock) {
    this.specifications = specifications;
    this.declarations = declarations;
    this.clock = clock;
  }

  /** Which specification: the provider's AGB code and the month of care. */
  record Choice(
      @Nullable @NotBlank @Pattern(regexp = CodePatterns.AGB) String aanbieder,
      @Nullable @NotBlank @Pattern(regexp = DeclarationFilter.MONTH) String maand) {}

  /** A month the provider declared, as a way into its specification. */
  record MonthLink(String agb, YearMonth month, long declarations) {}

  @GetMapping("/app/betaalspecificaties")
  String overview(
      Actor actor,
      @Valid @ModelAttribute("choice") Choice choice,
      BindingResult errors,
      Model model) {
    boolean asked = choice.aanbieder() != null || choice.maand() != null;
    if (asked && !errors.hasErrors()) {
      // the chosen specification has its own address (a provider's AGB field is hidden, its own)
      return "redirect:/app/betaalspecificaties/" + choice.aanbieder() + "-" + choice.maand();
    }
    if (!asked) {
      // the first visit: last month, the provider's own AGB, and no errors yet
      Choice first =
          new Choice(
              actor.role() == Role.PROVIDER ? actor.agb() : "",
              YearMonth.now(clock).minusMonths(1).toString());
      model.addAttribute("choice", first);
      model.addAttribute(
          BindingResult.MODEL_KEY_PREFIX + "choice",
          new org.springframework.validation.BeanPropertyBindingResult(first, "choice"));
    }
    model.addAttribute("actor", actor);
    model.addAttribute("months", months(actor));
    return "betaalspecificaties";
  }

  @GetMapping("/app/betaalspecificaties/{id}")
  String specification(Actor actor, @PathVariable String id, Model model) {
    Matcher m = ID.matcher(id);
    if (!m.matches()) throw new ScreenErrors.PageNotFound();
    PaymentSpecifications.PaymentSpecification specification =
        specifications.of(actor, m.group(1), YearMonth.parse(m.group(2)));
    model.addAttribute("actor", actor);
    model.addAttribute("s", specification);
    return "betaalspecificatie";
  }

  /** The (provider, month) pairs of the latest 200 declarations in scope, newest month first. */
  private List<MonthLink> months(Actor actor) {
    var page = declarations.list(actor, DeclarationFilter.none(), PageRequest.of(0, 200, null));
    Set<String> seen = new LinkedHashSet<>();
    List<MonthLink> links = new ArrayList<>();
    for (BookedDeclarations.DeclarationSummary d : page.items()) {
      String key = d.providerAgb() + "-" + d.month();
      if (!seen.add(key)) continue;
      long count =
          page.items().stream()
              .filter(o -> o.providerAgb().equals(d.providerAgb()) && o.month().equals(d.month()))
              .count();
      links.add(new MonthLink(d.providerAgb(), d.month(), count));
    }
    return links;
  }
}
