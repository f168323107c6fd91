package nl.jeugdregie.demo;

/**
 * What one {@link DemoLoader#load} did, by record type and outcome. Requests: submitted ones by the
 * engine's outcome ({@code approved + inInvestigation + rejected}), and those the route refused
 * (stored nothing). Decisions, starts and stops: applied, skipped (the request did not end where
 * the generator expected: not in investigation, or no allocation) or refused by the services.
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
    int deliveryRefused) {

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
        + " refused";
  }
}
