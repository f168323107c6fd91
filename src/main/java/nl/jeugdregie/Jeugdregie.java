package nl.jeugdregie;

import nl.jeugdregie.cli.JeugdregieCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The application: one jar that is both the server ({@code serve}, the default) and the command
 * line ({@code decide}, {@code policy ...}).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Jeugdregie {

  public static void main(String[] args) {
    System.exit(JeugdregieCommand.run(Jeugdregie.class, args));
  }
}
