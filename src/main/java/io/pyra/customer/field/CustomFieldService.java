package io.pyra.customer.field;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's custom field definitions. */
@Service
@Transactional
public class CustomFieldService {

  private final CustomFieldRepository fields;

  CustomFieldService(CustomFieldRepository fields) {
    this.fields = fields;
  }

  @Transactional(readOnly = true)
  public List<CustomField> all() {
    return fields.findAllByOrderByPositionAscCodeAsc();
  }

  @Transactional(readOnly = true)
  public List<CustomField> active() {
    return all().stream().filter(CustomField::active).toList();
  }

  @Transactional(readOnly = true)
  public Optional<CustomField> byCode(String code) {
    return fields.findByCodeIgnoreCase(code);
  }

  @Transactional(readOnly = true)
  public CustomField get(UUID id) {
    return fields.findById(id).orElseThrow(() -> new RecordNotFoundException("custom-field", id));
  }

  public CustomField create(SaveCustomField command) {
    List<RuleViolation> violations = validate(command);
    FieldType type = null;
    if (command.type() == null || command.type().isBlank()) {
      violations.add(new RuleViolation("type", "required", "validation.required", "type"));
    } else {
      try {
        type = FieldType.valueOf(command.type().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(
            new RuleViolation("type", "one-of", "customfield.type.unknown", command.type()));
      }
    }
    String code = command.code() == null ? "" : command.code().strip();
    if (!code.matches("[a-z][a-zA-Z0-9_]{1,59}")) {
      violations.add(new RuleViolation("code", "pattern", "customfield.code.pattern"));
    } else if (fields.findByCodeIgnoreCase(code).isPresent()) {
      violations.add(new RuleViolation("code", "unique", "customfield.code.unique", code));
    }
    if ((type == FieldType.CHOICE || type == FieldType.MULTI_CHOICE)
        && choices(command).isEmpty()) {
      violations.add(new RuleViolation("choices", "required", "customfield.choices.required"));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return fields.saveAndFlush(
        new CustomField(
            code,
            command.labelEn().strip(),
            command.labelZh().strip(),
            type,
            command.required(),
            choices(command),
            command.position()));
  }

  public CustomField update(UUID id, SaveCustomField command) {
    CustomField field = get(id);
    if (command.version() != null && command.version() != field.version()) {
      throw new StaleVersionException("custom-field", command.version(), field.version());
    }
    List<RuleViolation> violations = validate(command);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    field.define(
        command.labelEn().strip(),
        command.labelZh().strip(),
        command.required(),
        choices(command),
        command.position());
    if (command.active() != null) {
      field.activate(command.active());
    }
    return field;
  }

  private static List<RuleViolation> validate(SaveCustomField command) {
    List<RuleViolation> violations = new ArrayList<>();
    if (command.labelEn() == null || command.labelEn().isBlank()) {
      violations.add(new RuleViolation("labelEn", "required", "validation.required", "labelEn"));
    }
    if (command.labelZh() == null || command.labelZh().isBlank()) {
      violations.add(new RuleViolation("labelZh", "required", "validation.required", "labelZh"));
    }
    return violations;
  }

  private static List<String> choices(SaveCustomField command) {
    return command.choices() == null
        ? List.of()
        : command.choices().stream()
            .map(String::strip)
            .filter(c -> !c.isEmpty())
            .distinct()
            .toList();
  }
}
