package nl.jeugdregie.billing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.Municipality;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyNotFoundException;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.kinds.PaymentBasis;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task-based crisis function of a region (IJsselland 001 §4.4.3, R-IJS-7): the crisis service
 * records its call-outs per municipality (no client data), and contract managers and policy read
 * the monthly settlement ({@link CrisisSettlement}) that pays availability by solidarity and
 * call-outs by use. No declaration line is ever paid for it ({@link PaymentRules}).
 */
@Service
public class CrisisFunction {

  private final JdbcClient db;
  private final PolicyCatalog catalog;
  private final Providers providers;
  private final Clock clock;

  CrisisFunction(JdbcClient db, PolicyCatalog catalog, Providers providers, Clock clock) {
    this.db = db;
    this.catalog = catalog;
    this.providers = providers;
    this.clock = clock;
  }

  /** {@code callOuts} crisis interventions in {@code municipality} on {@code date}. */
  public record CallOuts(String providerAgb, String municipality, LocalDate date, int callOuts) {}

  /** Records call-outs: the crisis service (a provider, under its own AGB) or admin. */
  @Transactional
  public void record(Actor actor, CallOuts c) {
    if (actor.role() != Role.PROVIDER && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted("the crisis service records its call-outs");
    }
    if (actor.role() == Role.PROVIDER && !c.providerAgb().equals(actor.agb())) {
      throw RouteRefusedException.notPermitted("a provider records under its own AGB code only");
    }
    LocalDate today = LocalDate.now(clock);
    if (c.date().isAfter(today) || c.date().isBefore(today.minusYears(2))) {
      throw new InvalidRequestException(
          "callOuts.date", "must be within the last two years, not after today (" + today + ")");
    }
    if (providers.find(c.providerAgb()).isEmpty()) {
      throw RouteRefusedException.unprocessable(
          "callOuts.providerAgb", null, "provider " + c.providerAgb() + " is not known");
    }
    PolicyPack pack =
        catalog
            .regionOf(c.municipality(), c.date())
            .orElseThrow(
                () ->
                    RouteRefusedException.unprocessable(
                        "callOuts.municipality",
                        null,
                        "no region's pack in force on "
                            + c.date()
                            + " has municipality "
                            + c.municipality()));
    taskBased(pack, "callOuts.municipality");
    db.sql(
            """
            insert into billing.crisis_call_out (region, municipality, on_date, call_outs,
              provider_agb, recorded_at, recorded_by)
            values (:region, :m, :on, :n, :agb, :at, :by)
            """)
        .param("region", pack.id())
        .param("m", c.municipality())
        .param("on", c.date())
        .param("n", c.callOuts())
        .param("agb", c.providerAgb())
        .param("at", Timestamp.from(clock.instant()))
        .param("by", actor.name())
        .update();
  }

  /**
   * The settlement of {@code region}'s crisis function for {@code month}: contract managers of the
   * region, policy (an aggregate without client data) and admin.
   */
  @Transactional(readOnly = true)
  public CrisisSettlement settlement(Actor actor, String region, YearMonth month) {
    switch (actor.role()) {
      case CONTRACT_MANAGER -> {
        if (!region.equals(actor.region())) {
          throw RouteRefusedException.notPermitted(
              "contract manager " + actor.name() + " is not of region " + region);
        }
      }
      case POLICY, ADMIN -> {}
      case ACCESS_TEAM, PROVIDER ->
          throw RouteRefusedException.notPermitted(
              "the crisis settlement is for contract managers and policy");
    }
    PolicyPack pack;
    try {
      pack = catalog.inForce(region, month.atDay(1));
    } catch (PolicyNotFoundException e) {
      throw RouteRefusedException.notFound("region", String.valueOf(e.getMessage()));
    }
    PackRule rule = taskBased(pack, "region");
    PaymentBasis basis = (PaymentBasis) rule.kind();
    Long availability = basis.availabilityCents();
    Long callOut = basis.callOutCents();
    if (availability == null || callOut == null || basis.solidarityKey().isEmpty()) {
      throw RouteRefusedException.unprocessable(
          "region",
          null,
          "rule "
              + rule.id()
              + " of "
              + pack.id()
              + " names no availabilityCents, callOutCents and solidarityKey to settle by");
    }
    Map<String, Long> counts = new HashMap<>();
    db.sql(
            """
            select municipality, sum(call_outs) as n from billing.crisis_call_out
            where region = :region and on_date between :from and :to
            group by municipality
            """)
        .param("region", pack.id())
        .param("from", month.atDay(1))
        .param("to", month.atEndOfMonth())
        .query((rs, i) -> counts.put(rs.getString("municipality"), rs.getLong("n")))
        .list();
    Map<String, String> names = new HashMap<>();
    for (Municipality m : pack.municipalities().values()) names.put(m.code(), m.name());
    return CrisisSettlement.compute(
        pack.id(),
        month,
        rule.id(),
        PaymentRules.citation(rule.source()),
        availability,
        callOut,
        basis.solidarityKey(),
        names,
        counts);
  }

  private static PackRule taskBased(PolicyPack pack, String field) {
    return pack.rules().stream()
        .filter(
            r -> r.kind() instanceof PaymentBasis b && b.method() == PaymentBasis.Method.TASK_BASED)
        .findFirst()
        .orElseThrow(
            () ->
                RouteRefusedException.unprocessable(
                    field, null, "region " + pack.id() + " has no task-based crisis function"));
  }
}
