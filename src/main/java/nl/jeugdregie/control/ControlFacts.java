package nl.jeugdregie.control;

import java.util.List;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route's facts for control (ADR 0012, issue 13): the materialised views {@code
 * control.allocation_fact}, {@code control.declared_month} and {@code control.trajectory} over the
 * allocation and billing schemas, and {@code control.product} written from the policy packs (the
 * sub-segments live in the packs, not in the database). A view cannot drift from the route and the
 * booking path stays untouched; the price is that figures are as fresh as the last refresh: every
 * 15 minutes ({@link ControlRefresh}), at start after the demo load, and on demand.
 *
 * <p>Reads the route read-only; writes only the {@code control} schema.
 */
@Service
public class ControlFacts {

  /** The views in the order they depend on each other. */
  private static final List<String> VIEWS =
      List.of("control.allocation_fact", "control.declared_month", "control.trajectory");

  private final JdbcClient db;
  private final PolicyCatalog catalog;

  ControlFacts(JdbcClient db, PolicyCatalog catalog) {
    this.db = db;
    this.catalog = catalog;
  }

  /**
   * Writes the packs' product books and refreshes every fact view. Concurrently once a view holds
   * data (dashboards keep reading the old rows meanwhile); the first time in full.
   */
  @Transactional
  public void refresh() {
    writeProducts();
    for (String view : VIEWS) {
      boolean populated =
          db.sql(
                  "select ispopulated from pg_matviews"
                      + " where schemaname || '.' || matviewname = :view")
              .param("view", view)
              .query(Boolean.class)
              .single();
      db.sql("refresh materialized view " + (populated ? "concurrently " : "") + view).update();
    }
  }

  /**
   * control.product from every pack version; a later version's product wins where a code occurs in
   * several.
   */
  private void writeProducts() {
    for (String region : catalog.ids()) {
      for (PolicyPack pack : catalog.versions(region)) {
        for (Product product : pack.products().values()) {
          db.sql(
                  """
                  insert into control.product (region, product_code, category, sub_segment, unit)
                  values (:region, :code, :category, :subSegment, :unit)
                  on conflict (region, product_code) do update
                    set category = excluded.category, sub_segment = excluded.sub_segment,
                      unit = excluded.unit
                  where (control.product.category, control.product.sub_segment, control.product.unit)
                    is distinct from (excluded.category, excluded.sub_segment, excluded.unit)
                  """)
              .param("region", region)
              .param("code", product.code())
              .param("category", product.category())
              .param("subSegment", product.subSegment())
              .param("unit", product.unit().name())
              .update();
        }
      }
    }
  }
}
