package nl.jeugdregie.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The query of the traffic lights and the findings: the region (a pack id; default every region in
 * scope) and the calendar year (default last year; a year not yet begun is refused by the service).
 */
public record YearFilter(
    @Nullable
        @Pattern(
            regexp = "[a-z][a-z0-9-]{0,39}",
            message = "must be a region id such as ijsselland")
        String region,
    @Nullable
        @Min(value = 2000, message = "must be 2000 or later")
        @Max(value = 2999, message = "must be before 3000")
        Integer year) {}
