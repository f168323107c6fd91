package nl.jeugdregie.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What each problem {@code type} URI means, at the URI itself ({@code GET /problems/not-found}),
 * and all of them at {@code /problems}: open without sign-in, since a client reading an error may
 * not be signed in (the 401's own type points here too).
 */
@RestController
class ProblemTypeController {

  /** One kind of error: its type URI, the status it comes with, its title and what it means. */
  record Kind(String type, int status, String title, String description) {
    static Kind of(ProblemType type) {
      return new Kind(type.uri().toString(), type.status.value(), type.title, type.description);
    }
  }

  @GetMapping(path = "/problems", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Kind> all() {
    return Arrays.stream(ProblemType.values()).map(Kind::of).toList();
  }

  @GetMapping(path = "/problems/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> one(@PathVariable String slug) {
    return ProblemType.ofSlug(slug)
        .<ResponseEntity<?>>map(type -> ResponseEntity.ok(Kind.of(type)))
        .orElseGet(
            () -> {
              ProblemDetail problem =
                  ProblemDetails.problem(
                      ProblemType.NOT_FOUND, "no such problem type; /problems lists them all");
              return ResponseEntity.status(problem.getStatus())
                  .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                  .body(problem);
            });
  }
}
