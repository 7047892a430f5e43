package io.pyra.platform.taxonomy;

import io.pyra.platform.LocalizedName;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editable bilingual taxonomy: terms with a unique code, names in both languages, an order among
 * siblings, an active flag and a parent, kept free of cycles and, if the taxonomy says so, of too
 * many levels. Each taxonomy is a small {@code @Service} extending this class with its term's
 * subclass and repository:
 *
 * <pre>{@code
 * @Service
 * public class ProductCategories extends Taxonomy<ProductCategory> {
 *   ProductCategories(ProductCategoryRepository store) { super(store, "product category"); }
 *   protected ProductCategory newTerm(UUID parentId, String code) {
 *     return new ProductCategory(parentId, code);
 *   }
 * }
 * }</pre>
 *
 * Its rule messages default to the {@code taxonomy.*} keys of the platform bundle; a taxonomy may
 * name its own keys ({@link #messageKey}) and shape its violations (the {@code protected} methods
 * returning {@link RuleViolation}).
 */
@Transactional(readOnly = true)
public abstract class Taxonomy<T extends TaxonomyTerm> {

  /** Longest name, as the {@code name_en} and {@code name_zh} columns allow. */
  public static final int NAME_MAX = 200;

  /** Sort order of a term created without one. */
  public static final int DEFAULT_SORT_ORDER = 100;

  private static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,59}";

  private final TermStore<T> store;
  private final String recordType;

  /**
   * @param recordType what a term is called in "not found" and "changed meanwhile" problems
   */
  protected Taxonomy(TermStore<T> store, String recordType) {
    this.store = store;
    this.recordType = recordType;
  }

  /** A new active term; its names and order are set right after. */
  protected abstract T newTerm(UUID parentId, String code);

  /** How many levels the tree may have; unlimited unless the taxonomy says otherwise. */
  protected int maxDepth() {
    return Integer.MAX_VALUE;
  }

  /** Whether an update may move a term under another parent. */
  protected boolean movable() {
    return true;
  }

  /** The form and API field that names the parent. */
  protected String parentField() {
    return "parent";
  }

  /** The parent a command names: by code unless the taxonomy addresses its terms otherwise. */
  protected Optional<T> parentOf(String reference) {
    return byCode(reference);
  }

  /** How many records use the term (a term in use is not deleted); none unless told. */
  protected long usages(T term) {
    return 0;
  }

  /** Called whenever a term was created, changed or deleted (to drop a cache, for example). */
  protected void changed() {}

  // ----- reading

  public Optional<T> find(UUID id) {
    return id == null ? Optional.empty() : store.findById(id);
  }

  public T get(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(recordType, id));
  }

  public Optional<T> byCode(String code) {
    return code == null || code.isBlank()
        ? Optional.empty()
        : store.findByCodeIgnoreCase(code.strip());
  }

  public T getByCode(String code) {
    return byCode(code).orElseThrow(() -> new RecordNotFoundException(recordType, code));
  }

  /** Every term, each followed by its subtree, siblings in their sort order. */
  public TermTree<T> hierarchy() {
    return TermTree.of(store.findAll());
  }

  /** Every term as a node of the tree (with its depth and parent's code), in tree order. */
  public List<TermNode<T>> nodes() {
    return hierarchy().nodes();
  }

  /** The node of the term with this code (for its parent's code and depth). */
  public TermNode<T> node(String code) {
    T term = getByCode(code);
    return hierarchy().node(term.id()).orElseThrow();
  }

  // ----- changing

  @Transactional
  public T create(SaveTerm command) {
    return create(command, term -> {});
  }

  /** Creates a term; {@code extras} sets what only this taxonomy's terms have. */
  @Transactional
  protected T create(SaveTerm command, Consumer<T> extras) {
    List<RuleViolation> violations = new ArrayList<>();
    String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
    if (!code.matches(CODE_PATTERN)) {
      violations.add(codePattern());
    } else if (store.findByCodeIgnoreCase(code).isPresent()) {
      violations.add(codeUnique(code));
    }
    UUID parentId = parent(command.parent(), null, violations);
    checkNames(command, violations);
    throwIfAny(violations);
    T term = newTerm(parentId, code);
    term.rename(
        new LocalizedName(command.nameEn().strip(), command.nameZh().strip()),
        command.sortOrder() == null ? DEFAULT_SORT_ORDER : command.sortOrder());
    extras.accept(term);
    changed();
    return store.saveAndFlush(term);
  }

  @Transactional
  public T update(UUID id, SaveTerm command) {
    return update(get(id), command, term -> {});
  }

  /**
   * Renames, reorders, (de)activates and, if the taxonomy allows, moves a term read in this
   * transaction; {@code extras} changes what only this taxonomy's terms have.
   */
  @Transactional
  protected T update(T term, SaveTerm command, Consumer<T> extras) {
    if (command.version() != null && command.version() != term.version()) {
      throw new StaleVersionException(recordType, command.version(), term.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    UUID parentId = movable() ? parent(command.parent(), term, violations) : term.parentId();
    checkNames(command, violations);
    throwIfAny(violations);
    term.moveUnder(parentId);
    term.rename(
        new LocalizedName(command.nameEn().strip(), command.nameZh().strip()),
        command.sortOrder() == null ? term.sortOrder() : command.sortOrder());
    extras.accept(term);
    if (command.active() != null) {
      term.activate(command.active());
    }
    store.flush();
    changed();
    return term;
  }

  /**
   * Deletes an unused term; one that records or sub-terms use is refused (deactivate it instead).
   */
  @Transactional
  public void delete(UUID id, Long version) {
    T term = get(id);
    if (version != null && version != term.version()) {
      throw new StaleVersionException(recordType, version, term.version());
    }
    long children = store.countByParentId(term.id());
    long uses = usages(term);
    if (children > 0 || uses > 0) {
      throw new BusinessRuleException(List.of(inUse(term, uses, children)));
    }
    store.delete(term);
    changed();
  }

  // ----- rules

  /**
   * The id of the parent a command names, refusing an unknown parent, one that would put the term
   * under itself and one that would make the tree too deep.
   */
  private UUID parent(String reference, T self, List<RuleViolation> violations) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    Optional<T> parent = parentOf(reference.strip());
    if (parent.isEmpty()) {
      violations.add(parentUnknown(reference.strip()));
      return null;
    }
    TermTree<T> tree = hierarchy();
    if (self != null && tree.wouldCycle(self.id(), parent.get().id())) {
      violations.add(parentCycle(parent.get().code()));
      return null;
    }
    int parentDepth = tree.node(parent.get().id()).map(TermNode::depth).orElse(0);
    int below = self == null ? 0 : height(tree, self);
    if ((long) parentDepth + 1 + below >= maxDepth()) {
      violations.add(parentTooDeep());
      return null;
    }
    return parent.get().id();
  }

  /** How many levels lie below the term (0 for a leaf). */
  private int height(TermTree<T> tree, T term) {
    int own = tree.node(term.id()).map(TermNode::depth).orElse(0);
    return tree.withDescendants(term.id()).stream()
        .map(id -> tree.node(id).map(TermNode::depth).orElse(own) - own)
        .max(Integer::compare)
        .orElse(0);
  }

  private void checkNames(SaveTerm command, List<RuleViolation> violations) {
    checkName("nameEn", command.nameEn(), violations);
    checkName("nameZh", command.nameZh(), violations);
  }

  private void checkName(String field, String value, List<RuleViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(nameRequired(field));
    } else if (value.strip().length() > NAME_MAX) {
      violations.add(nameTooLong(field, NAME_MAX));
    }
  }

  private static void throwIfAny(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  /** The message key of a rule such as {@code code.unique}: the platform's unless overridden. */
  protected String messageKey(String rule) {
    return "taxonomy." + rule;
  }

  protected RuleViolation codePattern() {
    return new RuleViolation("code", "pattern", messageKey("code.pattern"));
  }

  protected RuleViolation codeUnique(String code) {
    return new RuleViolation("code", "unique", messageKey("code.unique"), code);
  }

  protected RuleViolation nameRequired(String field) {
    return new RuleViolation(field, "required", "validation.required", field);
  }

  protected RuleViolation nameTooLong(String field, int max) {
    return new RuleViolation(field, "size", messageKey("name.size"), max);
  }

  protected RuleViolation parentUnknown(String reference) {
    return new RuleViolation(parentField(), "unknown", messageKey("parent.unknown"), reference);
  }

  protected RuleViolation parentCycle(String parentCode) {
    return new RuleViolation(parentField(), "cycle", messageKey("parent.cycle"), parentCode);
  }

  protected RuleViolation parentTooDeep() {
    return new RuleViolation(parentField(), "depth", messageKey("parent.too-deep"), maxDepth());
  }

  protected RuleViolation inUse(T term, long uses, long children) {
    return new RuleViolation(
        null, "in-use", messageKey("delete.in-use"), term.nameEn(), uses, children);
  }
}
