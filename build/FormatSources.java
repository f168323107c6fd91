import com.google.googlejavaformat.java.Main;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs google-java-format over every Java file below the given folders. Started by the build on the
 * JDK 25 toolchain (single-file launch), because the formatter parses with the running JDK's javac.
 *
 * <p>Usage: {@code java -cp google-java-format.jar FormatSources.java (--dry-run|--replace) DIR...}
 */
public class FormatSources {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Path dir = Path.of(args[i]);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".java"))
            .map(Path::toString)
            .sorted()
            .forEach(files::add);
      }
    }
    List<String> gjfArgs = new ArrayList<>(List.of(mode, "--skip-reflowing-long-strings"));
    if (mode.equals("--dry-run")) gjfArgs.add("--set-exit-if-changed");
    gjfArgs.addAll(files);
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int status = new Main(out, err, System.in).format(gjfArgs.toArray(String[]::new));
    if (status != 0 && mode.equals("--dry-run")) {
      err.println(
          "These files are not formatted; run ./mvnw process-sources -Pformat to fix them.");
    }
    System.exit(status);
  }
}
