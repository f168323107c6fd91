package nl.jeugdregie.policy.kinds;

import static nl.jeugdregie.policy.kinds.Requests.assertVerdict;

import java.time.Period;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.Unit;
import org.junit.jupiter.api.Test;

/** Bugs the table tests found once, kept found. */
class RegressionsTest {

  @Test
  void partOfAnHourCountsAsAWholeHourAgainstAnHourCap() {
    var cap = new MaximumTotalVolume(100, Unit.HOUR, Effect.ADJUST);
    var request = Requests.initial().withVolume(6001, Unit.MINUTE, Frequency.TOTAL);
    assertVerdict(
        cap.judge(request.toCase()), "ADJUST", "101 HOUR in total asked; at most 100 HOUR");
  }

  @Test
  void partOfAnHourCountsAsAWholeHourAgainstAnHourThreshold() {
    var threshold =
        new VolumeThresholdRoutesToInvestigation(100, Unit.HOUR, Period.ofYears(1), true);
    var request = Requests.initial().withVolume(6001, Unit.MINUTE, Frequency.TOTAL);
    assertVerdict(threshold.judge(request.toCase()), "INVESTIGATE", "101 HOUR is more than 100");
  }

  @Test
  void adjustmentReasonsOnlyConcernChangeRequests() {
    var reasons =
        new AdjustmentReasons(
            java.util.Set.of(1, 2, 3, 4), java.util.Set.of(1), java.util.Map.of(2, 6L));
    assertVerdict(reasons.judge(Requests.initial().toCase()), "PASS", null);
    assertVerdict(reasons.judge(Requests.extension().toCase()), "PASS", null);
    assertVerdict(reasons.judge(Requests.change().toCase()), "REJECT", "change.reason");
  }
}
