package nl.jeugdregie.allocation;

import java.util.Objects;
import java.util.UUID;
import nl.jeugdregie.allocation.DeliveryStep.Refused;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;

/**
 * iJw TR019 → 9019: a start or stop belongs to an allocation (toewijzing) by its ToewijzingNummer.
 * This region works with allocations (inspannings- and outputgericht), so every line names one, of
 * the municipality the message is sent to and allocated to the provider that sends it. The line
 * also says the allocation's client (Bsn) and product (IV075: the allocated category and code, no
 * code for an aspecific allocation); a line that differs names another allocation than the number
 * does, so it cannot be linked either. A deleted allocation (13, to be treated as never sent, iJw
 * CS335) cannot be linked.
 */
@IjwRules("TR019")
final class DeliveryLink {

  /** WJ001 9019: regiebericht niet te koppelen aan toewijzing (TR019). */
  static final String NOT_LINKED = "9019";

  private DeliveryLink() {}

  /**
   * Why {@code notice} cannot be linked to {@code allocation}, null when it can; {@code allocation}
   * is the one with the notice's number among those of the municipality allocated to the provider
   * (null when there is none) and {@code client} the id of the client with the message's Bsn (null
   * when unknown).
   */
  static @Nullable Refused check(
      DeliveryNotice notice, AllocationStore.@Nullable Row allocation, @Nullable UUID client) {
    Integer number = notice.number();
    if (number == null) {
      return refused(
          "no ToewijzingNummer: a start or stop names the allocation it belongs to (iJw TR019,"
              + " IV096)");
    }
    if (allocation == null) {
      return refused("no allocation " + number + " of this municipality to this provider");
    }
    if (allocation.isDeleted()) {
      return refused("allocation " + number + " was deleted (13)");
    }
    if (!allocation.clientId().equals(client)) {
      return refused("allocation " + number + " is for another client than this Bsn");
    }
    if (!Objects.equals(allocation.category(), notice.category())
        || !Objects.equals(allocation.productCode(), notice.productCode())) {
      return refused(
          "product "
              + product(notice.category(), notice.productCode())
              + " is not the product of allocation "
              + number
              + ", "
              + product(allocation.category(), allocation.productCode())
              + " (iJw IV075)");
    }
    return null;
  }

  private static String product(@Nullable String category, @Nullable String code) {
    if (category == null) return "(none)";
    return code == null ? category : category + "/" + code;
  }

  private static Refused refused(String message) {
    return new Refused(NOT_LINKED, message + " (iJw TR019)");
  }
}
