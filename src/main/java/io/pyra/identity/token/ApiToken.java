package io.pyra.identity.token;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A bearer token for the API. Only the SHA-256 of the secret is kept; the secret is shown once. */
@Entity
@Table(name = "identity_api_token")
public class ApiToken {

  @Id private UUID id;

  @Column(name = "user_id")
  private UUID userId;

  private String name;

  @Column(name = "token_hash")
  private String tokenHash;

  private String prefix;

  @Enumerated(EnumType.STRING)
  private TokenOrigin origin;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "first_used_at")
  private Instant firstUsedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Version
  private Long version; // null until first saved, so Spring Data persists rather than merges

  protected ApiToken() {}

  ApiToken(
      UUID userId,
      String name,
      String tokenHash,
      String prefix,
      TokenOrigin origin,
      Instant expiresAt) {
    this.id = Ids.newId();
    this.userId = userId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
    this.origin = origin;
    this.createdAt = Instant.now();
    this.expiresAt = expiresAt;
  }

  void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  public String name() {
    return name;
  }

  public String prefix() {
    return prefix;
  }

  public TokenOrigin origin() {
    return origin;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant firstUsedAt() {
    return firstUsedAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }
}
