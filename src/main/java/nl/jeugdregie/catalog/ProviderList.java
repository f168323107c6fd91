package nl.jeugdregie.catalog;

import java.util.HashMap;
import java.util.Map;
import nl.jeugdregie.database.PagedQuery;
import nl.jeugdregie.shared.Like;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The providers, paged (issue 11): who they are and where they are contracted, for the access team
 * choosing one, a provider looking up another, the contract manager's overview. Providers are
 * organisations, not persons, so every signed-in role reads the whole list and nothing is audited.
 */
@Service
public class ProviderList {

  static final Map<String, String> SORT = Map.of("name", "p.name", "agb", "p.agb");

  private final JdbcClient db;

  ProviderList(JdbcClient db) {
    this.db = db;
  }

  /**
   * One row per provider: its contracts' regions and categories joined, so a row reads as a line of
   * a spreadsheet.
   */
  public record ProviderRow(
      String agb, String name, String regions, String categories, int contracts) {}

  @Transactional(readOnly = true)
  public Page<ProviderRow> list(ProviderFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    if (filter.name() != null) {
      where.append(" and p.name ilike :name escape '\\'");
      params.put("name", Like.containing(filter.name()));
    }
    if (filter.aboutContracts()) {
      where.append(" and exists (select 1 from catalog.contract k where k.provider_agb = p.agb");
      if (filter.region() != null) {
        where.append(" and k.region = :region");
        params.put("region", filter.region());
      }
      if (filter.category() != null) {
        where.append(" and k.category = :category");
        params.put("category", filter.category());
      }
      if (filter.product() != null) {
        // a contract without a product code covers every product of its category
        where.append(
            " and (k.product_code = :product"
                + " or (k.product_code is null and k.category = left(:product, 2)))");
        params.put("product", filter.product());
      }
      if (filter.contractedOn() != null) {
        where.append(" and k.valid_from <= :on and (k.valid_to is null or k.valid_to >= :on)");
        params.put("on", filter.contractedOn());
      }
      where.append(")");
    }
    return PagedQuery.fetch(
        db,
        """
        p.agb, p.name,
        coalesce((select string_agg(distinct k.region, ', ' order by k.region)
                    from catalog.contract k where k.provider_agb = p.agb), '') as regions,
        coalesce((select string_agg(distinct k.category, ', ' order by k.category)
                    from catalog.contract k where k.provider_agb = p.agb), '') as categories,
        (select count(*) from catalog.contract k where k.provider_agb = p.agb) as contracts""",
        "from catalog.provider p" + where,
        params,
        page,
        page.orderBy(SORT, "p.name ASC", "p.agb"),
        (rs, n) ->
            new ProviderRow(
                rs.getString("agb"),
                rs.getString("name"),
                rs.getString("regions"),
                rs.getString("categories"),
                rs.getInt("contracts")));
  }
}
