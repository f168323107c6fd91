package nl.jeugdregie.web;

import static nl.jeugdregie.web.BodyParts.AGB;
import static nl.jeugdregie.web.BodyParts.AGB_MESSAGE;
import static nl.jeugdregie.web.BodyParts.BSN;
import static nl.jeugdregie.web.BodyParts.BSN_MESSAGE;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY;
import static nl.jeugdregie.web.BodyParts.MUNICIPALITY_MESSAGE;
import static nl.jeugdregie.web.BodyParts.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.web.BodyParts.PeriodBody;
import nl.jeugdregie.web.BodyParts.ProductBody;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/declarations} and {@code /declarations/check}: a monthly declaration (iJw
 * JW323), read by {@link nl.jeugdregie.billing.DeclarationSubmission#parse}, which checks the
 * 11-proef, the month and date windows and the iJw amount limits. The components are in the
 * documented order: the declaration's content hash is taken over the body as the parser reads it.
 */
@BodyRoot("declaration")
@Schema(description = "A monthly declaration (iJw JW323), its lines grouped per client.")
record DeclarationBody(
    @Schema(example = "12345678")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = AGB, message = AGB_MESSAGE)
        String providerAgb,
    @Schema(description = "iJw DeclaratieNummer", example = "D202503001")
        @NotNull(message = REQUIRED)
        @Pattern(
            regexp = "[0-9A-Za-z]{1,12}",
            message = "must be 1 to 12 letters or digits (iJw DeclaratieNummer)")
        String number,
    @Schema(example = "0153")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = MUNICIPALITY, message = MUNICIPALITY_MESSAGE)
        String municipality,
    @Schema(description = "The declaration month", example = "2025-03")
        @NotNull(message = REQUIRED)
        @Pattern(regexp = "[0-9]{4}-[0-9]{2}", message = "must be a month (yyyy-mm)")
        String period,
    @Schema(example = "2025-04-02") @NotNull(message = REQUIRED) LocalDate receivedOn,
    @NotEmpty(message = "must be a non-empty list")
        List<@Valid @NotNull(message = REQUIRED) ClientLinesBody> clients) {

  record ClientLinesBody(
      @Schema(example = "111222333")
          @NotNull(message = REQUIRED)
          @Pattern(regexp = BSN, message = BSN_MESSAGE)
          String bsn,
      @NotEmpty(message = "must be a non-empty list")
          List<@Valid @NotNull(message = REQUIRED) LineBody> lines) {}

  record LineBody(
      @Schema(example = "R1") @NotBlank(message = REQUIRED) @Size(max = 20) String reference,
      @Schema(description = "The line this one corrects") @Size(max = 20)
          @Nullable String previousReference,
      @Schema(description = "D (debit) or C (credit)", example = "D") @NotNull(message = REQUIRED)
          String debitCredit,
      @Schema(description = "ToewijzingNummer", example = "17")
          @NotNull(message = REQUIRED)
          @PositiveOrZero
          Long allocationNumber,
      @NotNull(message = REQUIRED) @Valid ProductBody product,
      @Schema(description = "Start and end, both required") @NotNull(message = REQUIRED) @Valid
          PeriodBody productPeriod,
      @NotNull(message = REQUIRED) @Valid DeclaredVolumeBody volume,
      @Schema(example = "145") @PositiveOrZero @Nullable Long tariffCents,
      @Schema(example = "87250") @NotNull(message = REQUIRED) @PositiveOrZero Long amountCents) {}

  record DeclaredVolumeBody(
      @Schema(example = "600") @NotNull(message = REQUIRED) @PositiveOrZero Long amount,
      @Schema(description = "WJ756 unit code", example = "01") @NotNull(message = REQUIRED)
          String unit) {}
}
