package nl.jeugdregie.control;

import nl.jeugdregie.policy.Metric;

/**
 * The four content pillars on which IJsselland scores a provider (R-IJS-11, 001 bijlage 2 §1
 * "Pijler – kwaliteit / kosten / continuïteit / werkprocessen"; §4.8 "in één oogopslag duidelijk
 * ... hoe een aanbieder scoort op de vier inhoudelijke pijlers"). The other regions' norms are
 * placed on the same pillars so every pack gets one traffic light per provider per pillar.
 */
public enum Pillar {
  QUALITY,
  COSTS,
  CONTINUITY,
  WORK_PROCESSES;

  /**
   * The pillar a metric counts on. An exhaustive switch on purpose: a new {@link Metric} does not
   * compile until it is placed. Placement (an assumption where the seed does not name the pillar):
   * costs are what money and volume per client measure (001 bijlage 2 §1 kosten: "kosten per
   * jeugdige ... kosten per aanbieder"; the budget share of §4.2.1.5.1; hours, duration, level and
   * intensity drive the price of a trajectory); quality is what the care reached and whether it
   * lasted (results, goals, no return, no heavier indication); continuity is timely available care
   * ("geen tot acceptabele wachttijden"); work processes are how the provider follows the route
   * (timely declaring, extension requests as "de uitzondering en niet de regel", §4.2.1.5.1).
   */
  public static Pillar of(Metric metric) {
    return switch (metric) {
      case QUALITY_SCORE,
          RESULT_REACHED_SHARE,
          GOALS_REACHED_IN_TIME_SHARE,
          NO_FURTHER_SUPPORT_12M_SHARE,
          ENDED_ACCORDING_TO_PLAN_VS_NATIONAL,
          RETURN_WITHIN_2Y_SHARE,
          SAME_OR_HEAVIER_WITHIN_6M_SHARE,
          HEAVIER_INDICATION_DURING_SHARE ->
          QUALITY;
      case COST_PER_CLIENT,
          BUDGET_DECLARED_SHARE,
          WITHIN_SIGNAL_BUDGET_SHARE,
          HOURS_PER_CLIENT_YEARLY_CHANGE,
          AVERAGE_DURATION_CHANGE,
          LEVEL_1_SHARE,
          LIGHT_MIDDLE_INTENSITY_SHARE,
          DURABLE_SHARE ->
          COSTS;
      case CONTINUITY_SCORE, HARMFUL_WAITING_LIST_CHANGE -> CONTINUITY;
      case WORK_PROCESS_SCORE, EXTENSION_REQUEST_SHARE -> WORK_PROCESSES;
    };
  }
}
