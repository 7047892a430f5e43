package io.pyra.support.web;

import io.pyra.platform.validation.InputLimits;
import io.pyra.support.mailbox.MailRules;
import io.pyra.support.mailbox.MailRules.Rule;
import io.pyra.support.mailbox.MailRules.RuleInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules that decide what a new mail from a known customer becomes (a case or a contact record),
 * in order; replaced as a whole.
 */
@RestController
@RequestMapping("/api/v1/support/mail-rules")
@Tag(name = "Support mailbox")
@PreAuthorize("hasAuthority('support.configure')")
class MailRuleRestController {

  record MailRuleJson(int position, String field, String contains, String action) {

    static MailRuleJson of(Rule r) {
      return new MailRuleJson(r.position(), r.field().name(), r.contains(), r.action().name());
    }
  }

  record MailRuleRequest(
      @Schema(description = "SUBJECT or FROM") @Size(max = 10) String field,
      @Schema(description = "text looked for, in any case") @Size(max = MailRules.TEXT_MAX)
          String contains,
      @Schema(description = "CASE or CONTACT_RECORD") @Size(max = 20) String action) {}

  record MailRulesRequest(@Size(max = MailRules.MAX_RULES) List<MailRuleRequest> rules) {}

  private final MailRules rules;
  private final InputLimits limits;

  MailRuleRestController(MailRules rules, InputLimits limits) {
    this.rules = rules;
    this.limits = limits;
  }

  @Operation(summary = "The mail rules, first first")
  @GetMapping
  List<MailRuleJson> list() {
    return rules.list().stream().map(MailRuleJson::of).toList();
  }

  @Operation(
      summary = "Replace the mail rules (at most 50; an empty list: every mail opens a case)")
  @PutMapping
  List<MailRuleJson> replace(@RequestBody MailRulesRequest request) {
    limits.check(request);
    List<RuleInput> inputs =
        request.rules() == null
            ? List.of()
            : request.rules().stream()
                .map(
                    r ->
                        r == null
                            ? new RuleInput(null, null, null)
                            : new RuleInput(r.field(), r.contains(), r.action()))
                .toList();
    return rules.replace(inputs).stream().map(MailRuleJson::of).toList();
  }
}
