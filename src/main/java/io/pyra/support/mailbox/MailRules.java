package io.pyra.support.mailbox;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a new mail from a known customer becomes: the first rule whose text is in the mail's subject
 * (or its sender's address), in any case, decides between a case and a contact record; with no rule
 * matching it opens a case. The administrator replaces the whole list at once.
 */
@Service
@Transactional(readOnly = true)
public class MailRules {

  public static final int MAX_RULES = 50;
  public static final int TEXT_MAX = 200;

  /** Where a rule looks. */
  public enum Field {
    SUBJECT,
    FROM
  }

  /** What a matching mail becomes. */
  public enum Action {
    CASE,
    CONTACT_RECORD
  }

  /** One rule, in its place in the list (1 first). */
  public record Rule(UUID id, int position, Field field, String contains, Action action) {}

  /** A rule as typed: any part may be missing or wrong. */
  public record RuleInput(String field, String contains, String action) {}

  private static final String LIST =
      "select id, position, match_field, contains_text, action from support_mail_rule"
          + " order by position";

  private static final String DELETE_ALL = "delete from support_mail_rule";

  private static final String INSERT =
      """
      insert into support_mail_rule (id, position, match_field, contains_text, action)
      values (:id, :position, :field, :contains, :action)""";

  private final JdbcClient jdbc;

  MailRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Rule> list() {
    return jdbc.sql(LIST)
        .query(
            (rs, n) ->
                new Rule(
                    rs.getObject(1, UUID.class),
                    rs.getInt(2),
                    Field.valueOf(rs.getString(3)),
                    rs.getString(4),
                    Action.valueOf(rs.getString(5))))
        .list();
  }

  /**
   * Replaces the rules; refused naming {@code rules} (too many) or {@code rules[i].field}, {@code
   * rules[i].contains}, {@code rules[i].action}, nothing changed.
   */
  @Transactional
  public List<Rule> replace(List<RuleInput> inputs) {
    List<Rule> rules = checked(inputs);
    jdbc.sql(DELETE_ALL).update();
    for (Rule r : rules) {
      jdbc.sql(INSERT)
          .param("id", r.id())
          .param("position", r.position())
          .param("field", r.field().name())
          .param("contains", r.contains())
          .param("action", r.action().name())
          .update();
    }
    return rules;
  }

  /** The rules typed, each checked; every fault a violation naming its rule and field. */
  private static List<Rule> checked(List<RuleInput> inputs) {
    List<RuleInput> given = inputs == null ? List.of() : inputs;
    List<RuleViolation> violations = new ArrayList<>();
    if (given.size() > MAX_RULES) {
      throw new BusinessRuleException("rules", "max-size", "mail.rule.too-many", MAX_RULES);
    }
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      RuleInput in = given.get(i);
      String at = "rules[" + i + "].";
      Field field = parse(Field.class, in == null ? null : in.field());
      if (field == null) {
        violations.add(new RuleViolation(at + "field", "one-of", "mail.rule.field.one-of", i + 1));
      }
      Action action = parse(Action.class, in == null ? null : in.action());
      if (action == null) {
        violations.add(
            new RuleViolation(at + "action", "one-of", "mail.rule.action.one-of", i + 1));
      }
      String contains = in == null || in.contains() == null ? "" : in.contains().strip();
      if (contains.isEmpty() || contains.length() > TEXT_MAX) {
        violations.add(
            new RuleViolation(
                at + "contains", "length", "mail.rule.contains.length", i + 1, TEXT_MAX));
      }
      rules.add(new Rule(Ids.newId(), i + 1, field, contains, action));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return rules;
  }

  /** What a mail from {@code from} about {@code subject} becomes. */
  public Action decide(String from, String subject) {
    String sender = from == null ? "" : from.toLowerCase(Locale.ROOT);
    String about = subject == null ? "" : subject.toLowerCase(Locale.ROOT);
    for (Rule r : list()) {
      String text = r.contains().toLowerCase(Locale.ROOT);
      if ((r.field() == Field.SUBJECT ? about : sender).contains(text)) {
        return r.action();
      }
    }
    return Action.CASE;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
