package nl.jeugdregie.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A provider's contract with a region for one product, or for every product of a category when
 * {@code productCode} is null; valid from {@code validFrom} to {@code validTo} (inclusive, open
 * when null).
 */
public record Contract(
    String providerAgb,
    String region,
    String category,
    @Nullable String productCode,
    LocalDate validFrom,
    @Nullable LocalDate validTo) {}
