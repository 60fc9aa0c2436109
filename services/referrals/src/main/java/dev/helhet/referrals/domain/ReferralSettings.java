package dev.helhet.referrals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A municipality's rules for referrals: the country whose holidays count, and how many working days a service has to answer. */
@Entity
@Table(name = "referral_settings")
public class ReferralSettings {

    @Id
    @Column(name = "municipality_id")
    public String municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CalendarCountry country;

    @Column(name = "answer_within_working_days", nullable = false)
    public int answerWithinWorkingDays;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** The settings before the admin has changed anything (not stored). */
    public static ReferralSettings defaults(String municipalityId, CalendarCountry country, int answerWithinWorkingDays) {
        ReferralSettings settings = new ReferralSettings();
        settings.municipalityId = municipalityId;
        settings.country = country;
        settings.answerWithinWorkingDays = answerWithinWorkingDays;
        settings.version = -1;
        return settings;
    }

    /** Whether they are stored (an admin set them) or the defaults. */
    public boolean stored() {
        return version >= 0;
    }
}
