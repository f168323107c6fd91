package nl.jeugdregie.signals;

/** What a signal is about (docs/signals.md). */
public enum SignalKind {
  /** Budget use at or above a pack's share (R-AAA-2). */
  USAGE_THRESHOLD,
  /** The budget runs out in money within a pack's lead time, at the recent burn rate (R-IJS-5). */
  EXHAUSTION_MONEY,
  /** The budget runs out in time (its end date) within a pack's lead time (R-IJS-5). */
  EXHAUSTION_TIME,
  /** The end date is within the window for reporting whether an extension is needed (R-TWE-4). */
  EXTENSION_WINDOW,
  /** A periodic evaluation is due (R-TWE-5). */
  EVALUATION_DUE,
  /**
   * Care over a year: the evaluation with the municipality after about 6 months is due (R-TWE-5).
   */
  MUNICIPAL_EVALUATION_DUE,
  /** The referral letter expires before care started (R-TWE-1). */
  REFERRAL_EXPIRING,
  /** A request is past its answer deadline (iJw OP274, OP346: 5 working days). */
  ANSWER_OVERDUE,
  /** A request in investigation is past its deadline (iJw OP274, OP346: 8 weeks). */
  INVESTIGATION_OVERDUE,
  /**
   * Care ended according to plan: the referrer (other than the access team) is told afterwards
   * (R-IJS-8, 001 §4.3.1.3).
   */
  ENDING_NOTICE,
  /**
   * Care ended over iJw (JW307, not refused: OP364) without the referrer consulted beforehand as
   * the region asks (R-IJS-8): the access team follows it up.
   */
  ENDING_NOT_CONSULTED
}
