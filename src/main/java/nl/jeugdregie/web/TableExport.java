package nl.jeugdregie.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.function.UnaryOperator;
import nl.jeugdregie.shared.Page;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every list as a table: {@code Accept: text/csv} (or {@code ?format=csv}) and {@code .xlsx} (or
 * {@code ?format=xlsx}) for what a contract manager takes into Excel. A row is an item as the JSON
 * answer shows it, flattened: nested fields become dotted columns ({@code current.period.start}),
 * lists of values are joined with "; ", so the table never says more (or other) than the JSON, and
 * the same scope and audit apply. The header is the union of the items' fields in order of first
 * appearance; a paged list exports its page (size up to 10,000), its total in {@code
 * X-Total-Count}.
 *
 * <p>Registered once as an MVC message converter ({@link WebConfiguration}), so it serves every
 * {@code @ResponseBody} list of the application: the API's, and the screens' exports ({@code
 * /app/export/{list}}), which return a {@code ResponseEntity} with the content type and a Dutch
 * file name in {@code Content-Disposition} (a name set there is kept) and a {@link LabelledTable}
 * for Dutch column headings.
 */
final class TableExport extends AbstractHttpMessageConverter<Object> {

  /** For a list's {@code produces}: JSON, CSV and xlsx. */
  static final String CSV_VALUE = "text/csv";

  static final String XLSX_VALUE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

  private final JsonMapper json;

  TableExport(JsonMapper json) {
    super(CSV, XLSX);
    this.json = json;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Page.class.isAssignableFrom(type)
        || Collection.class.isAssignableFrom(type)
        || LabelledTable.class.isAssignableFrom(type);
  }

  @Override
  protected boolean canRead(@org.jspecify.annotations.Nullable MediaType mediaType) {
    return false;
  }

  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("tables are only written", input);
  }

  @Override
  protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
    Object value = body instanceof LabelledTable table ? table.rows() : body;
    UnaryOperator<String> heading =
        body instanceof LabelledTable table ? table.heading() : UnaryOperator.identity();
    Collection<?> items = value instanceof Page<?> page ? page.items() : (Collection<?>) value;
    if (value instanceof Page<?> page) {
      output.getHeaders().set("X-Total-Count", String.valueOf(page.total()));
    }
    List<Map<String, JsonNode>> rows = new ArrayList<>(items.size());
    SequencedSet<String> columns = new LinkedHashSet<>();
    for (Object item : items) {
      Map<String, JsonNode> row = new LinkedHashMap<>();
      flatten("", json.valueToTree(item), row);
      columns.addAll(row.keySet());
      rows.add(row);
    }
    MediaType type = output.getHeaders().getContentType();
    boolean excel = type != null && XLSX.isCompatibleWith(type);
    // a handler that names its file (the screens' Dutch exports) keeps its name
    if (output.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION) == null) {
      output
          .getHeaders()
          .set(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"" + fileName(output) + (excel ? ".xlsx\"" : ".csv\""));
    }
    if (excel) {
      xlsx(columns, heading, rows, output.getBody());
    } else {
      csv(columns, heading, rows, output.getBody());
    }
  }

  /**
   * The file name from the list's path: {@code /api/v1/allocations} gives jeugdregie-allocations.
   */
  private static String fileName(HttpOutputMessage output) {
    String name = "list";
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      String[] segments = request.getRequest().getRequestURI().split("/");
      for (int i = segments.length - 1; i >= 0; i--) {
        if (segments[i].matches("[a-z][a-z-]*")) {
          name = segments[i];
          break;
        }
      }
    }
    return "jeugdregie-" + name;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> row) {
    if (node.isObject()) {
      for (var field : node.properties()) {
        flatten(
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(),
            row);
      }
    } else if (node.isArray() && node.valueStream().allMatch(JsonNode::isValueNode)) {
      List<String> values = node.valueStream().map(JsonNode::asString).toList();
      row.put(prefix.isEmpty() ? "value" : prefix, json(String.join("; ", values)));
    } else if (node.isArray()) {
      row.put(prefix.isEmpty() ? "value" : prefix, json(node.toString()));
    } else if (!node.isNull() && !node.isMissingNode()) {
      row.put(prefix.isEmpty() ? "value" : prefix, node);
    }
  }

  private static JsonNode json(String text) {
    return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text);
  }

  /** RFC 4180: comma separated, CRLF, fields with a comma, quote or line break quoted. */
  private static void csv(
      SequencedSet<String> columns,
      UnaryOperator<String> heading,
      List<Map<String, JsonNode>> rows,
      OutputStream body)
      throws IOException {
    Writer out = new OutputStreamWriter(body, StandardCharsets.UTF_8);
    out.write(String.join(",", columns.stream().map(heading).map(TableExport::csvField).toList()));
    out.write("\r\n");
    for (Map<String, JsonNode> row : rows) {
      List<String> cells = new ArrayList<>(columns.size());
      for (String column : columns) {
        JsonNode cell = row.get(column);
        cells.add(cell == null ? "" : csvField(text(cell)));
      }
      out.write(String.join(",", cells));
      out.write("\r\n");
    }
    out.flush();
  }

  private static String csvField(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) return value;
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /**
   * A text cell as a spreadsheet will not run it: a text starting with =, +, - or @ gets a leading
   * apostrophe (OWASP CSV injection), numbers stay numbers.
   */
  private static String text(JsonNode cell) {
    if (!cell.isString()) return cell.asString();
    String value = cell.asString();
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) return "'" + value;
    return value;
  }

  private static void xlsx(
      SequencedSet<String> columns,
      UnaryOperator<String> heading,
      List<Map<String, JsonNode>> rows,
      OutputStream body)
      throws IOException {
    Workbook workbook = new Workbook(body, "jeugdregie", "1.0");
    Worksheet sheet = workbook.newWorksheet("jeugdregie");
    int c = 0;
    for (String column : columns) {
      sheet.value(0, c, heading.apply(column));
      sheet.style(0, c++).bold().set();
    }
    int r = 1;
    for (Map<String, JsonNode> row : rows) {
      c = 0;
      for (String column : columns) {
        JsonNode cell = row.get(column);
        if (cell == null) {
          c++;
        } else if (cell.isIntegralNumber() && cell.canConvertToLong()) {
          sheet.value(r, c++, cell.asLong());
        } else if (cell.isNumber()) {
          sheet.value(r, c++, cell.decimalValue());
        } else if (cell.isBoolean()) {
          sheet.value(r, c++, cell.asBoolean());
        } else {
          sheet.value(r, c++, cell.asString());
        }
      }
      r++;
    }
    workbook.finish();
  }
}
