package nl.jeugdregie.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link OtherMajorVersionException} into Spring Boot's "APPLICATION FAILED TO START" report
 * (what is wrong, what to do) instead of a stack trace (registered in META-INF/spring.factories).
 */
final class OtherMajorVersionReport extends AbstractFailureAnalyzer<OtherMajorVersionException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, OtherMajorVersionException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
