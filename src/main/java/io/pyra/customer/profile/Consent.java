package io.pyra.customer.profile;

import io.pyra.customer.ConsentChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * Whether the customer agreed to be contacted on a channel, since when, and where that came from.
 */
@Embeddable
public record Consent(
    @Enumerated(EnumType.STRING) ConsentChannel channel,
    boolean granted,
    @Column(name = "recorded_at") Instant recordedAt,
    String source) {}
