package nl.jeugdregie.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.jeugdregie.control.Breakdown.Figure;
import nl.jeugdregie.control.FactStore.ClientHours;
import nl.jeugdregie.control.FactStore.Trajectory;
import nl.jeugdregie.policy.Metric;
import org.jspecify.annotations.Nullable;

/**
 * The trajectory metrics of one region and year (issue 13): R-NLI-1's development goals per
 * sub-segment (Noord-Limburg 003 Bijlage a) and R-IJS-11's extension and result shares (IJsselland
 * 001 bijlage 2 §4.3), computed from {@code control.trajectory}, CBS Beleidsinformatie Jeugd's
 * jeugdhulptraject as the view's comment describes it (runs of one form at one provider; gaps under
 * 31 days bridged, where CBS only merges overlaps).
 *
 * <p>A trajectory "ends in" a year when its end date lies in it; a trajectory that lapsed without a
 * stop ends on its allocation's end date. A metric that looks ahead of an end (12 months, 6 months,
 * 2 years) has no value until that follow-up is over for the whole year, and says from when. The
 * "after" lookups see every trajectory of the client in the region, at any provider and in any
 * form; care outside the region (or outside this system) is not seen.
 */
final class Trajectories {

  /** JZ588 31: beëindigd volgens plan; CBS's "volgens plan". */
  static final String ACCORDING_TO_PLAN = "31";

  /** JZ588 02: the client died; such a trajectory says nothing about further support needed. */
  static final String DEATH = "02";

  /**
   * R-NLI-1 vaktherapie "terug in subsegment Ambulante GGZ of segment 1": the GGZ sub-segment.
   * Segment 1 (jeugdhulp met verblijf) is not in Noord-Limburg's product book, so no return to it
   * can be seen.
   */
  static final Set<String> RETURN_FORMS = Set.of("ggz");

  /** R-NLI-1 "sturen op percentage cliënten duurzaam en perspectief": the durable sub-segment. */
  static final String DURABLE = "duurzaam";

  private final String region;
  private final int year;
  private final LocalDate today;
  private final List<Trajectory> all;
  private final Map<UUID, List<Trajectory>> byClient;

  Trajectories(String region, int year, LocalDate today, List<Trajectory> all) {
    this.region = region;
    this.year = year;
    this.today = today;
    this.all = all;
    this.byClient = all.stream().collect(Collectors.groupingBy(Trajectory::clientId));
  }

  private List<Trajectory> in(Set<String> forms) {
    return forms.isEmpty() ? all : all.stream().filter(t -> forms.contains(t.form())).toList();
  }

  private static <T> List<T> where(List<T> items, Predicate<T> p) {
    return items.stream().filter(p).toList();
  }

  /** Whether the client started another trajectory after {@code t} ended, within the window. */
  private boolean startedAfter(Trajectory t, LocalDate until, Predicate<Trajectory> which) {
    LocalDate end = t.end();
    if (end == null) return false;
    return byClient.getOrDefault(t.clientId(), List.of()).stream()
        .filter(o -> o != t && which.test(o))
        .anyMatch(o -> o.start().isAfter(end) && !o.start().isAfter(until));
  }

  /** The figure when the follow-up of trajectories ended this year is not over yet; else null. */
  private @Nullable Figure followUpOpen(LocalDate lastDay, List<Trajectory> ended) {
    if (!today.isBefore(lastDay)) return null;
    return Figure.missing(
        0,
        ended.size(),
        Breakdown.clients(ended),
        "follow-up of trajectories ended in " + year + " is complete on " + lastDay);
  }

  /**
   * NO_FURTHER_SUPPORT_12M_SHARE, R-NLI-1 (003 Bijlage a, kolommen Ambulant perspectief 1 en 2 en
   * Vaktherapie: "Minimaal 95% van de jeugdigen heeft na afronding van het traject binnen 12
   * maanden geen aanvullende ondersteuning nodig"). Of the trajectories ended in the year (not by
   * death, JZ588 02), the share whose client started no other trajectory in the region within 12
   * months after the end. CBS has no such figure (its "herhaald beroep" counts new starts within a
   * period, not per ended trajectory).
   */
  List<Measurement> noFurtherSupport12m(Set<String> forms) {
    return Breakdown.of(
        Metric.NO_FURTHER_SUPPORT_12M_SHARE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> ended =
              where(items, t -> t.endedIn(year) && !DEATH.equals(t.endReason()));
          Figure open = followUpOpen(LocalDate.of(year, 12, 31).plusMonths(12), ended);
          if (open != null) return open;
          long none =
              ended.stream()
                  .filter(t -> !startedAfter(t, t.ended().plusMonths(12), o -> true))
                  .count();
          return Figure.share(
              none, ended.size(), Breakdown.clients(ended), "no trajectory ended in " + year);
        });
  }

  /**
   * ENDED_ACCORDING_TO_PLAN_VS_NATIONAL, R-NLI-1 (003 Bijlage a, kolom Ambulant duurzaam: "Het
   * aantal trajecten wat conform plan is afgesloten, is in 2022 conform het landelijk gemiddelde";
   * "Uiterlijk vanaf 2025 is dit 10% hoger"). The region's share of trajectories ended in the year
   * with JZ588 31 (beëindigd volgens plan) among those ended with a reported reason, relative to
   * the national share: own / national - 1 (0 = the national average, 0.10 = 10% above it). CBS
   * counts "beëindigd volgens plan" among all ended trajectories including "onbekend" (since 2021);
   * we leave out those ended without a stop (no reason reported), so our share is of known reasons.
   * The national share is read from {@code control.national_reference}; none there, no value.
   */
  List<Measurement> endedAccordingToPlanVsNational(
      Set<String> forms, @Nullable BigDecimal national) {
    return Breakdown.of(
        Metric.ENDED_ACCORDING_TO_PLAN_VS_NATIONAL,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> ended = where(items, t -> t.endedIn(year) && t.endReason() != null);
          long byPlan = ended.stream().filter(t -> ACCORDING_TO_PLAN.equals(t.endReason())).count();
          long clients = Breakdown.clients(ended);
          if (ended.isEmpty()) {
            return Figure.missing(
                0, 0, clients, "no trajectory ended in " + year + " with a reason");
          }
          if (national == null || national.signum() == 0) {
            return Figure.missing(byPlan, ended.size(), clients, "no national reference");
          }
          BigDecimal own =
              BigDecimal.valueOf(byPlan)
                  .divide(BigDecimal.valueOf(ended.size()), 10, java.math.RoundingMode.HALF_UP);
          return new Figure(Breakdown.change(own, national), byPlan, ended.size(), clients, null);
        });
  }

  /**
   * AVERAGE_DURATION_CHANGE, R-NLI-1 (003 Bijlage a, kolom GGZ: "De gemiddelde duur van een traject
   * is in 2025 met minimaal 10% afgenomen tov 2022"). The average duration in days (start to end,
   * both counted) of the trajectories ended in the year against those ended in the base year: avg /
   * base avg - 1. CBS publishes "gemiddelde duur (dagen)" of ended trajectories the same way; ours
   * are bridged runs (see the class comment). Numerator and denominator are the counts ended in the
   * year and in the base year.
   */
  List<Measurement> averageDurationChange(Set<String> forms, int baseYear) {
    return Breakdown.of(
        Metric.AVERAGE_DURATION_CHANGE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> now = where(items, t -> t.endedIn(year));
          List<Trajectory> base = where(items, t -> t.endedIn(baseYear));
          long clients = Breakdown.clients(now);
          if (now.isEmpty() || base.isEmpty()) {
            return Figure.missing(
                now.size(),
                base.size(),
                clients,
                "no trajectory ended in " + (now.isEmpty() ? year : baseYear));
          }
          return new Figure(
              Breakdown.change(averageDays(now), averageDays(base)),
              now.size(),
              base.size(),
              clients,
              null);
        });
  }

  private static BigDecimal averageDays(List<Trajectory> ended) {
    long days = ended.stream().mapToLong(Trajectory::days).sum();
    return BigDecimal.valueOf(days)
        .divide(BigDecimal.valueOf(ended.size()), 10, java.math.RoundingMode.HALF_UP);
  }

  /**
   * HEAVIER_INDICATION_DURING_SHARE, R-NLI-1 (003 Bijlage a, kolommen Ambulant perspectief 1 en 2
   * en Vaktherapie: "Maximaal 5% van de cliënten krijgt tijdens het traject een zwaardere indicatie
   * toegewezen"). Of the trajectories ended in the year with a level recorded, the share whose
   * heaviest level is above its first. Assumption: every heavier level counts; whether it came from
   * "onvoorziene verzwarende omstandigheden" is not recorded. No CBS equivalent.
   */
  List<Measurement> heavierDuring(Set<String> forms) {
    return Breakdown.of(
        Metric.HEAVIER_INDICATION_DURING_SHARE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> ended = where(items, t -> t.endedIn(year));
          List<Trajectory> levelled =
              where(ended, t -> t.firstLevel() != null && t.heaviestLevel() != null);
          long heavier = levelled.stream().filter(Trajectories::heavierDuring).count();
          return Figure.share(
              heavier,
              levelled.size(),
              Breakdown.clients(levelled),
              ended.isEmpty()
                  ? "no trajectory ended in " + year
                  : "level (intensity) not recorded");
        });
  }

  private static boolean heavierDuring(Trajectory t) {
    return t.firstLevel() != null
        && t.heaviestLevel() != null
        && t.heaviestLevel() > t.firstLevel();
  }

  /**
   * SAME_OR_HEAVIER_WITHIN_6M_SHARE, R-NLI-1 (003 Bijlage a, kolom Ambulant duurzaam: "Maximaal 20%
   * van de cliënten krijgt binnen 6 maanden na afloop van het traject of gedurende het traject
   * eenzelfde of zwaardere indicatie toegewezen"). Of the trajectories ended in the year (not by
   * death), the share that during the trajectory got a heavier level or an extension request (a new
   * indication of the same kind), or whose client started a trajectory in the same form within 6
   * months after the end. Assumption: sub-segments are not ranked, so "zwaarder" after the end is
   * only seen as the same form; a lighter re-indication during the trajectory via a change request
   * counts too (the level of a change request is not told apart). No CBS equivalent.
   */
  List<Measurement> sameOrHeavierWithin6m(Set<String> forms) {
    return Breakdown.of(
        Metric.SAME_OR_HEAVIER_WITHIN_6M_SHARE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> ended =
              where(items, t -> t.endedIn(year) && !DEATH.equals(t.endReason()));
          Figure open = followUpOpen(LocalDate.of(year, 12, 31).plusMonths(6), ended);
          if (open != null) return open;
          long again =
              ended.stream()
                  .filter(
                      t ->
                          heavierDuring(t)
                              || t.extensionRequests() > 0
                              || startedAfter(
                                  t, t.ended().plusMonths(6), o -> o.form().equals(t.form())))
                  .count();
          return Figure.share(
              again, ended.size(), Breakdown.clients(ended), "no trajectory ended in " + year);
        });
  }

  /**
   * GOALS_REACHED_IN_TIME_SHARE, R-NLI-1 (003 Bijlage a, kolom GGZ: "Minstens 90% van de jeugdigen
   * behaalt zijn doelen zoals gesteld in het lzp binnen de daarvoor gesteld termijn"). Of the
   * trajectories ended in the year whose end-of-care report says whether the goals were reached
   * (and, when reached, whether in time), the share reached fully and in time. A trajectory without
   * a report is left out, never guessed; with none reported there is no value. No CBS equivalent
   * (CBS records no goals).
   */
  List<Measurement> goalsReachedInTime(Set<String> forms) {
    return Breakdown.of(
        Metric.GOALS_REACHED_IN_TIME_SHARE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> ended = where(items, t -> t.endedIn(year));
          List<Trajectory> reported =
              where(
                  ended,
                  t ->
                      t.goalsReached() != null
                          && (!"YES".equals(t.goalsReached()) || t.goalsInTime() != null));
          long inTime =
              reported.stream()
                  .filter(
                      t -> "YES".equals(t.goalsReached()) && Boolean.TRUE.equals(t.goalsInTime()))
                  .count();
          return Figure.share(
              inTime, reported.size(), Breakdown.clients(reported), notReported(ended));
        });
  }

  private String notReported(List<Trajectory> ended) {
    return ended.isEmpty()
        ? "no trajectory ended in " + year
        : "end-of-care report not recorded for the " + ended.size() + " trajectories ended";
  }

  /**
   * RESULT_REACHED_SHARE, R-IJS-11 (001 bijlage 2 §4.3 "Welke aanbieders niet de gewenste
   * resultaten halen"). Of the trajectories ended in the year with an end-of-care report, the share
   * whose goals were reached (YES; PARTLY is not reached). Assumption: the result set by the
   * referrer is the plan's goals the provider reports on. No CBS equivalent.
   */
  List<Measurement> resultReached(Set<String> forms) {
    return Breakdown.of(
        Metric.RESULT_REACHED_SHARE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> ended = where(items, t -> t.endedIn(year));
          List<Trajectory> reported = where(ended, t -> t.goalsReached() != null);
          long reached = reported.stream().filter(t -> "YES".equals(t.goalsReached())).count();
          return Figure.share(
              reached, reported.size(), Breakdown.clients(reported), notReported(ended));
        });
  }

  /**
   * EXTENSION_REQUEST_SHARE, R-IJS-11 (001 bijlage 2 §4.3 "Welke aanbieders continu om verlengingen
   * vragen"; §4.2.1.5.1 "Budgetaanpassing is de uitzondering en niet de regel"). Of the
   * trajectories ended in the year, the share with at least one change request (VOW: extension or
   * adjustment) on its allocations, whatever its answer. In IJsselland every ambulant allocation is
   * a keuzebudget, so this is the share of keuzebudget trajectories. No CBS equivalent.
   */
  List<Measurement> extensionRequests(Set<String> forms) {
    return Breakdown.of(
        Metric.EXTENSION_REQUEST_SHARE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> ended = where(items, t -> t.endedIn(year));
          long asked = ended.stream().filter(t -> t.extensionRequests() > 0).count();
          return Figure.share(
              asked, ended.size(), Breakdown.clients(ended), "no trajectory ended in " + year);
        });
  }

  /**
   * LIGHT_MIDDLE_INTENSITY_SHARE, R-NLI-1 (003 Bijlage a, kolom GGZ: "In 2025 is minimaal 85% van
   * de cliënten behandeld middels intensiteiten Licht en Midden"; kolom Vaktherapie: "Sturen op
   * minimale inzet van trajecten Maatwerk en Meerwerk"). Of the clients in care in the year with a
   * level recorded, the share whose trajectories all stayed at level 1 (licht) or 2 (midden); the
   * Noord-Limburg convention is that an allocation's level carries the intensity (1 licht, 2
   * midden, 3 maatwerk, 4 meerwerk). No CBS equivalent.
   */
  List<Measurement> lightMiddleIntensity(Set<String> forms) {
    return Breakdown.of(
        Metric.LIGHT_MIDDLE_INTENSITY_SHARE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> active = where(items, t -> t.activeIn(year));
          Map<UUID, Integer> heaviest = new HashMap<>();
          for (Trajectory t : active) {
            if (t.heaviestLevel() != null)
              heaviest.merge(t.clientId(), t.heaviestLevel(), Math::max);
          }
          long light = heaviest.values().stream().filter(l -> l <= 2).count();
          return Figure.share(
              light,
              heaviest.size(),
              heaviest.size(),
              active.isEmpty() ? "no client in care in " + year : "level (intensity) not recorded");
        });
  }

  /**
   * RETURN_WITHIN_2Y_SHARE, R-NLI-1 (003 Bijlage a, kolom Vaktherapie: "Maximaal 10% van de
   * cliënten komt binnen 2 jaar na afronden succesvol traject terug in subsegment Ambulante GGZ of
   * segment 1"). Of the trajectories ended in the year according to plan (JZ588 31, "succesvol"),
   * the share whose client started a trajectory in {@link #RETURN_FORMS} within 2 years after the
   * end. CBS's "herhaald beroep" is related but counts any new start within a period.
   */
  List<Measurement> returnWithin2y(Set<String> forms) {
    return Breakdown.of(
        Metric.RETURN_WITHIN_2Y_SHARE,
        region,
        year,
        in(forms),
        true,
        items -> {
          List<Trajectory> ended =
              where(items, t -> t.endedIn(year) && ACCORDING_TO_PLAN.equals(t.endReason()));
          Figure open = followUpOpen(LocalDate.of(year, 12, 31).plusYears(2), ended);
          if (open != null) return open;
          long back =
              ended.stream()
                  .filter(
                      t ->
                          startedAfter(
                              t, t.ended().plusYears(2), o -> RETURN_FORMS.contains(o.form())))
                  .count();
          return Figure.share(
              back,
              ended.size(),
              Breakdown.clients(ended),
              "no trajectory ended according to plan in " + year);
        });
  }

  /**
   * DURABLE_SHARE, R-NLI-1 (003 Bijlage a, kolommen Ambulant perspectief 1 en 2 en Ambulant
   * duurzaam: "Sturen op percentage cliënten duurzaam en perspectief (met zo min mogelijk cliënten
   * in duurzaam)"). Of the clients in care in the year in the norm's sub-segments, the share with a
   * trajectory in duurzaam. Region-wide and per provider only: a cell of one sub-segment would be 0
   * or 1. No CBS equivalent.
   */
  List<Measurement> durableShare(Set<String> forms) {
    return Breakdown.of(
        Metric.DURABLE_SHARE,
        region,
        year,
        in(forms),
        false,
        items -> {
          List<Trajectory> active = where(items, t -> t.activeIn(year));
          long durable =
              active.stream()
                  .filter(t -> DURABLE.equals(t.form()))
                  .map(Trajectory::clientId)
                  .distinct()
                  .count();
          long clients = Breakdown.clients(active);
          return Figure.share(durable, clients, clients, "no client in care in " + year);
        });
  }

  /**
   * HOURS_PER_CLIENT_YEARLY_CHANGE, R-NLI-1 (003 Bijlage a, kolommen Ambulant perspectief 1 en 2 en
   * Ambulant duurzaam: "Elk jaar daalt het gemiddelde ingezette uren per cliënt met 5% t.o.v. het
   * voorgaande jaar, met een max van 15% ten opzichte van 2022"). Hours declared and approved for
   * care in the year (month of care, credits subtracted) per client with declared care, against the
   * year before: per client / per client before - 1. "Ingezet" is read as declared: the hours
   * delivered are not recorded otherwise. The 15% floor against 2022 is the norm's, not this
   * figure's. No value for a year not yet over (a part-year average is not comparable). Numerator
   * and denominator are the clients of the year and of the year before. No CBS equivalent.
   */
  static List<Measurement> hoursPerClientChange(
      String region, int year, LocalDate today, List<ClientHours> all, Set<String> forms) {
    List<ClientHours> scoped =
        forms.isEmpty() ? all : all.stream().filter(h -> forms.contains(h.form())).toList();
    return Breakdown.of(
        Metric.HOURS_PER_CLIENT_YEARLY_CHANGE,
        region,
        year,
        scoped,
        true,
        items -> {
          List<ClientHours> now = where(items, h -> h.year() == year);
          List<ClientHours> before = where(items, h -> h.year() == year - 1);
          long clients = Breakdown.clients(now);
          long clientsBefore = Breakdown.clients(before);
          if (!today.isAfter(LocalDate.of(year, 12, 31))) {
            return Figure.missing(clients, clientsBefore, clients, year + " is not over yet");
          }
          if (clients == 0 || clientsBefore == 0) {
            return Figure.missing(
                clients,
                clientsBefore,
                clients,
                "no hours declared in " + (clients == 0 ? year : year - 1));
          }
          return new Figure(
              Breakdown.change(perClient(now, clients), perClient(before, clientsBefore)),
              clients,
              clientsBefore,
              clients,
              null);
        });
  }

  private static BigDecimal perClient(List<ClientHours> hours, long clients) {
    BigDecimal sum =
        hours.stream().map(ClientHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(clients), 10, java.math.RoundingMode.HALF_UP);
  }
}
