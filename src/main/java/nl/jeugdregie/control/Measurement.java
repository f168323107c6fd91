package nl.jeugdregie.control;

import java.math.BigDecimal;
import nl.jeugdregie.policy.Metric;
import org.jspecify.annotations.Nullable;

/**
 * One metric measured over one calendar year for a region, optionally narrowed to one provider and
 * one sub-segment (or product category where a region has no sub-segments). A share is {@code
 * numerator / denominator}; a change is against the year before or the norm's base year; an amount
 * is in euro. The value is null when nothing could be measured, and {@code missing} then says why
 * (no trajectories ended yet, a fact not reported, a period not complete), never a guess.
 *
 * @param providerAgb null for the whole region
 * @param subSegment null for all sub-segments
 * @param clients how many distinct clients the figure is about (the k-anonymity count)
 */
public record Measurement(
    Metric metric,
    String region,
    @Nullable String providerAgb,
    @Nullable String subSegment,
    int year,
    @Nullable BigDecimal value,
    long numerator,
    long denominator,
    long clients,
    @Nullable String missing) {}
