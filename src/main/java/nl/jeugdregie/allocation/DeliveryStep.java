package nl.jeugdregie.allocation;

/**
 * What a start or stop message does to delivery of one allocated product: it moves it to a next
 * state, or it is refused with the iJw return code (WJ001) the JW306/JW308 carries.
 */
public sealed interface DeliveryStep {

  /** Accepted: delivery is now in {@code next}. */
  record Moved(DeliveryState next) implements DeliveryStep {}

  /** Refused with WJ001 return code {@code ijwCode} (e.g. "9326") and why, in English. */
  record Refused(String ijwCode, String message) implements DeliveryStep {}
}
