package nl.jeugdregie.allocation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A provider's start or stop message refused as a whole: nothing of it was recorded. Each refusal
 * names the line it concerns (its position in the list given, from 0), the iJw rule and the return
 * code (WJ001) its StartProduct or StopProduct carries in the JW306 or JW308. The message names
 * dates and numbers only, never a BSN or name.
 */
public class DeliveryRefusedException extends RouteRefusedException {
  private static final long serialVersionUID = 1L;

  /** Line {@code line} is refused by iJw rule {@code rule} with return code {@code ijwCode}. */
  public record Refusal(int line, String rule, String ijwCode, String message) {}

  private final transient List<Refusal> refusals;

  DeliveryRefusedException(List<Refusal> refusals) {
    super(
        Kind.CONFLICT,
        "delivery",
        refusals.getFirst().ijwCode(),
        refusals.stream()
            .map(r -> "line " + (r.line() + 1) + ": " + r.message())
            .collect(Collectors.joining("; ")));
    this.refusals = List.copyOf(refusals);
  }

  public List<Refusal> refusals() {
    return refusals;
  }

  /** The rule behind each start/stop return code (ijw.md §4.9; 9069 comes from TR382). */
  static String ruleOf(String ijwCode) {
    return switch (ijwCode) {
      case DeliveryLink.NOT_LINKED -> "TR019";
      case DeliveryCorrections.NOTHING_TO_WITHDRAW -> "TR063";
      case DeliveryCorrections.START_HAS_STOP -> "TR071";
      case DeliveryCorrections.KEY_EXISTS -> "TR074";
      case Delivery.NOT_STOPPED -> "TR326";
      case Delivery.NO_CURRENT_START -> "TR382";
      case Delivery.TEMPORARY_AFTER_TEMPORARY -> "TR413";
      case Delivery.BEFORE_TEMPORARY_STOP -> "TR414";
      case Delivery.ALREADY_ENDED -> "TR415";
      default -> throw new IllegalArgumentException("no start/stop rule answers " + ijwCode);
    };
  }
}
