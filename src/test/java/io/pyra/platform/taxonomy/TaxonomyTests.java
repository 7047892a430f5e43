package io.pyra.platform.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The generic bilingual tree, without Spring: order, rules, active flags and names. */
class TaxonomyTests {

  /** A taxonomy's term as a module declares it. */
  static class Category extends TaxonomyTerm {
    Category(UUID parentId, String code) {
      super(parentId, code);
    }
  }

  /** A taxonomy as a module declares it, here with at most {@code levels} levels. */
  static class Categories extends Taxonomy<Category> {
    private final int levels;
    private long usages;

    Categories(int levels) {
      super(new InMemoryTerms<>(), "category");
      this.levels = levels;
    }

    @Override
    protected Category newTerm(UUID parentId, String code) {
      return new Category(parentId, code);
    }

    @Override
    protected int maxDepth() {
      return levels;
    }

    @Override
    protected long usages(Category term) {
      return usages;
    }
  }

  private final Categories categories = new Categories(Integer.MAX_VALUE);

  private Category add(String parent, String code, int sortOrder) {
    return categories.create(
        new SaveTerm(parent, code, code + " en", code + " 中文", sortOrder, null, null));
  }

  private static SaveTerm change(Category term, String parent) {
    return new SaveTerm(
        parent, term.code(), term.nameEn(), term.nameZh(), null, null, term.version());
  }

  private List<String> order() {
    return categories.hierarchy().nodes().stream()
        .map(n -> "  ".repeat(n.depth()) + n.term().code())
        .toList();
  }

  private static RuleViolation refusal(Runnable change) {
    try {
      change.run();
    } catch (BusinessRuleException e) {
      return e.violations().get(0);
    }
    throw new AssertionError("the change was accepted");
  }

  @Test
  void eachTermIsFollowedByItsSubtreeAndSiblingsGoBySortOrderThenCode() {
    add(null, "ZULU", 20);
    add(null, "ALPHA", 20);
    add(null, "FIRST", 10);
    add("ALPHA", "ALPHA_LATE", 50);
    add("ALPHA", "ALPHA_EARLY", 5);
    add("ALPHA_EARLY", "ALPHA_EARLY_ONE", 100);

    assertThat(order())
        .containsExactly(
            "FIRST", "ALPHA", "  ALPHA_EARLY", "    ALPHA_EARLY_ONE", "  ALPHA_LATE", "ZULU");
    assertThat(categories.hierarchy().node(categories.getByCode("alpha_late").id()))
        .get()
        .extracting(TermNode::parentCode)
        .isEqualTo("ALPHA");
  }

  @Test
  void aCodeIsUpperCasedUniqueAndOfTheAgreedShape() {
    assertThat(add(null, " retail ", 1).code()).isEqualTo("RETAIL");

    RuleViolation duplicate = refusal(() -> add(null, "Retail", 2));
    RuleViolation shape = refusal(() -> add(null, "9LIVES", 3));

    assertThat(duplicate.rule()).isEqualTo("unique");
    assertThat(duplicate.messageKey()).isEqualTo("taxonomy.code.unique");
    assertThat(shape.field()).isEqualTo("code");
    assertThat(shape.rule()).isEqualTo("pattern");
  }

  @Test
  void bothNamesAreRequiredAndLimited() {
    BusinessRuleException refused =
        (BusinessRuleException)
            catchThrowable(
                () ->
                    categories.create(
                        new SaveTerm(null, "NAMES", " ", "x".repeat(201), null, null, null)));

    assertThat(refused.violations())
        .extracting(RuleViolation::field, RuleViolation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nameEn", "required"),
            org.assertj.core.groups.Tuple.tuple("nameZh", "size"));
  }

  @Test
  void aTermCannotBeMovedUnderItselfOrItsOwnSubtree() {
    Category top = add(null, "TOP", 1);
    add("TOP", "MIDDLE", 1);
    add("MIDDLE", "BOTTOM", 1);

    RuleViolation underItself = refusal(() -> categories.update(top.id(), change(top, "TOP")));
    RuleViolation underGrandchild =
        refusal(() -> categories.update(top.id(), change(top, "BOTTOM")));
    RuleViolation unknown = refusal(() -> categories.update(top.id(), change(top, "NOWHERE")));

    assertThat(underItself.rule()).isEqualTo("cycle");
    assertThat(underGrandchild.rule()).isEqualTo("cycle");
    assertThat(underGrandchild.args()).containsExactly("BOTTOM");
    assertThat(unknown.rule()).isEqualTo("unknown");
    assertThat(order()).containsExactly("TOP", "  MIDDLE", "    BOTTOM");
  }

  @Test
  void aTermMovesWithItsSubtree() {
    add(null, "LEFT", 1);
    add(null, "RIGHT", 2);
    Category branch = add("LEFT", "BRANCH", 1);
    add("BRANCH", "LEAF", 1);

    categories.update(branch.id(), change(branch, "RIGHT"));

    assertThat(order()).containsExactly("LEFT", "RIGHT", "  BRANCH", "    LEAF");
    categories.update(branch.id(), change(branch, ""));
    assertThat(order()).containsExactly("BRANCH", "  LEAF", "LEFT", "RIGHT");
  }

  @Test
  void aTaxonomyOfTwoLevelsRefusesAThirdIncludingByMovingASubtree() {
    Categories twoLevels = new Categories(2);
    twoLevels.create(new SaveTerm(null, "SECTOR", "Sector", "行业", null, null, null));
    twoLevels.create(new SaveTerm("SECTOR", "SUB", "Sub", "子行业", null, null, null));
    Category other = twoLevels.create(new SaveTerm(null, "OTHER", "Other", "其他", null, null, null));
    twoLevels.create(new SaveTerm("OTHER", "OTHER_SUB", "Other sub", "其他子", null, null, null));

    RuleViolation third =
        refusal(() -> twoLevels.create(new SaveTerm("SUB", "THIRD", "T", "三", null, null, null)));
    RuleViolation moved =
        refusal(
            () ->
                twoLevels.update(
                    other.id(),
                    new SaveTerm("SECTOR", "OTHER", "Other", "其他", null, null, other.version())));

    assertThat(third.rule()).isEqualTo("depth");
    assertThat(moved.rule()).isEqualTo("depth");
  }

  @Test
  void aTermUnderAnInactiveTermCannotBeChosenThoughItIsActiveItself() {
    Category parent = add(null, "OLD", 1);
    add("OLD", "OLD_CHILD", 1);
    add(null, "NEW", 2);

    categories.update(
        parent.id(), new SaveTerm(null, "OLD", "Old", "旧", null, false, parent.version()));

    TermTree<Category> tree = categories.hierarchy();
    assertThat(tree.nodes())
        .extracting(n -> n.term().code(), n -> n.term().active(), TermNode::usable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OLD", false, false),
            org.assertj.core.groups.Tuple.tuple("OLD_CHILD", true, false),
            org.assertj.core.groups.Tuple.tuple("NEW", true, true));
  }

  @Test
  void anUpdateKeepsWhatItDoesNotNameAndRefusesAStaleVersion() {
    Category term = add(null, "KEEP", 7);

    categories.update(term.id(), new SaveTerm(null, "KEEP", "Kept", "保留", null, null, null));

    assertThat(term.sortOrder()).isEqualTo(7);
    assertThat(term.active()).isTrue();
    assertThat(term.name()).isEqualTo(new io.pyra.platform.LocalizedName("Kept", "保留"));
    assertThatThrownBy(
            () ->
                categories.update(term.id(), new SaveTerm(null, "KEEP", "A", "B", null, null, 41L)))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void aTermInUseOrWithSubTermsIsNotDeleted() {
    Category parent = add(null, "PARENT", 1);
    Category child = add("PARENT", "CHILD", 1);

    RuleViolation withChildren = refusal(() -> categories.delete(parent.id(), null));
    categories.usages = 3;
    RuleViolation used = refusal(() -> categories.delete(child.id(), null));
    categories.usages = 0;
    categories.delete(child.id(), null);
    categories.delete(parent.id(), null);

    assertThat(withChildren.rule()).isEqualTo("in-use");
    assertThat(used.args()).containsExactly("CHILD en", 3L, 0L);
    assertThat(categories.hierarchy().nodes()).isEmpty();
  }

  @Test
  void aTermIsNamedInTheReadersLanguage() {
    Category term = add(null, "HOTELS", 1);

    assertThat(term.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("HOTELS 中文");
    assertThat(term.name(Locale.CHINESE)).isEqualTo("HOTELS 中文");
    assertThat(term.name(Locale.ENGLISH)).isEqualTo("HOTELS en");
    assertThat(term.name(Locale.GERMAN)).isEqualTo("HOTELS en");
  }

  @Test
  void aPatchChangesOnlyWhatItNamesAndTheApiShowsTheTermInTreeTerms() {
    add(null, "PARENT", 1);
    Category child = add("PARENT", "CHILD", 1);
    TermNode<Category> node = categories.hierarchy().node(child.id()).orElseThrow();

    categories.update(
        child.id(),
        new PatchTermRequest(null, "Renamed", null, 3, null).command(node, child.version()));

    TermJson json = TermJson.of(categories.hierarchy().node(child.id()).orElseThrow());
    assertThat(json)
        .isEqualTo(new TermJson("CHILD", "PARENT", 1, "Renamed", "CHILD 中文", 3, true, true, 0));
    categories.update(
        child.id(),
        new PatchTermRequest("", null, null, null, false)
            .command(categories.hierarchy().node(child.id()).orElseThrow(), 0));
    assertThat(TermJson.of(categories.hierarchy().node(child.id()).orElseThrow()))
        .extracting(TermJson::parent, TermJson::depth, TermJson::usable)
        .containsExactly(null, 0, false);
  }

  private static Throwable catchThrowable(Runnable runnable) {
    try {
      runnable.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
