package nl.jeugdregie.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web server and keeps running until it is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web server (the default).")
final class ServeCommand implements Callable<Integer> {

  /** Spring Boot options such as --server.port=8081 are passed on. */
  @Unmatched String[] springArgs = new String[0];

  private final Class<?> application;

  ServeCommand(Class<?> application) {
    this.application = application;
  }

  @Override
  public Integer call() {
    ConfigurableApplicationContext context = SpringApplication.run(application, springArgs);
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        (org.springframework.context.ApplicationListener<ContextClosedEvent>)
            e -> closed.countDown());
    if (!context.isActive()) return 0;
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
