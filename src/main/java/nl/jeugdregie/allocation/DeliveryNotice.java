package nl.jeugdregie.allocation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a provider's start (JW305 StartProduct) or stop (JW307 StopProduct) message, as the
 * client route judges it: the allocation it names by number (ToewijzingNummer, ijw.md §3.9), the
 * product as the provider gives it (category and code, each null when absent; IV075 asks for the
 * allocated product), its dates, and whether it withdraws an earlier line with the same logical key
 * (StatusAanlevering 3, iJw IV008) instead of reporting a new one (StatusAanlevering 1).
 */
public sealed interface DeliveryNotice {

  @Nullable Integer number();

  @Nullable String category();

  @Nullable String productCode();

  /** Begindatum: the start of delivery, for a stop the start it ends (iJw TR382). */
  LocalDate begin();

  /** StatusAanlevering 3: take back the earlier line with the same key. */
  boolean withdrawal();

  /** Delivery started on {@code begin} (JW305); key: allocation, product, Begindatum. */
  record Start(
      @Nullable Integer number,
      @Nullable String category,
      @Nullable String productCode,
      LocalDate begin,
      boolean withdrawal)
      implements DeliveryNotice {}

  /**
   * Delivery of the start on {@code begin} stopped on {@code end} for {@code reason} (JW307); key:
   * allocation, product, Begindatum, RedenBeeindiging, Einddatum (iJw 3.2 rule export).
   */
  record Stop(
      @Nullable Integer number,
      @Nullable String category,
      @Nullable String productCode,
      LocalDate begin,
      StopReason reason,
      LocalDate end,
      boolean withdrawal)
      implements DeliveryNotice {}
}
