package dev.helhet.referrals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** How a municipality applies a transition rule: on or off, and the lead before the planned end. Defaults until its admin sets it. */
@Entity
@Table(name = "transition_rule")
public class TransitionRuleSetting {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(nullable = false, updatable = false)
    public TransitionRule rule;

    @Column(nullable = false)
    public boolean enabled;

    /** Months or working days before the planned end, as the rule counts. */
    @Column(name = "lead", nullable = false)
    public int lead;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    /** The rule as it applies before the municipality's admin has set it (not stored: version -1). */
    public static TransitionRuleSetting defaults(String municipalityId, TransitionRule rule) {
        TransitionRuleSetting setting = new TransitionRuleSetting();
        setting.id = UUID.randomUUID();
        setting.municipalityId = municipalityId;
        setting.rule = rule;
        setting.enabled = true;
        setting.lead = rule.defaultLead();
        setting.version = -1;
        return setting;
    }

    public boolean stored() {
        return version >= 0;
    }
}
