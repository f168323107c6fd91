package nl.jeugdregie.ijw;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * iJw times (LDT_Tijd: an xs:time without zone, e.g. a Toewijzingstijd) as {@link LocalTime}.
 * Written always with seconds: {@code LocalTime.toString()} leaves them out when they are zero
 * ("10:00"), which xs:time refuses.
 */
public final class LocalTimeAdapter extends XmlAdapter<String, LocalTime> {

  @Override
  public @Nullable LocalTime unmarshal(@Nullable String text) {
    return text == null ? null : LocalTime.parse(text.trim());
  }

  @Override
  public @Nullable String marshal(@Nullable LocalTime time) {
    return time == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(time);
  }
}
