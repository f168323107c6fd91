package nl.jeugdregie.database;

import java.util.List;
import java.util.Map;
import nl.jeugdregie.shared.Page;
import nl.jeugdregie.shared.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list (issue 11): how many rows match in all, then the page's rows in a stable
 * order. Every list runs these same two statements over its own {@code from ... where ...} with
 * bound parameters; the order comes from {@link PageRequest#orderBy}, which maps sort keys to
 * columns, so no text of a request reaches the SQL. Run both in one read-only transaction for a
 * total that agrees with the rows.
 */
public final class PagedQuery {

  private PagedQuery() {}

  /**
   * @param columns what to select ({@code "p.agb, p.name"})
   * @param fromWhere the {@code from ... where ...} of both statements
   * @param order the ORDER BY, ending in a unique column so pages neither overlap nor skip
   */
  public static <T> Page<T> fetch(
      JdbcClient db,
      String columns,
      String fromWhere,
      Map<String, ?> params,
      PageRequest page,
      String order,
      RowMapper<T> rows) {
    long total = db.sql("select count(*) " + fromWhere).params(params).query(Long.class).single();
    List<T> items =
        db.sql(
                "select "
                    + columns
                    + " "
                    + fromWhere
                    + " order by "
                    + order
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", page.pageSize())
            .param("offset", page.offset())
            .query(rows)
            .list();
    return Page.of(items, page, total);
  }
}
