package nl.jeugdregie.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment specification of one provider for one month of care (issue 11): every line it
 * declared for care in that month, approved or rejected with its iJw return codes, and the totals a
 * contract manager checks the payment against. The month is the care month, as the ledger and
 * {@link Payments#month} count it, so {@code toPayCents} is what the payment run pays the provider
 * for it; {@code ledgerCents} is that sum read from the ledger itself, and the two must agree. In
 * the actor's scope ({@link MoneyScope}): an access team or contract manager sees the lines of its
 * municipalities only, and the totals of those lines.
 */
@Service
public class PaymentSpecifications {

  private final JdbcClient db;
  private final PolicyCatalog catalog;

  PaymentSpecifications(JdbcClient db, PolicyCatalog catalog) {
    this.db = db;
    this.catalog = catalog;
  }

  /**
   * One line of the specification, flat, so a spreadsheet row is one line: the declaration it came
   * in, what was declared, the verdict and what it pays (debits positive, credits negative,
   * rejected 0).
   */
  public record SpecificationLine(
      String declarationNumber,
      YearMonth declarationMonth,
      String municipality,
      int allocationNumber,
      @Nullable String clientPseudonym,
      String reference,
      @Nullable String previousReference,
      String debitCredit,
      String category,
      @Nullable String productCode,
      LocalDate periodStart,
      LocalDate periodEnd,
      long volume,
      String unit,
      @Nullable Long tariffCents,
      long amountCents,
      String status,
      List<String> returnCodes,
      List<String> returnRules,
      long toPayCents) {
    public SpecificationLine {
      returnCodes = List.copyOf(returnCodes);
      returnRules = List.copyOf(returnRules);
    }
  }

  /**
   * {@code approvedCents} the approved debits, {@code creditedCents} the approved credits, {@code
   * rejectedCents} what the rejected lines asked; {@code toPayCents} = approved - credited, the sum
   * of the lines' {@code toPayCents}; {@code ledgerCents} the ledger's sum for the same provider,
   * month and municipalities.
   */
  public record SpecificationTotals(
      int lines,
      int approvedLines,
      int rejectedLines,
      long approvedCents,
      long creditedCents,
      long rejectedCents,
      long toPayCents,
      long ledgerCents) {}

  public record PaymentSpecification(
      String providerAgb,
      YearMonth month,
      SpecificationTotals totals,
      List<SpecificationLine> lines) {
    public PaymentSpecification {
      lines = List.copyOf(lines);
    }
  }

  /**
   * The specification of provider {@code agb} for care in {@code month}, in the actor's scope; a
   * provider outside it (another provider's AGB) gets an empty one, as if it declared nothing.
   *
   * @throws nl.jeugdregie.allocation.RouteRefusedException NOT_PERMITTED for policy
   */
  @Transactional(readOnly = true)
  public PaymentSpecification of(Actor actor, String agb, YearMonth month) {
    MoneyScope scope =
        MoneyScope.of(actor, catalog, ":agb", "d.municipality", "cast(:month as date)");
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("agb", agb);
    params.put("month", month.atDay(1));
    params.put("next", month.plusMonths(1).atDay(1));
    List<SpecificationLine> lines =
        db.sql(
                """
                select l.*, d.number as declaration_number, d.period_start as declaration_month,
                  d.municipality, c.pseudonym, coalesce(e.signed_cents, 0) as to_pay
                from billing.line l
                join billing.declaration d on d.id = l.declaration_id
                left join billing.ledger_entry e on e.line_id = l.id
                left join clients.client c on c.id = l.client_id
                where l.provider_agb = :agb and l.period_start >= :month
                  and l.period_start < :next and
                """
                    + scope.condition()
                    + " order by d.municipality, l.allocation_number, l.period_start, l.id")
            .params(params)
            .query(
                (rs, n) -> {
                  long tariff = rs.getLong("tariff_cents");
                  Long tariffCents = rs.wasNull() ? null : tariff;
                  List<ReturnCode> codes =
                      BookedDeclarations.returnCodes(rs.getString("return_codes"));
                  return new SpecificationLine(
                      rs.getString("declaration_number"),
                      YearMonth.from(rs.getObject("declaration_month", LocalDate.class)),
                      rs.getString("municipality"),
                      rs.getInt("allocation_number"),
                      rs.getString("pseudonym"),
                      rs.getString("reference"),
                      rs.getString("previous_reference"),
                      rs.getString("debit_credit"),
                      rs.getString("category"),
                      rs.getString("product_code"),
                      rs.getObject("period_start", LocalDate.class),
                      rs.getObject("period_end", LocalDate.class),
                      rs.getLong("volume"),
                      rs.getString("unit"),
                      tariffCents,
                      rs.getLong("amount_cents"),
                      rs.getBoolean("approved") ? "APPROVED" : "REJECTED",
                      codes.stream().map(ReturnCode::code).toList(),
                      codes.stream().map(ReturnCode::rule).toList(),
                      rs.getLong("to_pay"));
                })
            .list();
    long ledger =
        db.sql(
                """
                select coalesce(sum(e.signed_cents), 0) from billing.ledger_entry e
                where e.provider_agb = :agb and e.period_start = :month and
                """
                    + MoneyScope.of(actor, catalog, ":agb", "e.municipality", "e.period_start")
                        .condition())
            .params(params)
            .query(Long.class)
            .single();
    return new PaymentSpecification(agb, month, totals(lines, ledger), lines);
  }

  /** The totals of the lines, summed exactly (an overflow is an error, never a wrapped sum). */
  static SpecificationTotals totals(List<SpecificationLine> lines, long ledgerCents) {
    int approved = 0;
    long approvedCents = 0;
    long creditedCents = 0;
    long rejectedCents = 0;
    long toPay = 0;
    for (SpecificationLine line : lines) {
      toPay = Math.addExact(toPay, line.toPayCents());
      if (line.status().equals("REJECTED")) {
        rejectedCents = Math.addExact(rejectedCents, line.amountCents());
        continue;
      }
      approved++;
      if (line.debitCredit().equals("C")) {
        creditedCents = Math.addExact(creditedCents, line.amountCents());
      } else {
        approvedCents = Math.addExact(approvedCents, line.amountCents());
      }
    }
    return new SpecificationTotals(
        lines.size(),
        approved,
        lines.size() - approved,
        approvedCents,
        creditedCents,
        rejectedCents,
        toPay,
        ledgerCents);
  }
}
