package nl.jeugdregie.billing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random sequences of debits and credits, shared by the pure and the database properties: each step
 * declares one line. Debits draw their reference from a small pool, so references repeat; credits
 * name an earlier step's reference (approved or not, debit or credit) or one nobody used, and copy
 * that line exactly or not.
 */
final class LedgerSequences {

  private LedgerSequences() {}

  /**
   * One declared line.
   *
   * @param credit a credit, else a debit
   * @param reference index into the reference pool (debits and credits share it)
   * @param month which month of the allocation a debit declares (modulo its months)
   * @param size a debit's volume, scaled by the caller
   * @param target which earlier step a credit names, see {@link #creditedStep}
   * @param exactCopy a credit copies its debit exactly; else one more unit of volume and amount
   * @param wrongAmount a debit's amount one cent off (rejected with TR346)
   * @param other which of two allocations the line names (the database property has two)
   */
  record Step(
      boolean credit,
      int reference,
      int month,
      int size,
      int target,
      boolean exactCopy,
      boolean wrongAmount,
      boolean other) {

    /**
     * Debits are R0..R29; credits mostly C0..C29, but one in five takes a debit's reference
     * (TR314).
     */
    String referenceText() {
      return !credit || reference % 5 == 0 ? "R" + reference : "C" + reference;
    }
  }

  static final int REFERENCES = 30;

  static Arbitrary<Step> steps() {
    return Combinators.combine(
            chance(35),
            uniform(0, REFERENCES - 1),
            uniform(0, 11),
            uniform(0, 100),
            uniform(0, 5),
            chance(85),
            chance(10),
            chance(50))
        .as(Step::new);
  }

  private static Arbitrary<Boolean> chance(int percent) {
    return Arbitraries.frequency(Tuple.of(percent, true), Tuple.of(100 - percent, false));
  }

  private static Arbitrary<Integer> uniform(int min, int max) {
    return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
  }

  static Arbitrary<List<Step>> sequences(int maxSteps) {
    return steps().list().ofMinSize(1).ofMaxSize(maxSteps);
  }

  /**
   * The earlier step a credit at position {@code i} names, or -1 for a reference nobody used:
   * target 0-3 one of the last approved debits (counting back), 4 any earlier step (a rejected
   * debit, a credit), 5 nobody's.
   */
  static int creditedStep(Step step, int i, List<Integer> approvedDebits) {
    int target = step.target();
    if (i == 0 || target == 5) return -1;
    if (target == 4 || approvedDebits.isEmpty()) return i - 1 - (step.size() % i);
    return approvedDebits.get(approvedDebits.size() - 1 - (target % approvedDebits.size()));
  }
}
