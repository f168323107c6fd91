package nl.jeugdregie.database;

import org.jspecify.annotations.Nullable;

/** The server the application talks to and how to let it go when the application stops. */
record DatabaseServer(String url, @Nullable String user, @Nullable String password, Stopper stopper)
    implements AutoCloseable {

  /** Stops an embedded server, drops a fresh test database, or does nothing. */
  @FunctionalInterface
  interface Stopper {
    void stop() throws Exception;
  }

  @Override
  public void close() throws Exception {
    stopper.stop();
  }
}
