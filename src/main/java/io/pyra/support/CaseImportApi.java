package io.pyra.support;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.RuleViolation;
import io.pyra.support.cases.CaseImports;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What the import of past cases (integration module) may use of the support module: who works the
 * imported cases, the checks of a row, the references already imported, and the bulk writing of a
 * chunk of cases with their history and their SLA deadlines, computed by the same policy and
 * calendar code as the cases opened in Pyra.
 *
 * <p>The rules of an imported case: it opens at {@code openedAt}, else at the earlier of its first
 * response and its resolution, else (an open case with no time) at the import, when its clock
 * starts. A resolution before the recorded first response is the first response (resolving answers
 * the customer). An open case with a first response is IN_PROGRESS. A case waiting on the customer
 * stands still from its first response; a resolved or closed one from its resolution (closed at the
 * same instant), with {@code resolution} or, when the file gives none, the words "Imported closed
 * case" in the importer's language. The grade is the customer's (none: C). SLA warnings and
 * breaches whose instants lie before the import (or before the clock stopped) are noted as history,
 * at their instants, without notices or escalation. Each case keeps its reference: a reference
 * already imported is never imported again.
 */
@Service
public class CaseImportApi {

  /** The longest reference an imported case keeps. */
  public static final int EXTERNAL_REF_MAX = 100;

  private final CaseImports imports;

  CaseImportApi(CaseImports imports) {
    this.imports = imports;
  }

  /** Who works the cases of one import: the assignee (null: nobody yet) and the team. */
  public record Assignment(UserId assignee, OrgUnitId team) {}

  /**
   * The assignee and team named on an import's form for the signed-in user, who must hold {@code
   * case.create}: a username (the user must be active and one the importer may give cases to) and
   * an org unit's code. Without a team, the assignee's org unit; with neither, the importer and
   * their unit. A name that is not known is refused naming {@code assignee} or {@code team}.
   */
  public Assignment assignment(String assigneeUsername, String teamCode) {
    return imports.assignment(assigneeUsername, teamCode);
  }

  /**
   * For each row, in order, the rules it breaks (empty when it may be written once its customer is
   * known), each naming its field: {@code externalRef}, {@code type}, {@code severity}, {@code
   * channel}, {@code status}, {@code subject}, {@code description}, {@code resolution}, {@code
   * openedAt}, {@code respondedAt}, {@code resolvedAt}, {@code satisfaction}.
   */
  public List<List<RuleViolation>> check(List<ImportedCase> rows) {
    return imports.check(rows);
  }

  /** Of these references, those already imported, each with its case's code. */
  public Map<String, String> imported(Collection<String> externalRefs) {
    return imports.imported(externalRefs);
  }

  /**
   * Writes checked rows (each with its customer) as cases, in the caller's transaction, in batches:
   * the cases, then their history lines (opened, responded, status changes, satisfaction and the
   * SLA events already past, each marked as imported). Answers the cases' codes, in order.
   */
  public List<String> write(
      List<ImportedCase> rows, Assignment assignment, UserId actor, Locale locale) {
    return imports.write(rows, assignment, actor, locale);
  }
}
