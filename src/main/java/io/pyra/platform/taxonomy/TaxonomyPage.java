package io.pyra.platform.taxonomy;

/**
 * How a taxonomy's admin pages look, for the shared fragments ({@code fragments/taxonomy}): where
 * they live, the message keys' prefix (its {@code list.title}, {@code new}, {@code edit}, {@code
 * addBelow}, {@code parent}, {@code sortOrder} and, if {@code intro}, {@code list.intro}), the ids
 * of the table and of the "new" button, the prefix of a row's id ({@code null}: none), the form's
 * model attribute and parent field, whether terms are addressed by code (else by id) and how deep
 * the tree may grow.
 */
public record TaxonomyPage(
    String path,
    String messages,
    boolean intro,
    String tableId,
    String newButtonId,
    String rowIdPrefix,
    String formId,
    String formName,
    String parentField,
    boolean byCode,
    boolean movable,
    int maxDepth) {

  /** The message key {@code <messages>.<suffix>}. */
  public String key(String suffix) {
    return messages + "." + suffix;
  }

  /** How the term appears in its page's URLs: its code or its id. */
  public String ref(TaxonomyTerm term) {
    return byCode ? term.code() : term.id().toString();
  }

  public String rowId(TaxonomyTerm term) {
    return rowIdPrefix == null ? null : rowIdPrefix + term.code();
  }

  /** Whether a term at this depth may get sub-terms. */
  public boolean canAddBelow(int depth) {
    return (long) depth + 1 < maxDepth;
  }

  /** The CSS class that indents a row at this depth ({@code null} at the top). */
  public String indent(int depth) {
    return depth > 0 ? "tree-depth-" + Math.min(depth, 4) : null;
  }
}
