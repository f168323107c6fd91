package nl.jeugdregie.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the ledger says must be paid, per provider and municipality for a month (the PxQ payment
 * run), and the reconciliation that proves every budget's consumption is exactly the sum of its
 * ledger entries.
 */
@Service
public class Payments {

  private final JdbcClient db;
  private final PolicyCatalog catalog;

  Payments(JdbcClient db, PolicyCatalog catalog) {
    this.db = db;
    this.catalog = catalog;
  }

  /** One payment: debits minus credits booked for care in {@code month}. */
  public record Payment(
      String municipality, String providerAgb, YearMonth month, long entries, long amountCents) {}

  /** Payments for the care of {@code month}, within the actor's scope. */
  public List<Payment> month(Actor actor, YearMonth month) {
    return db
        .sql(
            """
            select municipality, provider_agb, count(*) as entries, sum(signed_cents) as cents
            from billing.ledger_entry where period_start = :month
            group by municipality, provider_agb order by municipality, provider_agb
            """)
        .param("month", month.atDay(1))
        .query(
            (rs, n) ->
                new Payment(
                    rs.getString("municipality"),
                    rs.getString("provider_agb"),
                    month,
                    rs.getLong("entries"),
                    rs.getLong("cents")))
        .list()
        .stream()
        .filter(p -> inScope(actor, p))
        .toList();
  }

  private boolean inScope(Actor actor, Payment p) {
    return switch (actor.role()) {
      case ADMIN, POLICY -> true;
      case PROVIDER -> p.providerAgb().equals(actor.agb());
      case ACCESS_TEAM -> actor.municipalities().contains(p.municipality());
      case CONTRACT_MANAGER ->
          catalog
              .regionOf(p.municipality(), p.month().atDay(1))
              .map(pack -> pack.id().equals(actor.region()))
              .orElse(false);
    };
  }

  /** A budget whose consumption differs from its ledger: must never exist. */
  public record Mismatch(UUID allocationId, long consumedCents, long ledgerCents) {}

  public record Reconciliation(
      long budgets, long entries, long ledgerCents, List<Mismatch> mismatches) {}

  /** sum(ledger entries) = consumed, per budget (admin and policy: it names no client). */
  public Reconciliation reconcile(Actor actor) {
    switch (actor.role()) {
      case ADMIN, POLICY -> {}
      default ->
          throw RouteRefusedException.notPermitted(
              "the ledger reconciliation is for administrators and policy");
    }
    List<Mismatch> mismatches =
        db.sql(
                """
                select b.allocation_id, b.consumed_cents, coalesce(sum(e.signed_cents), 0) as ledger
                from billing.budget b left join billing.ledger_entry e
                  on e.allocation_id = b.allocation_id
                group by b.allocation_id, b.consumed_cents
                having b.consumed_cents <> coalesce(sum(e.signed_cents), 0)
                """)
            .query(
                (rs, n) ->
                    new Mismatch(
                        rs.getObject("allocation_id", UUID.class),
                        rs.getLong("consumed_cents"),
                        rs.getLong("ledger")))
            .list();
    return db.sql(
            """
            select (select count(*) from billing.budget) as budgets,
                   (select count(*) from billing.ledger_entry) as entries,
                   (select coalesce(sum(signed_cents), 0) from billing.ledger_entry) as cents
            """)
        .query(
            (rs, n) ->
                new Reconciliation(
                    rs.getLong("budgets"), rs.getLong("entries"), rs.getLong("cents"), mismatches))
        .single();
  }
}
