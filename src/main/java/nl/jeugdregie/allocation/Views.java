package nl.jeugdregie.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.clients.ClientView;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What the client route's services show: requests, decisions, allocations, timelines. */
public final class Views {

  private Views() {}

  /** A request (VOT or VOW) with every decision on it and the allocations it led to. */
  public record RequestView(
      UUID id,
      RequestType type,
      RequestState state,
      String providerAgb,
      String providerReference,
      String municipality,
      String region,
      LocalDate receivedOn,
      LocalDate answerDue,
      @Nullable LocalDate investigationDue,
      @Nullable Code rejectionReason,
      ClientView client,
      @Nullable ProductView product,
      List<DecisionView> decisions,
      List<AllocationRef> allocations,
      int version) {}

  /** One decision, whole: the request as judged, the pack version, the output. */
  public record DecisionView(
      int seq,
      String decidedBy,
      Instant decidedAt,
      PolicyView policy,
      String outcome,
      @Nullable Code rejectionReason,
      @Nullable String note,
      JsonNode judgedRequest,
      JsonNode output) {}

  public record PolicyView(String id, LocalDate validFrom) {}

  /** An iJw code with its meaning, e.g. {@code {"code": "12", "name": "INITIATED_BY_PROVIDER"}}. */
  public record Code(String code, String name) {}

  public record ProductView(String category, @Nullable String code) {}

  /** An allocation by its iJw identity: municipality and number (ToewijzingNummer). */
  public record AllocationRef(String municipality, int number) {}

  /** An allocation (iJw toewijzing) with its version history and delivery events. */
  public record AllocationView(
      String municipality,
      int number,
      String region,
      String providerAgb,
      ProductView product,
      ClientView client,
      UUID requestId,
      String delivery,
      VersionView current,
      List<VersionView> versions,
      List<DeliveryEventView> deliveryEvents,
      @Nullable PlanView plan,
      int version) {}

  /**
   * The plan the allocation rests on, as its request stated it: the youth director's plan a long
   * extension is linked to (Twente 002 p.2, R-TWE-4) or the provider's plan after the evaluation
   * for a maatwerk signaalbudget (004, R-AAA-2).
   */
  public record PlanView(
      String reference, @Nullable String director, @Nullable LocalDate evaluatedOn) {}

  public record VersionView(
      int version,
      PeriodView period,
      @Nullable VolumeView volume,
      @Nullable Long budgetCents,
      @Nullable Integer level,
      @Nullable Code changeReason,
      @Nullable UUID requestId,
      Instant recordedAt,
      String recordedBy) {}

  public record PeriodView(LocalDate start, @Nullable LocalDate end) {
    static PeriodView of(DateRange range) {
      return new PeriodView(range.start(), range.end());
    }
  }

  /** Volume with iJw codes: unit WJ756 ("01" minute), frequency WMO757 ("6" total). */
  public record VolumeView(long amount, String unit, String frequency) {
    static @Nullable VolumeView of(@Nullable Volume volume) {
      return volume == null
          ? null
          : new VolumeView(volume.amount(), volume.unit().code(), volume.frequency().code());
    }
  }

  /**
   * A start or stop in force; a definitive stop with the provider's end-of-care report when one was
   * given ({@code goalsReached} YES, PARTLY or NO, {@code goalsInTime}), null when not reported.
   */
  public record DeliveryEventView(
      String kind,
      LocalDate date,
      @Nullable Code stopReason,
      @Nullable String goalsReached,
      @Nullable Boolean goalsInTime,
      Instant recordedAt,
      String recordedBy) {}

  /**
   * Where a request (VOT or VOW) stands, as its answer (iJw JW319) needs it: no personal data. For
   * a rejection the WJ759 reason, and for 8 (woonplaatsbeginsel) the municipality responsible by
   * law (TR377).
   */
  public record RequestOutcome(
      UUID id,
      RequestType type,
      RequestState state,
      UUID clientId,
      String providerAgb,
      String providerReference,
      String municipality,
      @Nullable RejectionReason rejectionReason,
      @Nullable String responsibleMunicipality) {}

  /** A request past its iJw deadline. */
  public record OverdueRequest(
      UUID id,
      RequestType type,
      RequestState state,
      String municipality,
      String providerAgb,
      String providerReference,
      String clientPseudonym,
      LocalDate receivedOn,
      String deadline,
      LocalDate due,
      long daysOverdue) {}

  /** One event on a client's route. */
  public record TimelineEvent(
      LocalDate date,
      Instant recordedAt,
      String kind,
      String providerAgb,
      String municipality,
      @Nullable UUID requestId,
      @Nullable AllocationRef allocation,
      String summary) {}

  public record Timeline(ClientView client, List<TimelineEvent> events) {}
}
