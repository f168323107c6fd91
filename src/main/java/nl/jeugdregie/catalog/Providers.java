package nl.jeugdregie.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.shared.AgbCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Providers and their contracts, kept in the {@code catalog} schema. */
@Service
public class Providers {

  private final JdbcClient db;

  Providers(JdbcClient db) {
    this.db = db;
  }

  /** Registers a provider, or renames it when the AGB code is known. */
  @Transactional
  public Provider register(String agb, String name) {
    AgbCode.of(agb);
    db.sql(
            """
            insert into catalog.provider (agb, name) values (:agb, :name)
            on conflict (agb) do update set name = excluded.name
            """)
        .param("agb", agb)
        .param("name", name)
        .update();
    return new Provider(agb, name);
  }

  public Optional<Provider> find(String agb) {
    return db.sql("select agb, name from catalog.provider where agb = :agb")
        .param("agb", agb)
        .query((rs, n) -> new Provider(rs.getString("agb"), rs.getString("name")))
        .optional();
  }

  /** How many providers are known (the demo month loads only into a catalog without any). */
  public long count() {
    return db.sql("select count(*) from catalog.provider").query(Long.class).single();
  }

  /** Adds a contract; adding the same contract twice changes nothing. */
  @Transactional
  public void contract(Contract contract) {
    db.sql(
            """
            insert into catalog.contract
              (provider_agb, region, category, product_code, valid_from, valid_to)
            values (:agb, :region, :category, :code, :from, :to)
            on conflict do nothing
            """)
        .param("agb", contract.providerAgb())
        .param("region", contract.region())
        .param("category", contract.category())
        .param("code", contract.productCode())
        .param("from", contract.validFrom())
        .param("to", contract.validTo())
        .update();
  }

  public List<Contract> contracts(String agb) {
    return db.sql(
            """
            select provider_agb, region, category, product_code, valid_from, valid_to
            from catalog.contract where provider_agb = :agb
            order by region, category, product_code nulls first, valid_from
            """)
        .param("agb", agb)
        .query(
            (rs, n) ->
                new Contract(
                    rs.getString("provider_agb"),
                    rs.getString("region"),
                    rs.getString("category"),
                    rs.getString("product_code"),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class)))
        .list();
  }

  /**
   * Whether the provider has a contract in the region covering the product (or its whole category)
   * on {@code day}.
   */
  public boolean covers(
      String agb, String region, String category, @Nullable String productCode, LocalDate day) {
    return db.sql(
            """
            select exists (
              select 1 from catalog.contract
              where provider_agb = :agb and region = :region and category = :category
                and (product_code is null or product_code = cast(:code as varchar))
                and valid_from <= :day and (valid_to is null or valid_to >= :day))
            """)
        .param("agb", agb)
        .param("region", region)
        .param("category", category)
        .param("code", productCode)
        .param("day", day)
        .query(Boolean.class)
        .single();
  }
}
