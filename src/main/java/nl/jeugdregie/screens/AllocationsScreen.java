package nl.jeugdregie.screens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.allocation.DeliveryState;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The provider's toewijzingen (allocations): its own, latest start first, in pages of 25, with the
 * product, period and delivery state; the same list, in scope, for the other roles that may see
 * allocations. Filters are those of the allocation list (issue 11): municipality, product category
 * or code, delivery state, and "ends within N weeks" (the list's last-day-between filter from today
 * on the application's clock, for the extension report 8-12 weeks before the end, R-TWE-4). htmx
 * swaps the filters and the table on a change; the pager keeps the filters. Each row links to the
 * allocation's own screen ({@link AllocationScreen}).
 */
@Controller
class AllocationsScreen {

  private final AllocationList allocations;
  private final PolicyCatalog catalog;
  private final Clock clock;

  AllocationsScreen(AllocationList allocations, PolicyCatalog catalog, Clock clock) {
    this.allocations = allocations;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The filters as the form sends them; every one optional, an empty one is no filter. */
  record Filters(
      @Nullable @Pattern(regexp = "([0-9]{4})?") String municipality,
      @Nullable @Pattern(regexp = "([0-9]{2})?") String category,
      @Nullable @Pattern(regexp = "([0-9A-Za-z]{1,5})?") String product,
      @Nullable DeliveryState state,
      @Nullable @Min(1) @Max(104) Integer endingWithinWeeks,
      @Nullable @Min(0) Integer page) {

    /** The filters as the query string of the pager's links (without the page). */
    String query() {
      List<String> parts = new ArrayList<>();
      add(parts, "municipality", municipality);
      add(parts, "category", category);
      add(parts, "product", product);
      add(parts, "state", state == null ? null : state.name());
      add(parts, "endingWithinWeeks", endingWithinWeeks == null ? null : "" + endingWithinWeeks);
      return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, @Nullable String value) {
      if (value != null && !value.isBlank()) {
        parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
      }
    }

    AllocationFilter filter(LocalDate today) {
      return new AllocationFilter(
          null,
          blankless(municipality),
          null,
          blankless(category),
          blankless(product),
          state,
          endingWithinWeeks == null ? null : today,
          endingWithinWeeks == null ? null : today.plusWeeks(endingWithinWeeks));
    }

    private static @Nullable String blankless(@Nullable String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  @GetMapping("/app/toewijzingen")
  String allocations(
      Actor actor,
      @Valid @ModelAttribute("filters") Filters filters,
      BindingResult errors,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute("municipalities", municipalities());
    model.addAttribute("categories", categories());
    model.addAttribute("states", DeliveryState.values());
    model.addAttribute("weeks", List.of(4, 8, 12, 26));
    String query = filters.query();
    model.addAttribute("path", "/app/toewijzingen" + (query.isEmpty() ? "" : "?" + query));
    if (!errors.hasErrors()) {
      int page = filters.page() == null ? 0 : filters.page();
      model.addAttribute(
          "allocations",
          allocations.list(
              actor,
              filters.filter(LocalDate.now(clock)),
              PageRequest.of(page, CaseloadScreen.PAGE_SIZE, null)));
    }
    // htmx asks for other filters or another page: only the filters and the table are swapped
    return htmx != null ? "toewijzingen :: lijst" : "toewijzingen";
  }

  /** The municipalities of every region's pack, by code, with their names. */
  private Map<String, String> municipalities() {
    Map<String, String> all = new TreeMap<>();
    for (PolicyPack pack : catalog.all()) {
      pack.municipalities().forEach((code, m) -> all.put(code, m.name()));
    }
    return all;
  }

  /** The product categories (JZ020) of every region's product book. */
  private TreeSet<String> categories() {
    TreeSet<String> all = new TreeSet<>();
    for (PolicyPack pack : catalog.all()) {
      pack.products().values().forEach(p -> all.add(p.category()));
    }
    return all;
  }
}
