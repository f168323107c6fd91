package nl.jeugdregie.ijw;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** iJw times (LDT_Tijd: an xs:time without zone, e.g. a Toewijzingstijd) as {@link LocalTime}. */
public final class LocalTimeAdapter extends XmlAdapter<String, LocalTime> {

  @Override
  public @Nullable LocalTime unmarshal(@Nullable String text) {
    return text == null ? null : LocalTime.parse(text.trim());
  }

  @Override
  public @Nullable String marshal(@Nullable LocalTime time) {
    return time == null ? null : time.toString();
  }
}
