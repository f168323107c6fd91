package nl.jeugdregie.screens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.clients.ClientRefusedException;
import nl.jeugdregie.policy.PolicyNotFoundException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.ListRefusedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when it cannot show what was asked: a Dutch page with the status, what it means
 * for the user, and the service's own explanation (which names the field or rule). The API's
 * problem details stay JSON; this advice only covers the screens. Forms show their errors beside
 * the fields instead and never get here for a wrong value.
 */
@ControllerAdvice(basePackageClasses = ScreenErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreenErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ScreenErrors.class);

  @ExceptionHandler
  ModelAndView routeRefused(RouteRefusedException e, HttpServletResponse response) {
    return page(response, status(e.kind()), e.getMessage());
  }

  /** The HTTP status of a refusal of the client route, as the API answers it too. */
  static int status(RouteRefusedException.Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> 404;
      case NOT_PERMITTED -> 403;
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
    };
  }

  @ExceptionHandler
  ModelAndView clientRefused(ClientRefusedException e, HttpServletResponse response) {
    int status =
        switch (e.kind()) {
          case NOT_FOUND -> 404;
          case NOT_PERMITTED -> 403;
          case INVALID -> 400;
        };
    return page(response, status, e.getMessage());
  }

  @ExceptionHandler
  ModelAndView listRefused(ListRefusedException e, HttpServletResponse response) {
    return page(response, 400, e.getMessage());
  }

  @ExceptionHandler
  ModelAndView policyNotFound(PolicyNotFoundException e, HttpServletResponse response) {
    return page(response, 404, e.getMessage());
  }

  @ExceptionHandler
  ModelAndView denied(
      org.springframework.security.access.AccessDeniedException e, HttpServletResponse response) {
    return page(response, 403, null);
  }

  @ExceptionHandler
  ModelAndView duplicate(DuplicateKeyException e, HttpServletResponse response) {
    return page(response, 409, null);
  }

  @ExceptionHandler
  ModelAndView notFound(PageNotFound e, HttpServletResponse response) {
    return page(response, 404, null);
  }

  /** A value in the address that is not of its kind: no such page (path), or a wrong query. */
  @ExceptionHandler
  ModelAndView wrongValue(
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e,
      HttpServletResponse response) {
    boolean inPath =
        e.getParameter()
            .hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
    return page(response, inPath ? 404 : 400, inPath ? null : "'" + e.getName() + "' is not valid");
  }

  @ExceptionHandler
  ModelAndView status(
      org.springframework.web.server.ResponseStatusException e, HttpServletResponse response) {
    int status = e.getStatusCode().value();
    return page(response, List.of(400, 403, 404, 409, 422).contains(status) ? status : 500, null);
  }

  @ExceptionHandler
  ModelAndView unexpected(
      RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
    // the cause goes to the log, not to the page (it may hold data the user may not see)
    LOG.error("page {} failed", request.getRequestURI(), e);
    return page(response, 500, null);
  }

  private static ModelAndView page(
      HttpServletResponse response, int status, @Nullable String detail) {
    response.setStatus(status);
    ModelAndView page = new ModelAndView("fout");
    page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
    page.addObject("status", status);
    page.addObject("detail", detail);
    // the signed-in actor, for the menu (an exception handler gets no Actor argument)
    var signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn != null && signedIn.getPrincipal() instanceof Actor actor) {
      page.addObject("actor", actor);
    }
    return page;
  }

  /** No screen at this address. */
  static final class PageNotFound extends RuntimeException {
    PageNotFound() {
      super("no page here", null, false, false);
    }
  }

  /**
   * Every address under /app/ that no screen answers: a Dutch 404 page rather than the API's JSON
   * (the most specific mapping wins, so this only catches what nothing else does).
   */
  @Controller
  static class Unknown {
    @RequestMapping("/app/**")
    String unknown() {
      throw new PageNotFound();
    }
  }
}
