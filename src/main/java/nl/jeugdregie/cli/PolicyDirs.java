package nl.jeugdregie.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where extra policy packs are: the option if given, else $JEUGDREGIE_POLICY_DIR, else none. */
final class PolicyDirs {

  private PolicyDirs() {}

  static @Nullable Path resolve(@Nullable Path option) {
    if (option != null) return option;
    String env = System.getenv("JEUGDREGIE_POLICY_DIR");
    return env == null || env.isBlank() ? null : Path.of(env);
  }
}
