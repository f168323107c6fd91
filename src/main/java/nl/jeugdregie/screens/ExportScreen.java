package nl.jeugdregie.screens;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.DeclarationFilter;
import nl.jeugdregie.billing.PaymentSpecifications;
import nl.jeugdregie.billing.Payments;
import nl.jeugdregie.catalog.ProviderFilter;
import nl.jeugdregie.catalog.ProviderList;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.ListRefusedException;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.signals.Signals;
import nl.jeugdregie.web.LabelledTable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contract manager's exports to Excel and CSV (issue 12): {@code
 * /app/export/{list}?format=csv|xlsx} for the toewijzingen, declaraties, betaalspecificaties,
 * signalen and aanbieders, each read from the same service as its API list with the caller's {@link
 * Actor}, so the file holds exactly what the API would answer (scope, pseudonyms only, the
 * services' own audit). The file itself is written by the web module's table converter
 * (nl.jeugdregie.web.TableExport, registered for every {@code @ResponseBody} list), the same as the
 * API's {@code ?format=}; this screen only names the file in Dutch with the date, e.g. {@code
 * toewijzingen-2026-12-05.xlsx}. One file holds up to {@link PageRequest#MAX_SIZE} rows.
 */
@Controller
class ExportScreen {

  /** The lists that can be exported, by their Dutch names (also the file names). */
  enum ExportList {
    TOEWIJZINGEN,
    DECLARATIES,
    BETAALSPECIFICATIES,
    SIGNALEN,
    AANBIEDERS;

    /** The list's Dutch name: in the address, the file name and the message keys. */
    String dutch() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code role} may read this list (the policy role: aggregates only). */
    boolean forRole(Role role) {
      return switch (this) {
        case AANBIEDERS, BETAALSPECIFICATIES -> true;
        case TOEWIJZINGEN, DECLARATIES, SIGNALEN -> role != Role.POLICY;
      };
    }

    /** The lists {@code actor} may export, in menu order. */
    static List<ExportList> of(Actor actor) {
      return java.util.Arrays.stream(values()).filter(l -> l.forRole(actor.role())).toList();
    }
  }

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE, null);

  private final AllocationList allocations;
  private final BookedDeclarations declarations;
  private final Payments payments;
  private final PaymentSpecifications specifications;
  private final Signals signals;
  private final ProviderList providers;
  private final Clock clock;
  private final MessageSource messages;

  ExportScreen(
      AllocationList allocations,
      BookedDeclarations declarations,
      Payments payments,
      PaymentSpecifications specifications,
      Signals signals,
      ProviderList providers,
      Clock clock,
      MessageSource messages) {
    this.messages = messages;
    this.allocations = allocations;
    this.declarations = declarations;
    this.payments = payments;
    this.specifications = specifications;
    this.signals = signals;
    this.providers = providers;
    this.clock = clock;
  }

  /**
   * {@code maand} (yyyy-MM, default the last complete month) and {@code aanbieder} (an AGB) only
   * for the betaalspecificaties: without a provider the month's payments per municipality and
   * provider (as {@code GET /api/v1/payments}), with one its specification's lines (as {@code GET
   * /api/v1/payment-specifications}).
   */
  @GetMapping("/app/export/{list}")
  ResponseEntity<Object> export(
      Actor actor,
      @PathVariable String list,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) @Nullable String maand,
      @RequestParam(required = false) @Nullable String aanbieder) {
    ExportList which = exportList(list);
    boolean excel =
        switch (format.strip().toLowerCase(Locale.ROOT)) {
          case "xlsx" -> true;
          case "csv" -> false;
          default -> throw new ListRefusedException("format", "must be csv or xlsx");
        };
    LocalDate today = LocalDate.now(clock);
    Object rows =
        switch (which) {
          case TOEWIJZINGEN -> allocations.list(actor, AllocationFilter.none(), ALL);
          case DECLARATIES -> declarations.list(actor, DeclarationFilter.none(), ALL);
          case BETAALSPECIFICATIES -> {
            YearMonth month = month(maand, today);
            yield aanbieder == null || aanbieder.isBlank()
                ? payments.month(actor, month)
                : specifications.of(actor, aanbieder.strip(), month).lines();
          }
          case SIGNALEN -> signals.list(actor, null, null);
          case AANBIEDERS -> providers.list(new ProviderFilter(null, null, null, null, null), ALL);
        };
    String file = which.dutch() + "-" + today + (excel ? ".xlsx" : ".csv");
    return ResponseEntity.ok()
        .contentType(excel ? XLSX : CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .body(new LabelledTable(rows, this::heading));
  }

  /** A column's Dutch heading ({@code export.column.<name>}); the name itself if it has none. */
  private String heading(String column) {
    String heading =
        messages.getMessage(
            "export.column." + column, null, column, LocaleContextHolder.getLocale());
    return heading == null ? column : heading;
  }

  private static ExportList exportList(String list) {
    try {
      if (!list.equals(list.toLowerCase(Locale.ROOT))) throw new ScreenErrors.PageNotFound();
      return ExportList.valueOf(list.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ScreenErrors.PageNotFound();
    }
  }

  private static YearMonth month(@Nullable String text, LocalDate today) {
    if (text == null || text.isBlank()) return YearMonth.from(today).minusMonths(1);
    if (!text.strip().matches(DeclarationFilter.MONTH)) {
      throw new ListRefusedException("maand", "must be a month (yyyy-MM)");
    }
    return YearMonth.parse(text.strip());
  }
}
