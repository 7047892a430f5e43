package io.pyra.interaction.type;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
public class InteractionTypeService {

  private final InteractionTypeRepository types;

  InteractionTypeService(InteractionTypeRepository types) {
    this.types = types;
  }

  public Optional<InteractionType> byCode(String code) {
    return code == null || code.isBlank()
        ? Optional.empty()
        : types.findByCodeIgnoreCase(code.strip());
  }

  public InteractionType get(String code) {
    return byCode(code).orElseThrow(() -> new RecordNotFoundException("interaction type", code));
  }

  public Optional<InteractionType> find(UUID id) {
    return id == null ? Optional.empty() : types.findById(id);
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
    List<InteractionType> all = new ArrayList<>(types.findAll());
    all.sort(
        Comparator.comparingInt(InteractionType::sortOrder).thenComparing(InteractionType::code));
    Map<UUID, InteractionType> byId = new HashMap<>();
    all.forEach(t -> byId.put(t.id(), t));
    List<TypeNode> ordered = new ArrayList<>();
    all.stream()
        .filter(t -> t.parentId() == null || !byId.containsKey(t.parentId()))
        .forEach(top -> walk(top, null, 0, false, true, all, ordered));
    return ordered;
  }

  private static void walk(
      InteractionType type,
      InteractionType parent,
      int depth,
      boolean returnVisit,
      boolean usable,
      List<InteractionType> all,
      List<TypeNode> out) {
    boolean counts = returnVisit || type.returnVisit();
    boolean canUse = usable && type.active();
    out.add(new TypeNode(type, depth, parent == null ? null : parent.code(), counts, canUse));
    all.stream()
        .filter(t -> type.id().equals(t.parentId()))
        .forEach(child -> walk(child, type, depth + 1, counts, canUse, all, out));
  }

  /** The ids of the type with this code and of all types below it. */
  public Set<UUID> withDescendants(String code) {
    InteractionType root =
        byCode(code)
            .orElseThrow(
                () ->
                    new BusinessRuleException("type", "unknown", "interaction.type.unknown", code));
    Set<UUID> ids = new HashSet<>();
    ids.add(root.id());
    boolean grew = true;
    List<InteractionType> all = types.findAll();
    while (grew) {
      grew = false;
      for (InteractionType t : all) {
        if (t.parentId() != null && ids.contains(t.parentId()) && ids.add(t.id())) {
          grew = true;
        }
      }
    }
    return ids;
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
    List<RuleViolation> violations = new ArrayList<>();
    String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z][A-Z0-9_]{1,59}")) {
      violations.add(new RuleViolation("code", "pattern", "interaction.type.code.pattern"));
    } else if (types.findByCodeIgnoreCase(code).isPresent()) {
      violations.add(new RuleViolation("code", "unique", "interaction.type.code.unique", code));
    }
    UUID parentId = parent(command.parent(), null, violations);
    checkNames(command, violations);
    throwIfAny(violations);
    InteractionType type = new InteractionType(parentId, code);
    type.describe(
        command.nameEn().strip(),
        command.nameZh().strip(),
        command.sortOrder() == null ? 100 : command.sortOrder(),
        Boolean.TRUE.equals(command.returnVisit()));
    forgetCatalogueAfterCommit();
    return types.saveAndFlush(type);
  }

  @Transactional
  public InteractionType update(String code, SaveInteractionType command) {
    InteractionType type = get(code);
    if (command.version() != null && command.version() != type.version()) {
      throw new StaleVersionException("interaction type", command.version(), type.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    UUID parentId = parent(command.parent(), type, violations);
    checkNames(command, violations);
    throwIfAny(violations);
    type.moveUnder(parentId);
    type.describe(
        command.nameEn().strip(),
        command.nameZh().strip(),
        command.sortOrder() == null ? type.sortOrder() : command.sortOrder(),
        command.returnVisit() == null ? type.returnVisit() : command.returnVisit());
    if (command.active() != null) {
      type.activate(command.active());
    }
    types.flush();
    forgetCatalogueAfterCommit();
    return type;
  }

  /** The parent's id, refusing an unknown parent and one that would put the type under itself. */
  private UUID parent(String parentCode, InteractionType self, List<RuleViolation> violations) {
    if (parentCode == null || parentCode.isBlank()) {
      return null;
    }
    Optional<InteractionType> parent = types.findByCodeIgnoreCase(parentCode.strip());
    if (parent.isEmpty()) {
      violations.add(
          new RuleViolation(
              "parent", "unknown", "interaction.type.parent.unknown", parentCode.strip()));
      return null;
    }
    for (InteractionType up = parent.get();
        self != null && up != null;
        up = find(up.parentId()).orElse(null)) {
      if (up.id().equals(self.id())) {
        violations.add(
            new RuleViolation(
                "parent", "cycle", "interaction.type.parent.cycle", parent.get().code()));
        return null;
      }
    }
    return parent.get().id();
  }

  private static void checkNames(SaveInteractionType command, List<RuleViolation> violations) {
    if (command.nameEn() == null || command.nameEn().isBlank()) {
      violations.add(new RuleViolation("nameEn", "required", "interaction.type.nameEn.required"));
    } else if (command.nameEn().strip().length() > 200) {
      violations.add(new RuleViolation("nameEn", "size", "interaction.type.name.size", 200));
    }
    if (command.nameZh() == null || command.nameZh().isBlank()) {
      violations.add(new RuleViolation("nameZh", "required", "interaction.type.nameZh.required"));
    } else if (command.nameZh().strip().length() > 200) {
      violations.add(new RuleViolation("nameZh", "size", "interaction.type.name.size", 200));
    }
  }

  private static void throwIfAny(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
