package io.pyra.interaction.value;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up rules per value tier and per ABC grade: listed in the order tiers then grades, each
 * set, changed or removed by whoever holds {@code value.configure} (the web layer checks). A rule
 * is for a tier or a grade, never both; one rule per tier and per grade.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpRules {

  /** The value tiers a rule may be for, in the pyramid's order. */
  public static final List<String> TIERS = List.of("TOP", "HIGH", "MIDDLE", "LOW");

  /** The grades a rule may be for. */
  public static final List<String> GRADES = List.of("A", "B", "C");

  public static final int MAX_DAYS = 730;
  public static final int MAX_DUE_IN_DAYS = 365;
  public static final int NOTE_MAX = 500;

  static final String RECORD = "follow-up rule";
  private static final int ECHO_MAX = 40;

  /** Tiers first in the pyramid's order, then grades A to C. */
  static final Comparator<FollowUpRule> ORDER =
      Comparator.comparingInt(
          (FollowUpRule r) ->
              r.tier() != null
                  ? TIERS.indexOf(r.tier())
                  : TIERS.size() + GRADES.indexOf(r.grade()));

  private final FollowUpRuleRepository rules;

  FollowUpRules(FollowUpRuleRepository rules) {
    this.rules = rules;
  }

  public List<FollowUpRule> list() {
    return rules.findAll().stream().sorted(ORDER).toList();
  }

  public FollowUpRule get(UUID id) {
    return rules.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
  }

  @Transactional
  public FollowUpRule create(SaveFollowUpRule command) {
    Checked checked = check(command, null);
    FollowUpRule rule = new FollowUpRule(checked.tier(), checked.grade());
    checked.applyTo(rule);
    return saved(rule, checked);
  }

  @Transactional
  public FollowUpRule update(UUID id, SaveFollowUpRule command) {
    FollowUpRule rule = get(id);
    if (command.version() != null && command.version() != rule.version()) {
      throw new StaleVersionException(RECORD, command.version(), rule.version());
    }
    Checked checked = check(command, rule.id());
    checked.applyTo(rule);
    return saved(rule, checked);
  }

  @Transactional
  public void delete(UUID id, Long version) {
    FollowUpRule rule = get(id);
    if (version != null && version != rule.version()) {
      throw new StaleVersionException(RECORD, version, rule.version());
    }
    rules.delete(rule);
    rules.flush();
  }

  private FollowUpRule saved(FollowUpRule rule, Checked checked) {
    try {
      return rules.saveAndFlush(rule);
    } catch (DataIntegrityViolationException e) {
      // another rule for the same tier or grade was stored at the same moment
      throw new BusinessRuleException(List.of(checked.duplicate()));
    }
  }

  /** The command checked: every fault a violation naming its field, nothing stored. */
  private Checked check(SaveFollowUpRule command, UUID self) {
    List<RuleViolation> violations = new ArrayList<>();
    String tier = code(command.tier());
    String grade = code(command.grade());
    if (tier == null && grade == null) {
      violations.add(
          new RuleViolation("tier", "required", "interaction.followUpRule.target.required"));
    } else if (tier != null && grade != null) {
      violations.add(
          new RuleViolation("grade", "exclusive", "interaction.followUpRule.target.both"));
    } else if (tier != null && !TIERS.contains(tier)) {
      violations.add(
          new RuleViolation("tier", "one-of", "interaction.followUpRule.tier.one-of", echo(tier)));
    } else if (grade != null && !GRADES.contains(grade)) {
      violations.add(
          new RuleViolation(
              "grade", "one-of", "interaction.followUpRule.grade.one-of", echo(grade)));
    } else if (taken(tier, grade, self)) {
      violations.add(duplicate(tier, grade));
    }
    Integer maxDays = command.maxDays();
    if (maxDays == null) {
      violations.add(
          new RuleViolation("maxDays", "required", "interaction.followUpRule.maxDays.required"));
    } else if (maxDays < 1 || maxDays > MAX_DAYS) {
      violations.add(
          new RuleViolation(
              "maxDays", "range", "interaction.followUpRule.maxDays.range", MAX_DAYS));
    }
    int dueInDays = command.dueInDays() == null ? 1 : command.dueInDays();
    if (dueInDays < 0 || dueInDays > MAX_DUE_IN_DAYS) {
      violations.add(
          new RuleViolation(
              "dueInDays", "range", "interaction.followUpRule.dueInDays.range", MAX_DUE_IN_DAYS));
    }
    String note =
        command.note() == null || command.note().isBlank() ? null : command.note().strip();
    if (note != null && note.length() > NOTE_MAX) {
      violations.add(
          new RuleViolation(
              "note", "max-length", "interaction.followUpRule.note.max-length", NOTE_MAX));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return new Checked(
        tier, grade, maxDays, dueInDays, !Boolean.FALSE.equals(command.active()), note);
  }

  private boolean taken(String tier, String grade, UUID self) {
    return rules.findAll().stream()
        .anyMatch(
            r ->
                !r.id().equals(self)
                    && (Objects.equals(tier, r.tier()) && tier != null
                        || Objects.equals(grade, r.grade()) && grade != null));
  }

  private static RuleViolation duplicate(String tier, String grade) {
    return tier != null
        ? new RuleViolation("tier", "unique", "interaction.followUpRule.tier.unique", tier)
        : new RuleViolation("grade", "unique", "interaction.followUpRule.grade.unique", grade);
  }

  private static String code(String text) {
    return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
  }

  private static String echo(String text) {
    return text.length() > ECHO_MAX ? text.substring(0, ECHO_MAX) + "…" : text;
  }

  private record Checked(
      String tier, String grade, int maxDays, int dueInDays, boolean active, String note) {

    void applyTo(FollowUpRule rule) {
      rule.change(tier, grade, maxDays, dueInDays, active, note);
    }

    RuleViolation duplicate() {
      return FollowUpRules.duplicate(tier, grade);
    }
  }
}
