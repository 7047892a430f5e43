package io.pyra.platform.audit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Records every create, update and delete of a JPA entity, and every change of its element
 * collections, in the audit log.
 *
 * <p>The record type is the entity's table name ({@code identity_user}); a collection change is a
 * change of the owning record, under the collection's field name ({@code roleIds}). Updates list
 * only the fields whose value changed; the {@code @Version} counter is left out. Secrets ({@link
 * AuditValues#isSecret}) appear as {@value AuditValues#SECRET_CHANGED}, never with values.
 *
 * <p>Changes are collected per transaction and appended just before it commits, in the same
 * transaction: a rolled-back change leaves no entry, and a record changed several times reads as
 * one entry. Collection updates and removals are taken before they run (Hibernate replaces the
 * collection's snapshot afterwards), re-creations after.
 */
class EntityAuditListener
    implements PostInsertEventListener,
        PostUpdateEventListener,
        PostDeleteEventListener,
        PreCollectionUpdateEventListener,
        PreCollectionRemoveEventListener,
        PostCollectionRecreateEventListener {

  private final ObjectProvider<AuditLog> log;
  private final Map<SharedSessionContractImplementor, Transaction> open = new ConcurrentHashMap<>();

  EntityAuditListener(ObjectProvider<AuditLog> log) {
    this.log = log;
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    EntityPersister persister = event.getPersister();
    List<FieldChange> changes = new ArrayList<>();
    forEachField(
        persister,
        (i, name) -> {
          if (AuditValues.isSecret(name)) {
            changes.add(
                new FieldChange(
                    name, null, event.getState()[i] == null ? null : AuditValues.SECRET_CHANGED));
          } else {
            String after =
                value(event.getSession(), persister.getPropertyTypes()[i], event.getState()[i]);
            if (after != null) {
              changes.add(new FieldChange(name, null, after));
            }
          }
        });
    record(event.getSession(), PendingChanges.CREATE, persister, event.getId(), changes);
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    EntityPersister persister = event.getPersister();
    Object[] before = event.getOldState();
    Object[] after = event.getState();
    List<FieldChange> changes = new ArrayList<>();
    forEachField(
        persister,
        (i, name) -> {
          Type type = persister.getPropertyTypes()[i];
          String old = before == null ? null : value(event.getSession(), type, before[i]);
          String now = value(event.getSession(), type, after[i]);
          // by value, as the type compares it: 120000.0000 read back is 120000 as written, no
          // change
          if (before != null && (Objects.equals(old, now) || type.isEqual(before[i], after[i]))) {
            return;
          }
          changes.add(
              AuditValues.isSecret(name)
                  ? new FieldChange(name, null, AuditValues.SECRET_CHANGED)
                  : new FieldChange(name, old, now));
        });
    record(event.getSession(), PendingChanges.UPDATE, persister, event.getId(), changes);
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    EntityPersister persister = event.getPersister();
    List<FieldChange> changes = new ArrayList<>();
    forEachField(
        persister,
        (i, name) -> {
          String before =
              value(
                  event.getSession(), persister.getPropertyTypes()[i], event.getDeletedState()[i]);
          if (!AuditValues.isSecret(name) && before != null) {
            changes.add(new FieldChange(name, before, null));
          }
        });
    record(event.getSession(), PendingChanges.DELETE, persister, event.getId(), changes);
  }

  @Override
  public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
    PersistentCollection<?> collection = event.getCollection();
    if (collection.wasInitialized()) {
      collectionChange(event, snapshot(collection), AuditValues.format(collection));
    }
  }

  @Override
  public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
    PersistentCollection<?> collection = event.getCollection();
    if (collection.wasInitialized()) {
      collectionChange(event, snapshot(collection), null);
    }
  }

  @Override
  public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
    collectionChange(event, null, AuditValues.format(event.getCollection()));
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private void collectionChange(AbstractCollectionEvent event, String before, String after) {
    CollectionPersister persister = event.getCollectionPersister();
    Object ownerId = event.getAffectedOwnerIdOrNull();
    if (ownerId == null) {
      return;
    }
    if (before != null && before.equals(after)) {
      return; // rewritten with the same content: nothing changed
    }
    String field = persister.getAttributeMapping().getAttributeName();
    FieldChange change =
        AuditValues.isSecret(field)
            ? new FieldChange(field, null, AuditValues.SECRET_CHANGED)
            : new FieldChange(field, before, after);
    record(
        event.getSession(),
        PendingChanges.UPDATE,
        persister.getOwnerEntityPersister(),
        ownerId,
        List.of(change));
  }

  private void record(
      SharedSessionContractImplementor session,
      String action,
      EntityPersister persister,
      Object id,
      List<FieldChange> changes) {
    String recordType = recordType(persister);
    if (recordType.equals("platform_audit_entry")) {
      return;
    }
    if (!session.isTransactionInProgress()) {
      PendingChanges single = new PendingChanges();
      single.add(action, recordType, String.valueOf(id), changes);
      write(single);
      return;
    }
    open.computeIfAbsent(session, this::begin)
        .changes
        .add(action, recordType, String.valueOf(id), changes);
  }

  private Transaction begin(SharedSessionContractImplementor session) {
    session
        .getTransactionCompletionCallbacks()
        .registerCallback(
            (BeforeCompletionCallback)
                s -> {
                  Transaction transaction = open.remove(s);
                  if (transaction != null) {
                    write(transaction.changes);
                  }
                });
    session
        .getTransactionCompletionCallbacks()
        .registerCallback((AfterCompletionCallback) (success, s) -> open.remove(s));
    return new Transaction(new PendingChanges());
  }

  private void write(PendingChanges changes) {
    if (changes.isEmpty()) {
      return;
    }
    Optional<AuditActor> actor = AuditActors.current();
    AuditLog audit = log.getObject();
    changes
        .events(
            actor.map(AuditActor::id).orElse(null), actor.map(AuditActor::username).orElse(null))
        .forEach(audit::append);
  }

  private static String recordType(EntityPersister persister) {
    return persister.getTableName().replace("\"", "").replace("`", "");
  }

  private static String value(SharedSessionContractImplementor session, Type type, Object value) {
    if (value != null && type.isEntityType()) {
      return String.valueOf(session.getFactory().getPersistenceUnitUtil().getIdentifier(value));
    }
    return AuditValues.format(value);
  }

  private static String snapshot(PersistentCollection<?> collection) {
    Serializable snapshot = collection.getStoredSnapshot();
    if (snapshot instanceof Map<?, ?> map && collection instanceof Set<?>) {
      return AuditValues.format(map.keySet());
    }
    if (snapshot instanceof Map<?, ?> || snapshot instanceof Collection<?>) {
      return AuditValues.format(snapshot);
    }
    return null;
  }

  /**
   * Calls back with the index and name of each field that is neither a collection nor the version.
   */
  private static void forEachField(EntityPersister persister, FieldVisitor visitor) {
    String[] names = persister.getPropertyNames();
    Type[] types = persister.getPropertyTypes();
    int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
    for (int i = 0; i < names.length; i++) {
      if (i != version && !types[i].isCollectionType()) {
        visitor.visit(i, names[i]);
      }
    }
  }

  @FunctionalInterface
  private interface FieldVisitor {
    void visit(int index, String name);
  }

  private record Transaction(PendingChanges changes) {}
}
