package nl.jeugdregie.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.PackLoadException;
import nl.jeugdregie.policy.PackLoader;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Working with policy packs: list what is loaded, check pack files before shipping them. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "List or check policy packs.",
    subcommands = {PolicyCommand.ListPacks.class, PolicyCommand.CheckPacks.class})
final class PolicyCommand {

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the pack versions known.")
  static final class ListPacks implements Callable<Integer> {
    @Option(names = "--policy-dir", paramLabel = "<dir>", description = "A folder of extra packs.")
    @Nullable Path policyDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec = picocli.CommandLine.Model.CommandSpec.create();

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      for (PolicyPack pack : PolicyCatalog.load(PolicyDirs.resolve(policyDir)).all()) {
        out.printf(
            "%-22s %s..%s  %2d municipalities  %3d products  %2d decision rules  %2d other rules  %2d norms  %s%n",
            pack.id(),
            pack.validFrom(),
            pack.validTo() == null ? "" : pack.validTo(),
            pack.municipalities().size(),
            pack.products().size(),
            decisionRules(pack),
            pack.rules().size() - decisionRules(pack),
            pack.norms().size(),
            pack.origin());
      }
      out.flush();
      return 0;
    }

    private static long decisionRules(PolicyPack pack) {
      return pack.rules().stream()
          .map(PackRule::kind)
          .filter(DecisionRule.class::isInstance)
          .count();
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Validate pack files; prints each problem with file and line. Exit 0 all valid, 1 problems.")
  static final class CheckPacks implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "<file>")
    List<Path> files = List.of();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec = picocli.CommandLine.Model.CommandSpec.create();

    @Override
    public Integer call() {
      int problems = 0;
      for (Path file : files) {
        try {
          PolicyPack pack = PackLoader.load(file);
          spec.commandLine()
              .getOut()
              .println(
                  file
                      + ": ok ("
                      + pack.id()
                      + " from "
                      + pack.validFrom()
                      + ", "
                      + pack.rules().size()
                      + " rules, "
                      + pack.norms().size()
                      + " norms)");
        } catch (PackLoadException e) {
          spec.commandLine().getErr().println(e.getMessage());
          problems++;
        }
      }
      spec.commandLine().getOut().flush();
      return problems == 0 ? 0 : 1;
    }
  }
}
