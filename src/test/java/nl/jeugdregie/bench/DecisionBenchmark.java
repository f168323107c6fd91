package nl.jeugdregie.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.jeugdregie.policy.Decision;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyEngine;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Scenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second on one core over a mix of all five packs: every scenario request of every
 * region (about 200, approvals, investigations and rejections), cycled. The baseline decides the
 * same requests under packs stripped of their rules (built-in checks only), so the ratio shows what
 * the rules cost. Run with {@code ./mvnw -Pbench test}; see the README for the figures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Threads(1)
public class DecisionBenchmark {

  private PolicyPack[] packs = new PolicyPack[0];
  private PolicyPack[] rulelessPacks = new PolicyPack[0];
  private DecisionRequest[] requests = new DecisionRequest[0];
  private int next;

  @Setup
  public void load() throws IOException {
    PolicyCatalog catalog = PolicyCatalog.shipped();
    List<PolicyPack> packList = new ArrayList<>();
    List<PolicyPack> rulelessList = new ArrayList<>();
    List<DecisionRequest> requestList = new ArrayList<>();
    for (Map.Entry<String, DecisionRequest> entry : Scenarios.allRequests()) {
      PolicyPack pack;
      try {
        pack = catalog.inForce(entry.getKey(), entry.getValue().receivedOn());
      } catch (RuntimeException e) {
        continue;
      }
      packList.add(pack);
      rulelessList.add(withoutRules(pack));
      requestList.add(entry.getValue());
    }
    packs = packList.toArray(PolicyPack[]::new);
    rulelessPacks = rulelessList.toArray(PolicyPack[]::new);
    requests = requestList.toArray(DecisionRequest[]::new);
  }

  @Benchmark
  public Decision decideUnderTheRegionsPack() {
    int i = next++ % requests.length;
    return PolicyEngine.decide(packs[i], requests[i]);
  }

  @Benchmark
  public Decision baselineBuiltInChecksOnly() {
    int i = next++ % requests.length;
    return PolicyEngine.decide(rulelessPacks[i], requests[i]);
  }

  private static PolicyPack withoutRules(PolicyPack p) {
    return new PolicyPack(
        p.id(),
        p.name(),
        p.validFrom(),
        p.validTo(),
        p.sources(),
        p.municipalities(),
        p.products(),
        p.aspecific(),
        p.budgets(),
        List.of(),
        p.norms(),
        p.origin());
  }
}
