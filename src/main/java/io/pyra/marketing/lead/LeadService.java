package io.pyra.marketing.lead;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes, moves and disqualifies leads for the signed-in user, and receives the leads of
 * the public web form (no user): checks every field (a 422 naming each broken one, nothing
 * written), likely duplicates among customers and leads, who may see and change the lead, and the
 * version the user read. Every change is written to the lead's history.
 */
@Service
@Transactional
public class LeadService {

  public static final String RECORD_TYPE = "lead";

  private final LeadRepository leads;
  private final LeadAccess access;
  private final LeadRules rules;
  private final LeadDuplicates duplicates;
  private final LeadHistory history;
  private final IdentityApi identity;

  LeadService(
      LeadRepository leads,
      LeadAccess access,
      LeadRules rules,
      LeadDuplicates duplicates,
      LeadHistory history,
      IdentityApi identity) {
    this.leads = leads;
    this.access = access;
    this.rules = rules;
    this.duplicates = duplicates;
    this.history = history;
    this.identity = identity;
  }

  /**
   * Records a lead for the current user ({@code lead.write}); likely duplicates refuse it ({@link
   * DuplicateLeadException}) unless the command gives a reason, which the history keeps.
   */
  public Lead create(SaveLead command) {
    if (!access.mayWrite()) {
      throw new AccessRefusedException("may not record leads");
    }
    List<RuleViolation> violations = new ArrayList<>();
    LeadDetails details = rules.details(command, violations);
    UserSummary owner = access.owner(command.ownerId(), null, violations);
    UUID orgUnitId = access.orgUnit(command.orgUnitId(), null, owner, violations);
    refuse(violations);
    String reason = LeadRules.clean(command.duplicateReason());
    if (reason == null) {
      List<LeadDuplicate> found = duplicatesOf(details, null);
      if (!found.isEmpty()) {
        throw new DuplicateLeadException(found);
      }
    }
    Instant now = Instant.now();
    Lead lead =
        leads.saveAndFlush(new Lead(details, owner.id().value(), orgUnitId, access.me(), now));
    history.record(lead.id(), LeadEventKind.CREATED, null, LeadStatus.NEW, access.me(), null, now);
    if (reason != null) {
      history.record(
          lead.id(),
          LeadEventKind.DUPLICATES_IGNORED,
          null,
          null,
          access.me(),
          reason,
          now.plusNanos(1_000));
    }
    return lead;
  }

  /**
   * Records a lead that arrived without a signed-in user (the public web form): the same checks of
   * its fields; {@code ownerId} and {@code orgUnitId} must be given (e.g. the campaign's). Likely
   * duplicates never refuse it: they are noted in its history for the team to look at.
   */
  public Lead receive(SaveLead command) {
    List<RuleViolation> violations = new ArrayList<>();
    LeadDetails details = rules.details(command, violations);
    if (command.ownerId() == null || identity.user(new UserId(command.ownerId())).isEmpty()) {
      violations.add(new RuleViolation("ownerId", "not-found", "lead.owner.not-allowed"));
    }
    if (command.orgUnitId() == null
        || identity.orgUnit(new OrgUnitId(command.orgUnitId())).isEmpty()) {
      violations.add(new RuleViolation("orgUnitId", "not-found", "lead.orgUnit.not-found"));
    }
    refuse(violations);
    Instant now = Instant.now();
    Lead lead =
        leads.saveAndFlush(new Lead(details, command.ownerId(), command.orgUnitId(), null, now));
    history.record(lead.id(), LeadEventKind.CREATED, null, LeadStatus.NEW, null, null, now);
    int found = duplicatesOf(details, lead.id()).size();
    if (found > 0) {
      history.record(
          lead.id(),
          LeadEventKind.DUPLICATES_IGNORED,
          null,
          null,
          null,
          "likely duplicates: " + found,
          now.plusNanos(1_000));
    }
    return lead;
  }

  /**
   * Records a checked lead of an import for the current user (who must hold {@code lead.write}), in
   * the caller's transaction; {@code duplicateNote} (not null) says it was imported despite likely
   * duplicates.
   */
  Lead imported(LeadDetails details, UUID ownerId, UUID orgUnitId, String duplicateNote) {
    Instant now = Instant.now();
    Lead lead = leads.saveAndFlush(new Lead(details, ownerId, orgUnitId, access.me(), now));
    history.record(
        lead.id(), LeadEventKind.CREATED, null, LeadStatus.NEW, access.me(), "import", now);
    if (duplicateNote != null) {
      history.record(
          lead.id(),
          LeadEventKind.DUPLICATES_IGNORED,
          null,
          null,
          access.me(),
          duplicateNote,
          now.plusNanos(1_000));
    }
    return lead;
  }

  /** The likely duplicates of a checked lead (for an import). */
  List<LeadDuplicate> duplicatesOf(LeadDetails details) {
    return duplicatesOf(details, null);
  }

  /** Changes what the lead is (not its status) against the version the user read. */
  public Lead update(UUID id, long version, SaveLead command) {
    Lead lead = writable(id);
    if (lead.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, lead.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    LeadDetails details = rules.details(command, violations);
    UserSummary owner = access.owner(command.ownerId(), lead.ownerId(), violations);
    UUID orgUnitId = access.orgUnit(command.orgUnitId(), lead.orgUnitId(), owner, violations);
    refuse(violations);
    String reason = LeadRules.clean(command.duplicateReason());
    boolean newContact =
        !Objects.equals(details.phone(), lead.phone())
            || !Objects.equals(details.phoneOther(), lead.phoneOther())
            || !Objects.equals(details.email(), lead.email())
            || !Objects.equals(details.name(), lead.name());
    if (reason == null && newContact) {
      List<LeadDuplicate> found = duplicatesOf(details, lead.id());
      if (!found.isEmpty()) {
        throw new DuplicateLeadException(found);
      }
    }
    String changed = changes(lead, details, owner.id().value(), orgUnitId);
    Instant now = Instant.now();
    lead.describe(details, now);
    lead.assign(owner.id().value(), orgUnitId);
    leads.saveAndFlush(lead);
    if (!changed.isEmpty()) {
      history.record(lead.id(), LeadEventKind.CHANGED, null, null, access.me(), changed, now);
    }
    if (reason != null && newContact) {
      history.record(
          lead.id(),
          LeadEventKind.DUPLICATES_IGNORED,
          null,
          null,
          access.me(),
          reason,
          now.plusNanos(1_000));
    }
    return lead;
  }

  /**
   * Moves the lead by hand; {@code version} (optional) is the one the user read. A move its status
   * does not allow is refused and changes nothing.
   */
  public Lead move(UUID id, Long version, String status) {
    Lead lead = current(writable(id), version);
    LeadStatus target = status(status);
    if (target == LeadStatus.CONVERTED || target == LeadStatus.DISQUALIFIED) {
      throw new BusinessRuleException(
          "status", "transition", "lead.status.by-action", target.name());
    }
    LeadStatus from = lead.status();
    Instant now = Instant.now();
    if (lead.moveTo(target, now)) {
      leads.saveAndFlush(lead);
      history.record(lead.id(), LeadEventKind.STATUS, from, target, access.me(), null, now);
    }
    return lead;
  }

  /** Disqualifies an open lead with a reason and an optional note (at most 500). */
  public Lead disqualify(UUID id, Long version, String reason, String note) {
    Lead lead = current(writable(id), version);
    List<RuleViolation> violations = new ArrayList<>();
    DisqualifyReason why = null;
    String code = LeadRules.clean(reason);
    if (code == null) {
      violations.add(new RuleViolation("reason", "required", "lead.disqualify.reason.required"));
    } else {
      try {
        why = DisqualifyReason.valueOf(code.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        violations.add(new RuleViolation("reason", "one-of", "lead.disqualify.reason.one-of"));
      }
    }
    String text = LeadRules.clean(note);
    if (text != null && text.length() > LeadHistory.NOTE_MAX) {
      violations.add(
          new RuleViolation("note", "size", "lead.disqualify.note.size", LeadHistory.NOTE_MAX));
    }
    refuse(violations);
    LeadStatus from = lead.status();
    Instant now = Instant.now();
    lead.disqualify(why, text, now);
    leads.saveAndFlush(lead);
    String entry = text == null ? why.name() : why.name() + ": " + text;
    history.record(
        lead.id(),
        LeadEventKind.DISQUALIFIED,
        from,
        LeadStatus.DISQUALIFIED,
        access.me(),
        entry,
        now);
    return lead;
  }

  /**
   * The likely duplicates of a lead as entered (customers and leads, under the visibility rules of
   * the warning); saves nothing. {@code self} is the lead being edited (null for a new one).
   */
  @Transactional(readOnly = true)
  public List<LeadDuplicate> duplicates(SaveLead command, UUID self) {
    List<RuleViolation> violations = new ArrayList<>();
    LeadDetails details = rules.details(command, violations);
    refuse(violations);
    return duplicatesOf(details, self);
  }

  /** The lead, when the current user may see it; otherwise not found. */
  @Transactional(readOnly = true)
  public Lead get(UUID id) {
    Lead lead = leads.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    if (!access.sees(lead)) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return lead;
  }

  /** The lead, when the current user may change it (not found / refused otherwise). */
  @Transactional(readOnly = true)
  public Lead writable(UUID id) {
    Lead lead = get(id);
    if (!access.changes(lead)) {
      throw new AccessRefusedException("may not change lead " + id);
    }
    return lead;
  }

  @Transactional(readOnly = true)
  public boolean mayChange(UUID id) {
    return leads.findById(id).map(access::changes).orElse(false);
  }

  /** The status named by {@code code}; anything else is a 422 on {@code status}. */
  public static LeadStatus status(String code) {
    if (code != null) {
      for (LeadStatus s : LeadStatus.values()) {
        if (s.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
          return s;
        }
      }
    }
    throw new BusinessRuleException("status", "one-of", "lead.status.one-of");
  }

  private List<LeadDuplicate> duplicatesOf(LeadDetails details, UUID self) {
    List<String> phones =
        Stream.of(details.phone(), details.phoneOther())
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return duplicates.find(details.name(), phones, details.email(), self);
  }

  private static Lead current(Lead lead, Long version) {
    if (version != null && lead.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, lead.version());
    }
    return lead;
  }

  /** The names of the fields a change touches, for the history. */
  private static String changes(Lead lead, LeadDetails d, UUID ownerId, UUID orgUnitId) {
    List<String> names = new ArrayList<>();
    add(names, "source", lead.source(), d.source());
    add(names, "campaign", lead.campaignId(), d.campaignId());
    add(names, "name", lead.name(), d.name());
    add(names, "phone", lead.phone(), d.phone());
    add(names, "phoneOther", lead.phoneOther(), d.phoneOther());
    add(names, "email", lead.email(), d.email());
    add(names, "interest", lead.interestProductId(), d.interestProductId());
    add(names, "interest", lead.interestCategoryId(), d.interestCategoryId());
    add(names, "centre", lead.centreId(), d.centreId());
    add(names, "notes", lead.notes(), d.notes());
    add(names, "consents", lead.consentEmail(), d.consentEmail());
    add(names, "consents", lead.consentSms(), d.consentSms());
    add(names, "consents", lead.consentPhone(), d.consentPhone());
    add(names, "owner", lead.ownerId(), ownerId);
    add(names, "orgUnit", lead.orgUnitId(), orgUnitId);
    return String.join(", ", names.stream().distinct().toList());
  }

  private static void add(List<String> names, String name, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      names.add(name);
    }
  }

  private static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
