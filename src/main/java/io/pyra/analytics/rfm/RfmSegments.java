package io.pyra.analytics.rfm;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named RFM segments an analyst keeps ({@code analytics_rfm_segment}): by recency and frequency
 * score ranges, tried in order, the first that matches wins; together they cover every pair of
 * scores.
 */
@Component
public class RfmSegments {

  /** At most this many segments. */
  public static final int MAX = 20;

  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 100;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1," + CODE_MAX + "}");

  /** A segment: its code, name and the scores it takes (inclusive). */
  public record Segment(String code, String name, int rFrom, int rTo, int fFrom, int fTo) {

    /** Whether recency score {@code r} and frequency score {@code f} fall in this segment. */
    public boolean holds(int r, int f) {
      return r >= rFrom && r <= rTo && f >= fFrom && f <= fTo;
    }
  }

  /** A segment as typed: checked by {@link #replace}. */
  public record NewSegment(
      String code, String name, Integer rFrom, Integer rTo, Integer fFrom, Integer fTo) {}

  private final JdbcClient jdbc;

  RfmSegments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The segments, in the order they are tried. */
  public List<Segment> list() {
    return jdbc.sql(
            "select code, name, r_from, r_to, f_from, f_to from analytics_rfm_segment"
                + " order by position")
        .query(
            (rs, n) ->
                new Segment(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getInt(6)))
        .list();
  }

  /** The first of {@code segments} that holds {@code r} and {@code f}. */
  public static Segment of(List<Segment> segments, int r, int f) {
    for (Segment segment : segments) {
      if (segment.holds(r, f)) {
        return segment;
      }
    }
    throw new IllegalStateException("the segments leave r " + r + ", f " + f + " out");
  }

  /** The first pair of scores (r, f) no segment holds, if any. */
  static java.util.Optional<int[]> uncovered(List<Segment> segments) {
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        final int rr = r;
        final int ff = f;
        if (segments.stream().noneMatch(s -> s.holds(rr, ff))) {
          return java.util.Optional.of(new int[] {r, f});
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Replaces every segment with {@code typed}, in that order; each fault is a 422 naming its field
   * ({@code segments[i].code} …), nothing changed.
   */
  @Transactional
  public List<Segment> replace(List<NewSegment> typed) {
    List<Segment> segments = checked(typed);
    jdbc.sql("delete from analytics_rfm_segment").update();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      jdbc.sql(
              "insert into analytics_rfm_segment (code, name, position, r_from, r_to, f_from, f_to)"
                  + " values (:code, :name, :position, :rFrom, :rTo, :fFrom, :fTo)")
          .param("code", s.code())
          .param("name", s.name())
          .param("position", i + 1)
          .param("rFrom", s.rFrom())
          .param("rTo", s.rTo())
          .param("fFrom", s.fFrom())
          .param("fTo", s.fTo())
          .update();
    }
    return list();
  }

  /** The segments {@code typed} gives, checked: every fault a violation naming its field. */
  private static List<Segment> checked(List<NewSegment> typed) {
    List<RuleViolation> violations = new ArrayList<>();
    if (typed == null || typed.isEmpty() || typed.size() > MAX) {
      throw new BusinessRuleException("segments", "size", "analytics.rfm.segments.size", MAX);
    }
    List<Segment> segments = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < typed.size(); i++) {
      NewSegment t = typed.get(i);
      String field = "segments[" + i + "].";
      String code = t.code() == null ? "" : t.code().strip().toUpperCase(Locale.ROOT);
      if (!CODE.matcher(code).matches()) {
        violations.add(
            new RuleViolation(field + "code", "pattern", "analytics.rfm.segment.code.pattern"));
      } else if (!codes.add(code)) {
        violations.add(
            new RuleViolation(field + "code", "taken", "analytics.rfm.segment.code.taken", code));
      }
      String name = t.name() == null ? "" : t.name().strip();
      if (name.isEmpty() || name.length() > NAME_MAX) {
        violations.add(
            new RuleViolation(
                field + "name", "length", "analytics.rfm.segment.name.length", NAME_MAX));
      }
      boolean scores = true;
      for (Integer[] range :
          List.of(new Integer[] {t.rFrom(), t.rTo()}, new Integer[] {t.fFrom(), t.fTo()})) {
        if (range[0] == null
            || range[1] == null
            || range[0] < 1
            || range[1] > 5
            || range[0] > range[1]) {
          scores = false;
        }
      }
      if (!scores) {
        violations.add(
            new RuleViolation(field + "scores", "range", "analytics.rfm.segment.scores.range"));
      }
      if (violations.isEmpty()) {
        segments.add(new Segment(code, name, t.rFrom(), t.rTo(), t.fFrom(), t.fTo()));
      }
    }
    if (violations.isEmpty()) {
      uncovered(segments)
          .ifPresent(
              pair ->
                  violations.add(
                      new RuleViolation(
                          "segments", "cover", "analytics.rfm.segments.cover", pair[0], pair[1])));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return segments;
  }
}
