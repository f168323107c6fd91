package nl.jeugdregie.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.database.PagedQuery;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Booked declarations read back (issue 11): one with every line as it was judged, and the list by
 * month, provider, municipality and state, paged, in the actor's scope ({@link MoneyScope}). No
 * personal data: a line names its client by pseudonym only, so nothing here is audited.
 */
@Service
public class BookedDeclarations {

  /** The sort keys of the list and their columns. */
  static final Map<String, String> SORT =
      Map.of(
          "month", "d.period_start",
          "receivedOn", "d.received_on",
          "provider", "d.provider_agb",
          "municipality", "d.municipality",
          "number", "d.number",
          "bookedAt", "d.created_at");

  /** Per declaration its line counts and sums (debits minus credits, as TR358 counts them). */
  private static final String FROM =
      """
      from billing.declaration d
      cross join lateral (
        select count(*) as lines, count(*) filter (where l.approved) as approved,
          coalesce(sum(case l.debit_credit when 'D' then l.amount_cents
                                           else -l.amount_cents end), 0) as submitted,
          coalesce(sum(case l.debit_credit when 'D' then l.amount_cents
                                           else -l.amount_cents end)
                   filter (where l.approved), 0) as approved_cents
        from billing.line l where l.declaration_id = d.id) s
      """;

  private static final String STATE =
      "case when s.approved = s.lines then 'APPROVED' when s.approved = 0 then 'REJECTED'"
          + " else 'PARTLY_APPROVED' end";

  private final JdbcClient db;
  private final PolicyCatalog catalog;

  BookedDeclarations(JdbcClient db, PolicyCatalog catalog) {
    this.db = db;
    this.catalog = catalog;
  }

  /** A declaration as a row of the list: its verdict in counts and cents. */
  public record DeclarationSummary(
      UUID id,
      String providerAgb,
      String number,
      String municipality,
      YearMonth month,
      LocalDate receivedOn,
      DeclarationState state,
      long lines,
      long approvedLines,
      long rejectedLines,
      long submittedCents,
      long approvedCents,
      Instant bookedAt) {}

  /** A declaration with its lines, in the order they were declared. */
  public record BookedDeclaration(DeclarationSummary declaration, List<BookedLine> lines) {
    public BookedDeclaration {
      lines = List.copyOf(lines);
    }
  }

  /** The allocation a line names: its number within the declaration's municipality. */
  public record DeclaredAllocation(String municipality, int number) {}

  public record Product(String category, @Nullable String code) {}

  public record Period(LocalDate start, LocalDate end) {}

  public record Volume(long amount, String unit) {}

  /**
   * One declared line with its verdict: APPROVED (booked in the ledger) or REJECTED with every iJw
   * return code that applies.
   */
  public record BookedLine(
      int index,
      String reference,
      @Nullable String previousReference,
      String debitCredit,
      DeclaredAllocation allocation,
      @Nullable String clientPseudonym,
      Product product,
      Period period,
      Volume volume,
      @Nullable Long tariffCents,
      long amountCents,
      String status,
      List<ReturnCode> returnCodes) {
    public BookedLine {
      returnCodes = List.copyOf(returnCodes);
    }
  }

  /**
   * The declaration with its lines; empty when there is none or it is outside the actor's scope
   * (the two look the same, so a refusal does not tell that it exists).
   *
   * @throws nl.jeugdregie.allocation.RouteRefusedException NOT_PERMITTED for policy
   */
  public Optional<BookedDeclaration> get(Actor actor, UUID id) {
    MoneyScope scope = scope(actor);
    Optional<DeclarationSummary> summary =
        db.sql("select d.*, s.* " + FROM + " where d.id = :id and " + scope.condition())
            .params(scope.params())
            .param("id", id)
            .query(BookedDeclarations::summary)
            .optional();
    return summary.map(s -> new BookedDeclaration(s, lines(s)));
  }

  /** The declarations matching {@code filter} in the actor's scope, one page, with the total. */
  public Page<DeclarationSummary> list(Actor actor, DeclarationFilter filter, PageRequest page) {
    MoneyScope scope = scope(actor);
    String order = page.orderBy(SORT, "d.period_start DESC, d.provider_agb, d.number", "d.id");
    String where =
        " where "
            + scope.condition()
            + (filter.month() == null ? "" : " and d.period_start = :month")
            + (filter.provider() == null ? "" : " and d.provider_agb = :provider")
            + (filter.municipality() == null ? "" : " and d.municipality = :municipality")
            + (filter.state() == null ? "" : " and " + STATE + " = :state");
    YearMonth month = filter.yearMonth();
    Map<String, Object> params = new java.util.HashMap<>(scope.params());
    if (month != null) params.put("month", month.atDay(1));
    if (filter.provider() != null) params.put("provider", filter.provider());
    if (filter.municipality() != null) params.put("municipality", filter.municipality());
    if (filter.state() != null) params.put("state", filter.state());
    return PagedQuery.fetch(
        db, "d.*, s.*", FROM + where, params, page, order, BookedDeclarations::summary);
  }

  private MoneyScope scope(Actor actor) {
    return MoneyScope.of(actor, catalog, "d.provider_agb", "d.municipality", "d.period_start");
  }

  private List<BookedLine> lines(DeclarationSummary declaration) {
    return db.sql(
            """
            select l.*, c.pseudonym from billing.line l
            left join clients.client c on c.id = l.client_id
            where l.declaration_id = :id order by l.idx
            """)
        .param("id", declaration.id())
        .query((rs, n) -> line(rs, declaration.municipality()))
        .list();
  }

  static BookedLine line(ResultSet rs, String municipality) throws SQLException {
    long tariff = rs.getLong("tariff_cents");
    Long tariffCents = rs.wasNull() ? null : tariff;
    boolean approved = rs.getBoolean("approved");
    return new BookedLine(
        rs.getInt("idx"),
        rs.getString("reference"),
        rs.getString("previous_reference"),
        rs.getString("debit_credit"),
        new DeclaredAllocation(municipality, rs.getInt("allocation_number")),
        rs.getString("pseudonym"),
        new Product(rs.getString("category"), rs.getString("product_code")),
        new Period(
            rs.getObject("period_start", LocalDate.class),
            rs.getObject("period_end", LocalDate.class)),
        new Volume(rs.getLong("volume"), rs.getString("unit")),
        tariffCents,
        rs.getLong("amount_cents"),
        approved ? "APPROVED" : "REJECTED",
        returnCodes(rs.getString("return_codes")));
  }

  static List<ReturnCode> returnCodes(String json) {
    return List.of(LedgerStore.JSON.readValue(json, ReturnCode[].class));
  }

  private static DeclarationSummary summary(ResultSet rs, int n) throws SQLException {
    long lines = rs.getLong("lines");
    long approved = rs.getLong("approved");
    return new DeclarationSummary(
        rs.getObject("id", UUID.class),
        rs.getString("provider_agb"),
        rs.getString("number"),
        rs.getString("municipality"),
        YearMonth.from(rs.getObject("period_start", LocalDate.class)),
        rs.getObject("received_on", LocalDate.class),
        approved == lines
            ? DeclarationState.APPROVED
            : approved == 0 ? DeclarationState.REJECTED : DeclarationState.PARTLY_APPROVED,
        lines,
        approved,
        lines - approved,
        rs.getLong("submitted"),
        rs.getLong("approved_cents"),
        rs.getTimestamp("created_at").toInstant());
  }
}
