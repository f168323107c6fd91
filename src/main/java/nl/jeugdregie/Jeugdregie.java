package nl.jeugdregie;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The application: one jar that is both the server and the command line. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Jeugdregie {
  public static void main(String[] args) {
    System.out.println("jeugdregie");
  }
}
