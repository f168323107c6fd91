package nl.jeugdregie.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request body size limit at the HTTP edge, before sign-in, the Idempotency-Key filter or a
 * controller reads a byte: 16 MiB for the JSON requests (an allocation request, a decision, a
 * change is a few kB; the margin lets a wildly over-long field still be answered 400 naming that
 * field, which is more use to whoever sent it than a bare size refusal), 25 MB for a JSON
 * declaration (the hubs' limit for a JW323, OP179). A larger body gets 413 with a problem detail.
 * Not here: the iJw messages and the GGk edge read at most their own limit after the role check,
 * and the JSON Lines bulk import is streamed line by line.
 *
 * <p>A body without Content-Length (chunked) is counted as it is read and refused once it passes
 * the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimit extends OncePerRequestFilter {

  static final long JSON_MAX_BYTES = 16L * 1024 * 1024;
  static final long DECLARATION_MAX_BYTES = 25L * 1024 * 1024;

  private final ProblemWriter problems;

  BodySizeLimit(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !path.startsWith("/api/")
        || path.equals(IdempotencyFilter.IJW_MESSAGES)
        || path.equals(IdempotencyFilter.BULK_DECLARATIONS);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = path(request);
    long limit = path.startsWith("/api/v1/declarations") ? DECLARATION_MAX_BYTES : JSON_MAX_BYTES;
    if (request.getContentLengthLong() > limit) {
      tooLarge(response, path, limit);
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, limit);
    try {
      chain.doFilter(limited, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!limited.exceeded || response.isCommitted()) throw e;
      response.reset();
      tooLarge(response, path, limit);
    }
  }

  private void tooLarge(HttpServletResponse response, String path, long limit) throws IOException {
    problems.write(
        response,
        ProblemType.BODY_TOO_LARGE,
        "the body of this request may be at most " + limit + " bytes",
        path);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Counts what is read and fails once more than the limit is. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private boolean exceeded;
    private @Nullable ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream counting = stream;
      if (counting == null) stream = counting = new Counting(super.getInputStream());
      return counting;
    }

    private final class Counting extends ServletInputStream {
      private final ServletInputStream in;
      private long read;

      Counting(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) count(1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) count(n);
        return n;
      }

      private void count(int n) throws IOException {
        read += n;
        if (read > limit) {
          exceeded = true;
          throw new IOException("request body over " + limit + " bytes");
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }
}
