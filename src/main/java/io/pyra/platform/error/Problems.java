package io.pyra.platform.error;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details in the caller's language, with the broken rules listed. */
@Component
public class Problems {

  /**
   * The most characters of a value that a problem repeats: a 100,000-character value gives no 200
   * KB answer.
   */
  static final int MAX_ECHO = 100;

  private final MessageSource messages;

  public Problems(MessageSource messages) {
    this.messages = messages;
  }

  public ProblemDetail of(
      HttpStatus status, String type, String messageKey, Locale locale, Object... args) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("https://pyra.io/problems/" + type));
    problem.setTitle(
        messages.getMessage("problem." + type, null, status.getReasonPhrase(), locale));
    problem.setDetail(messages.getMessage(messageKey, shortened(args), messageKey, locale));
    return problem;
  }

  public ProblemDetail invalid(HttpStatus status, List<RuleViolation> violations, Locale locale) {
    ProblemDetail problem = of(status, "invalid", "problem.invalid.detail", locale);
    List<Map<String, Object>> errors =
        violations.stream()
            .map(
                v ->
                    Map.<String, Object>of(
                        "field", v.field() == null ? "" : shortened(v.field()),
                        "rule", v.rule(),
                        "message", message(v, locale)))
            .toList();
    problem.setProperty("errors", errors);
    if (!errors.isEmpty()) {
      problem.setDetail(String.valueOf(errors.get(0).get("message")));
    }
    return problem;
  }

  public String messageOf(String key, Locale locale, Object... args) {
    return messages.getMessage(key, shortened(args), key, locale);
  }

  /**
   * The violation's message. An argument that names the violation's own field is shown as that
   * field's label; other arguments (a record's name, a value) are shown as they are.
   */
  public String message(RuleViolation violation, Locale locale) {
    Object[] args = violation.args() == null ? new Object[0] : violation.args().clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof String name && name.equals(violation.field())) {
        args[i] = messages.getMessage("field." + name, null, name, locale);
      }
    }
    args = shortened(args);
    return messages.getMessage(violation.messageKey(), args, violation.messageKey(), locale);
  }

  /** A value as a problem may repeat it: at most {@link #MAX_ECHO} characters, then an ellipsis. */
  public static String shortened(String text) {
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
  }

  private static Object[] shortened(Object[] args) {
    if (args == null) {
      return null;
    }
    Object[] cut = args.clone();
    for (int i = 0; i < cut.length; i++) {
      if (cut[i] instanceof CharSequence text) {
        cut[i] = shortened(text.toString());
      }
    }
    return cut;
  }
}
