package nl.jeugdregie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.jeugdregie.policy.Decision;
import nl.jeugdregie.policy.DecisionJson;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.PackLoader;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyEngine;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The decision contract: one JSON request in, one JSON decision on stdout
 * (docs/decision-contract.md).
 */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description =
        "Decide one allocation request under a region's policy pack; prints the decision as JSON.")
final class DecideCommand implements Callable<Integer> {

  @Option(
      names = "--policy",
      required = true,
      paramLabel = "<pack-id-or-file>",
      description = "A pack id (e.g. twente) or a pack file (.yaml).")
  String policy = "";

  @Option(
      names = "--request",
      required = true,
      paramLabel = "<file|->",
      description = "The request as JSON; '-' reads standard input.")
  String request = "";

  @Option(
      names = "--policy-dir",
      paramLabel = "<dir>",
      description = "A folder of extra packs (default: $JEUGDREGIE_POLICY_DIR).")
  @Nullable Path policyDir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  DecideCommand() {
    this.spec = picocli.CommandLine.Model.CommandSpec.create();
  }

  @Override
  public Integer call() {
    DecisionRequest parsed = DecisionJson.parseRequest(readRequest());
    Decision decision;
    if (policy.endsWith(".yaml") || policy.endsWith(".yml")) {
      // the engine refuses a pack that is not in force on the request's date
      decision = PolicyEngine.decide(PackLoader.load(Path.of(policy)), parsed);
    } else {
      decision = PolicyCatalog.load(PolicyDirs.resolve(policyDir)).decide(policy, parsed);
    }
    spec.commandLine().getOut().println(DecisionJson.write(decision));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private String readRequest() {
    try {
      if (request.equals("-")) {
        InputStream in = System.in;
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(request), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnusableInputException(
          "the request cannot be read: " + request + " (" + e.getMessage() + ")");
    }
  }
}
