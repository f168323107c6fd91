package nl.jeugdregie.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import nl.jeugdregie.demo.DemoGenerator;
import nl.jeugdregie.demo.DemoRecord;
import nl.jeugdregie.demo.Scale;
import nl.jeugdregie.policy.PolicyCatalog;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a demo month as JSON Lines, one record a line with a {@code "record"} type field
 * (docs/demo-data.md). Deterministic: the same packs, scale, seed and month give byte-identical
 * output.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Generate a demo month (providers, contracts, requests, decisions, starts, stops).")
final class GenerateCommand implements Callable<Integer> {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Option(
      names = "--scale",
      required = true,
      paramLabel = "<region|national>",
      description = "A region (pack id, e.g. twente) or 'national' (every region, 200x).")
  String scale = "";

  @Option(names = "--seed", paramLabel = "N", description = "The random seed (default 2025).")
  long seed = 2025;

  @Option(
      names = "--month",
      paramLabel = "yyyy-MM",
      description = "The month to generate (default 2025-03).")
  String month = "2025-03";

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  @Nullable Path out;

  @Option(
      names = "--policy-dir",
      paramLabel = "<dir>",
      description = "A folder of extra packs (default: $JEUGDREGIE_POLICY_DIR).")
  @Nullable Path policyDir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  GenerateCommand() {
    this.spec = picocli.CommandLine.Model.CommandSpec.create();
  }

  @Override
  public Integer call() {
    PolicyCatalog catalog = PolicyCatalog.load(PolicyDirs.resolve(policyDir));
    Scale parsed;
    try {
      parsed = Scale.parse(scale, catalog);
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException("--scale: " + e.getMessage());
    }
    YearMonth ym;
    try {
      ym = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new UnusableInputException("--month: must be yyyy-MM, got '" + month + "'");
    }
    List<DemoRecord> records;
    try {
      records = DemoGenerator.generate(catalog, parsed, seed, ym);
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException("--month: " + e.getMessage());
    }
    Map<String, Integer> counts = new TreeMap<>();
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      write(records, stdout, counts);
      stdout.flush();
    } else {
      try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        write(records, file, counts);
      } catch (IOException e) {
        throw new UnusableInputException(
            "--out: cannot write " + out + " (" + e.getMessage() + ")");
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "generated "
            + records.size()
            + " records for "
            + parsed
            + ", seed "
            + seed
            + ", "
            + ym
            + ": "
            + counts.toString().replace("{", "").replace("}", ""));
    err.flush();
    return 0;
  }

  private static void write(List<DemoRecord> records, Writer writer, Map<String, Integer> counts) {
    try {
      Writer w = writer instanceof PrintWriter ? writer : new BufferedWriter(writer);
      for (DemoRecord record : records) {
        var node = record.toJson();
        counts.merge(node.get("record").asString(), 1, Integer::sum);
        w.write(MAPPER.writeValueAsString(node));
        w.write('\n');
      }
      w.flush();
    } catch (IOException e) {
      throw new UnusableInputException("--out: cannot write (" + e.getMessage() + ")");
    }
  }
}
