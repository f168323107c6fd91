package nl.jeugdregie.ijw;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * iJw dates (LDT_Datum: an xs:date without time zone, pattern {@code [^:Z]*}) as {@link LocalDate},
 * so no time zone can shift a day on the way in or out.
 */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

  @Override
  public @Nullable LocalDate unmarshal(@Nullable String text) {
    return text == null ? null : LocalDate.parse(text.trim());
  }

  @Override
  public @Nullable String marshal(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }
}
