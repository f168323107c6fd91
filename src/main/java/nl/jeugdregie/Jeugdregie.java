package nl.jeugdregie;

import java.time.Clock;
import java.time.ZoneId;
import nl.jeugdregie.cli.JeugdregieCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * The application: one jar that is both the server ({@code serve}, the default) and the command
 * line ({@code decide}, {@code policy ...}).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Jeugdregie {

  /** The one clock: dates in the Dutch time zone, where deadlines and letters are dated. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Amsterdam"));
  }

  public static void main(String[] args) {
    System.exit(JeugdregieCommand.run(Jeugdregie.class, args));
  }
}
