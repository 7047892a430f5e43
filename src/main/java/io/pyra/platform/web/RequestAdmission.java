package io.pyra.platform.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pyra.platform.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets a fixed number of requests work at once and queues the others first come, first served.
 *
 * <p>Every request runs on its own virtual thread, so nothing else bounds how many work at once:
 * under load they all compete for the database pool, whose waiters are not served in order (a
 * newcomer takes a connection just given back before one that has waited), and a few requests then
 * wait a second while most take milliseconds. Queued here in order of arrival, a request waits its
 * turn once and then finds a free connection. And the fewer work at once, the less the operating
 * system slices their time (with the database's) on a small machine. A request spends about as long
 * waiting for the database as it computes, and the database needs the processors too: with one more
 * request than processors the processors stood a sixth idle under a load of order creates, with
 * three per processor they are busy (and more gains nothing). So by default three per processor, at
 * most the pool's size ({@code pyra.web.concurrent-requests} sets it).
 *
 * <p>Not queued: static files, health probes, uploads (which may read a slow client's body for
 * minutes) and downloads (exports, error lists), which stream for as long as the file takes and
 * must not hold the turns of the short requests. A request that waits longer than {@code
 * pyra.web.admission-timeout} gets 503 with {@code Retry-After}. How many wait is the gauge {@code
 * pyra.requests.waiting}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestAdmission extends OncePerRequestFilter {

  private final Semaphore turns;
  private final long timeoutNanos;
  private final Problems problems;
  private final LocaleResolver locales;
  private final JsonMapper json;

  RequestAdmission(
      @Value("${pyra.web.concurrent-requests:0}") int turns,
      @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
      @Value("${pyra.web.admission-timeout:30s}") Duration timeout,
      Problems problems,
      LocaleResolver locales,
      JsonMapper json,
      ObjectProvider<MeterRegistry> meters) {
    int automatic = Math.min(poolSize, 3 * Runtime.getRuntime().availableProcessors());
    this.turns = new Semaphore(turns > 0 ? turns : Math.max(1, automatic), true);
    this.timeoutNanos = timeout.toNanos();
    this.problems = problems;
    this.locales = locales;
    this.json = json;
    meters.ifAvailable(
        registry ->
            Gauge.builder("pyra.requests.waiting", this.turns, Semaphore::getQueueLength)
                .description("Requests waiting for their turn to work")
                .register(registry));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String contentType = request.getContentType();
    return path.startsWith("/webjars/")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/img/")
        || path.equals("/favicon.ico")
        || path.startsWith("/actuator/health")
        || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/"))
        || isDownload(path);
  }

  private static boolean isDownload(String path) {
    return path.contains("/export")
        || path.endsWith(".csv")
        || path.endsWith(".xlsx")
        || path.endsWith(".vcf");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = turns.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      busy(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      turns.release();
    }
  }

  private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ProblemDetail problem =
        problems.of(
            HttpStatus.SERVICE_UNAVAILABLE,
            "busy",
            "problem.busy.detail",
            locales.resolveLocale(request));
    response.setHeader("Retry-After", "5");
    FilterProblems.write(response, problem, json);
  }
}
