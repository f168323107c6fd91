package nl.jeugdregie.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.DeclarationFilter;
import nl.jeugdregie.billing.PaymentSpecificationFilter;
import nl.jeugdregie.billing.PaymentSpecifications;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Money read back (issue 11): a booked declaration with its lines, the declaration list by month,
 * provider, municipality and state, and a provider's payment specification for a month, each in the
 * caller's scope (provider: its own; access team: its municipalities; contract manager: its region;
 * admin: all; policy: 403, it reads the aggregates of {@code GET /payments}). The lists answer as
 * CSV and xlsx too; the payment specification's table is one row per line.
 */
@RestController
@RequestMapping(path = "/api/v1")
class DeclarationListController {

  private final ListQueries queries;
  private final BookedDeclarations declarations;
  private final PaymentSpecifications specifications;
  // not there in a run without the web server (jeugdregie import), which builds no MVC beans
  private final ObjectProvider<ContentNegotiationManager> negotiation;

  DeclarationListController(
      BookedDeclarations declarations,
      PaymentSpecifications specifications,
      ObjectProvider<ContentNegotiationManager> negotiation,
      ListQueries queries) {
    this.queries = queries;
    this.declarations = declarations;
    this.specifications = specifications;
    this.negotiation = negotiation;
  }

  /** 404 when unknown or outside the caller's scope alike, so a refusal tells nothing. */
  @GetMapping(path = "/declarations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  BookedDeclarations.BookedDeclaration declaration(Actor actor, @PathVariable UUID id) {
    return declarations
        .get(actor, id)
        .orElseThrow(() -> RouteRefusedException.notFound("id", "no declaration " + id));
  }

  /**
   * Every wrong query parameter of the filter and the page comes in one answer ({@link
   * ListQueries}).
   */
  @GetMapping(
      path = "/declarations",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  Page<BookedDeclarations.DeclarationSummary> declarations(
      Actor actor,
      @ParameterObject @Valid DeclarationFilter filter,
      BindingResult filterErrors,
      @ParameterObject @Valid PageRequest page,
      BindingResult pageErrors)
      throws MethodArgumentNotValidException {
    queries.check(filter, filterErrors, page, pageErrors);
    return declarations.list(actor, filter, page);
  }

  /**
   * The specification as JSON (totals and lines); as CSV or xlsx its lines, one row each, for Excel
   * (the totals are the lines' sums there).
   */
  @ApiResponse(
      responseCode = "200",
      description = "the specification (JSON), or its lines one row each (CSV, xlsx)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = PaymentSpecifications.PaymentSpecification.class)),
        @Content(
            mediaType = TableExport.CSV_VALUE,
            array =
                @ArraySchema(
                    schema =
                        @Schema(implementation = PaymentSpecifications.SpecificationLine.class)))
      })
  @GetMapping(
      path = "/payment-specifications",
      produces = {MediaType.APPLICATION_JSON_VALUE, TableExport.CSV_VALUE, TableExport.XLSX_VALUE})
  Object paymentSpecification(
      Actor actor,
      @ParameterObject @Valid PaymentSpecificationFilter filter,
      BindingResult filterErrors,
      NativeWebRequest request)
      throws HttpMediaTypeNotAcceptableException, MethodArgumentNotValidException {
    queries.check(filter, filterErrors);
    PaymentSpecifications.PaymentSpecification specification =
        specifications.of(actor, filter.agb(), filter.yearMonth());
    return asksForTable(request) ? specification.lines() : specification;
  }

  /** Whether the first type the caller accepts is CSV or xlsx (a wildcard means JSON). */
  private boolean asksForTable(NativeWebRequest request)
      throws HttpMediaTypeNotAcceptableException {
    for (MediaType type : negotiation.getObject().resolveMediaTypes(request)) {
      if (type.isWildcardType() || type.isWildcardSubtype()) return false;
      if (type.equalsTypeAndSubtype(TableExport.CSV) || type.equalsTypeAndSubtype(TableExport.XLSX))
        return true;
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) return false;
    }
    return false;
  }
}
