package nl.jeugdregie.policy;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region scenario files (src/test/resources/scenarios, docs/scenarios.md), for tests and
 * benchmarks.
 */
public final class Scenarios {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Scenarios() {}

  /** Every scenario's request of every region, with the region it belongs to. */
  public static List<Map.Entry<String, DecisionRequest>> allRequests() throws IOException {
    List<Map.Entry<String, DecisionRequest>> requests = new ArrayList<>();
    for (ScenarioFile file : files()) {
      for (Map<String, Object> scenario : file.scenarios()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> overrides =
            (Map<String, Object>) scenario.getOrDefault("request", Map.of());
        requests.add(Map.entry(file.region(), file.request(overrides)));
      }
    }
    return requests;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overrides) {
    Map<String, Object> result = new LinkedHashMap<>(base);
    for (Map.Entry<String, Object> entry : overrides.entrySet()) {
      Object value = entry.getValue();
      Object current = result.get(entry.getKey());
      if (value == null) {
        result.remove(entry.getKey());
      } else if (value instanceof Map<?, ?> map && current instanceof Map<?, ?> currentMap) {
        result.put(
            entry.getKey(), merge((Map<String, Object>) currentMap, (Map<String, Object>) map));
      } else {
        result.put(entry.getKey(), value);
      }
    }
    return result;
  }

  /** YAML reads unquoted dates as java.util.Date; the contract wants ISO date strings. */
  static @Nullable Object plain(@Nullable Object value) {
    if (value instanceof Date date)
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), plain(v)));
      return result;
    }
    if (value instanceof List<?> list) return list.stream().map(Scenarios::plain).toList();
    return value;
  }

  /** One region's scenario file. */
  record ScenarioFile(
      String region, Map<String, Object> base, List<Map<String, Object>> scenarios) {

    /**
     * The base request with a scenario's overrides merged in, parsed as the decision contract does.
     */
    DecisionRequest request(Map<String, Object> overrides) {
      return DecisionJson.parseRequest(JSON.writeValueAsString(plain(merge(base, overrides))));
    }
  }

  @SuppressWarnings("unchecked")
  public static List<ScenarioFile> files() throws IOException {
    List<ScenarioFile> files = new ArrayList<>();
    for (Resource resource :
        new PathMatchingResourcePatternResolver().getResources("classpath:scenarios/*.yaml")) {
      try (InputStream in = resource.getInputStream()) {
        Map<String, Object> doc = new Yaml().load(in);
        files.add(
            new ScenarioFile(
                (String) Objects.requireNonNull(doc.get("region"), resource + ": no region"),
                (Map<String, Object>) doc.getOrDefault("base", Map.of()),
                (List<Map<String, Object>>)
                    Objects.requireNonNull(doc.get("scenarios"), resource + ": no scenarios")));
      }
    }
    return files;
  }
}
