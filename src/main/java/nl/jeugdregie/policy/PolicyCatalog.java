package nl.jeugdregie.policy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All pack versions known: the shipped ones ({@code classpath:policies/*.yaml}) and those in an
 * extra folder, which replace a shipped version with the same id and validFrom. Versions of one
 * region must not overlap, so every date has at most one version in force.
 */
public final class PolicyCatalog {

  private final Map<String, List<PolicyPack>> versions;

  private PolicyCatalog(Map<String, List<PolicyPack>> versions) {
    this.versions = versions;
  }

  /** The shipped packs only. */
  public static PolicyCatalog shipped() {
    return load(null);
  }

  /** The shipped packs plus (replacing where id and validFrom match) those in {@code extraDir}. */
  public static PolicyCatalog load(@Nullable Path extraDir) {
    Map<String, PolicyPack> byVersion = new LinkedHashMap<>();
    for (PolicyPack pack : shippedPacks()) byVersion.put(key(pack), pack);
    if (extraDir != null) {
      for (PolicyPack pack : folderPacks(extraDir)) byVersion.put(key(pack), pack);
    }
    return of(byVersion.values());
  }

  /** A catalog of the given packs; fails when two versions of one region overlap. */
  public static PolicyCatalog of(Iterable<PolicyPack> packs) {
    Map<String, List<PolicyPack>> versions = new TreeMap<>();
    for (PolicyPack pack : packs)
      versions.computeIfAbsent(pack.id(), id -> new ArrayList<>()).add(pack);
    for (List<PolicyPack> list : versions.values()) {
      list.sort(Comparator.comparing(PolicyPack::validFrom));
      for (int i = 1; i < list.size(); i++) {
        PolicyPack earlier = list.get(i - 1);
        PolicyPack later = list.get(i);
        LocalDate earlierTo = earlier.validTo();
        if (earlierTo == null || !earlierTo.isBefore(later.validFrom())) {
          throw new PackLoadException(
              later.origin()
                  + ": pack "
                  + later.id()
                  + " valid from "
                  + later.validFrom()
                  + " overlaps "
                  + earlier.origin()
                  + " (valid "
                  + earlier.validFrom()
                  + " to "
                  + (earlierTo == null ? "open end" : earlierTo)
                  + "); give the earlier version a validTo");
        }
      }
    }
    versions.replaceAll((id, list) -> List.copyOf(list));
    return new PolicyCatalog(versions);
  }

  public List<String> ids() {
    return List.copyOf(versions.keySet());
  }

  public List<PolicyPack> versions(String id) {
    return versions.getOrDefault(id, List.of());
  }

  public List<PolicyPack> all() {
    return versions.values().stream().flatMap(List::stream).toList();
  }

  /** The version of pack {@code id} in force on {@code day}. */
  public PolicyPack inForce(String id, LocalDate day) {
    List<PolicyPack> list = versions.get(id);
    if (list == null) {
      throw new PolicyNotFoundException(
          "no policy pack '" + id + "' (known: " + String.join(", ", versions.keySet()) + ")");
    }
    for (PolicyPack pack : list) {
      if (pack.inForceOn(day)) return pack;
    }
    throw new PolicyNotFoundException(
        "no version of pack '"
            + id
            + "' is in force on "
            + day
            + " (versions from: "
            + list.stream().map(p -> p.validFrom().toString()).toList()
            + ")");
  }

  /**
   * The pack version in force on {@code day} whose region has {@code municipality} as a member: the
   * region that judges a request for that municipality (woonplaatsbeginsel).
   */
  public java.util.Optional<PolicyPack> regionOf(String municipality, LocalDate day) {
    for (List<PolicyPack> list : versions.values()) {
      for (PolicyPack pack : list) {
        if (pack.inForceOn(day) && pack.municipalities().containsKey(municipality)) {
          return java.util.Optional.of(pack);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Decides a request under the version of pack {@code id} in force on its {@code receivedOn}. */
  public Decision decide(String id, DecisionRequest request) {
    return PolicyEngine.decide(inForce(id, request.receivedOn()), request);
  }

  private static String key(PolicyPack pack) {
    return pack.id() + "@" + pack.validFrom();
  }

  private static List<PolicyPack> shippedPacks() {
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources("classpath*:policies/*.yaml");
      List<PolicyPack> packs = new ArrayList<>();
      for (Resource resource : resources) {
        String name =
            resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
        try (Reader reader =
            new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
          packs.add(PackLoader.load("policies/" + name, reader));
        }
      }
      return packs;
    } catch (IOException e) {
      throw new PackLoadException("the shipped policy packs cannot be read: " + e.getMessage());
    }
  }

  private static List<PolicyPack> folderPacks(Path dir) {
    if (!Files.isDirectory(dir))
      throw new PackLoadException(dir + ": not a folder of policy packs");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted()
          .map(PackLoader::load)
          .toList();
    } catch (IOException e) {
      throw new PackLoadException(dir + ": cannot be read: " + e.getMessage());
    }
  }
}
