package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.jeugdregie.shared.Bsn;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem detail ({@code application/problem+json}) where no controller advice
 * can: in the security filters and the Idempotency-Key filter.
 */
@Component
class ProblemWriter {

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  /**
   * The path as a problem's {@code instance}, with every path segment that is a BSN masked: a
   * timeline is also found by BSN ({@code /api/v1/clients/{bsn}/timeline}), and a BSN never appears
   * in a problem detail (docs/security.md).
   */
  static String instance(String path) {
    return String.join(
        "/",
        java.util.Arrays.stream(path.split("/", -1))
            .map(segment -> Bsn.isValid(segment) ? "*********" : segment)
            .toList());
  }

  void write(HttpServletResponse response, ProblemType type, String detail, String path)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type.uri().toString());
    problem.put("title", type.title);
    problem.put("status", type.status.value());
    problem.put("detail", detail);
    problem.put("instance", instance(path));
    response.setStatus(type.status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }
}
