package nl.jeugdregie.demo;

/**
 * What one {@link DemoLoader#load} did, by record type and outcome. Requests: submitted ones by the
 * engine's outcome ({@code approved + inInvestigation + rejected}), and those the route refused
 * (stored nothing). Decisions, starts and stops: applied, skipped (the request did not end where
 * the generator expected: not in investigation, or no allocation) or refused by the services.
 * Declarations: booked (with their lines approved or rejected by the line checks, and the cents
 * approved into the ledger), refused whole by the route, and lines skipped because their request
 * led to no allocation.
 */
public record LoadSummary(
    int providers,
    int contracts,
    int requestsApproved,
    int requestsInInvestigation,
    int requestsRejected,
    int requestsRefused,
    int decisionsApproved,
    int decisionsRejected,
    int decisionsSkipped,
    int decisionsRefused,
    int starts,
    int stops,
    int deliverySkipped,
    int deliveryRefused,
    int declarations,
    int declarationsRefused,
    int declarationLinesApproved,
    int declarationLinesRejected,
    int declarationLinesSkipped,
    long approvedCents) {

  /** Requests stored: every submitted request that was not refused. */
  public int requestsStored() {
    return requestsApproved + requestsInInvestigation + requestsRejected;
  }

  /** One log line. */
  public String line() {
    return providers
        + " providers, "
        + contracts
        + " contracts; requests: "
        + requestsStored()
        + " stored ("
        + requestsApproved
        + " approved, "
        + requestsInInvestigation
        + " in investigation, "
        + requestsRejected
        + " rejected), "
        + requestsRefused
        + " refused; team decisions: "
        + decisionsApproved
        + " approved, "
        + decisionsRejected
        + " rejected, "
        + decisionsSkipped
        + " skipped, "
        + decisionsRefused
        + " refused; delivery: "
        + starts
        + " starts, "
        + stops
        + " stops, "
        + deliverySkipped
        + " skipped, "
        + deliveryRefused
        + " refused; declarations: "
        + declarations
        + " booked ("
        + declarationLinesApproved
        + " lines approved, "
        + declarationLinesRejected
        + " rejected, EUR "
        + String.format(java.util.Locale.ROOT, "%d.%02d", approvedCents / 100, approvedCents % 100)
        + " approved), "
        + declarationsRefused
        + " refused, "
        + declarationLinesSkipped
        + " lines skipped";
  }
}
