package io.pyra.interaction.type;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.taxonomy.SaveTerm;
import io.pyra.platform.taxonomy.Taxonomy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The contact record type hierarchy the administrator edits. Types are addressed by their code; a
 * deactivated type (or one under a deactivated type) can no longer be chosen for new records.
 */
@Service
@Transactional(readOnly = true)
public class InteractionTypeService extends Taxonomy<InteractionType> {

  private static final Set<String> OWN_MESSAGES =
      Set.of("code.pattern", "code.unique", "name.size", "parent.unknown", "parent.cycle");

  InteractionTypeService(InteractionTypeRepository types) {
    super(types, "interaction type");
  }

  @Override
  protected InteractionType newTerm(UUID parentId, String code) {
    return new InteractionType(parentId, code);
  }

  @Override
  protected void changed() {
    forgetCatalogueAfterCommit();
  }

  @Override
  protected String messageKey(String rule) {
    return OWN_MESSAGES.contains(rule) ? "interaction.type." + rule : super.messageKey(rule);
  }

  @Override
  protected RuleViolation nameRequired(String field) {
    return new RuleViolation(field, "required", messageKey(field + ".required"));
  }

  public InteractionType get(String code) {
    return getByCode(code);
  }

  private static final long CATALOGUE_NANOS = java.time.Duration.ofSeconds(10).toNanos();

  private record Cached(TypeCatalogue catalogue, long readAt) {}

  private volatile Cached cached;

  /**
   * The hierarchy as logging a record needs it, read at most every ten seconds on this node and
   * anew after any change made here: every contact record consults it, and reading the types
   * through JPA each time cost a sixth of the request. (A change made on another node is seen
   * within ten seconds.) Served from memory without opening a transaction; a read of the types
   * joins the caller's, if any.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public TypeCatalogue catalogue() {
    Cached current = cached;
    if (current == null || System.nanoTime() - current.readAt() > CATALOGUE_NANOS) {
      current = new Cached(TypeCatalogue.of(tree()), System.nanoTime());
      cached = current;
    }
    return current.catalogue();
  }

  private void forgetCatalogueAfterCommit() {
    cached = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              cached = null;
            }
          });
    }
  }

  /** Every type, each followed by its subtree, siblings in their sort order. */
  public List<TypeNode> tree() {
    Map<UUID, Boolean> returnVisits = new HashMap<>();
    return hierarchy().nodes().stream()
        .map(
            node -> {
              boolean counts =
                  node.term().returnVisit()
                      || (node.parent() != null
                          && returnVisits.getOrDefault(node.parent().id(), false));
              returnVisits.put(node.term().id(), counts);
              return new TypeNode(
                  node.term(), node.depth(), node.parentCode(), counts, node.usable());
            })
        .toList();
  }

  /** The ids of the type with this code and of all types below it. */
  public Set<UUID> withDescendants(String code) {
    InteractionType root =
        byCode(code)
            .orElseThrow(
                () ->
                    new BusinessRuleException("type", "unknown", "interaction.type.unknown", code));
    return hierarchy().withDescendants(root.id());
  }

  /**
   * The ids of the types that count as return visits: flagged themselves or below a flagged type.
   */
  public Set<UUID> returnVisitTypeIds() {
    Set<UUID> ids = new HashSet<>();
    tree().stream().filter(TypeNode::countsAsReturnVisit).forEach(n -> ids.add(n.type().id()));
    return ids;
  }

  @Transactional
  public InteractionType create(SaveInteractionType command) {
    return create(
        term(command), t -> t.flagReturnVisit(Boolean.TRUE.equals(command.returnVisit())));
  }

  @Transactional
  public InteractionType update(String code, SaveInteractionType command) {
    return update(
        get(code),
        term(command),
        t ->
            t.flagReturnVisit(
                command.returnVisit() == null ? t.returnVisit() : command.returnVisit()));
  }

  private static SaveTerm term(SaveInteractionType command) {
    return new SaveTerm(
        command.parent(),
        command.code(),
        command.nameEn(),
        command.nameZh(),
        command.sortOrder(),
        command.active(),
        command.version());
  }
}
