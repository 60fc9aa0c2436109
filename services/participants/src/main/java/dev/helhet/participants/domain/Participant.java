package dev.helhet.participants.domain;

import dev.helhet.participants.domain.nationalid.Country;
import dev.helhet.participants.domain.nationalid.NationalId;
import dev.helhet.participants.domain.nationalid.NationalIdKind;
import dev.helhet.participants.domain.nationalid.NationalIdProtector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A person registered in one municipality: who they are, how to reach them, and where they stand. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(nullable = false)
    public String name;

    /**
     * Language tags, comma-separated, most preferred first. A plain string column: Hibernate would
     * otherwise see a converted list as changed on every flush and bump the version.
     */
    @Column(name = "preferred_languages", nullable = false)
    public String preferredLanguageTags;

    @Column(name = "interpreter_needed", nullable = false)
    public boolean interpreterNeeded;

    @Column(name = "interpreter_language")
    public String interpreterLanguage;

    public String phone;
    public String email;
    public String address;

    /** Entered, never derived from the identity number. */
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    /** In the person's own words. */
    @Column(name = "what_matters_to_me")
    public String whatMattersToMe;

    // No field initialisers in entities: Hibernate's enhanced dirty tracking would see them as changes on every load.
    @Column(nullable = false)
    public ParticipantStatus status;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "moved_to_municipality")
    public String movedToMunicipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "national_id_country")
    public Country nationalIdCountry;

    @Column(name = "national_id_kind")
    public NationalIdKind nationalIdKind;

    @Column(name = "national_id_masked")
    public String nationalIdMasked;

    @Column(name = "national_id_key")
    public String nationalIdKey;

    @Column(name = "national_id_ciphertext")
    public byte[] nationalIdCiphertext;

    @Column(name = "national_id_lookup")
    public byte[] nationalIdLookup;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    /** Subject id of who registered the person (pseudonymous, never a name). */
    @Column(name = "registered_by", nullable = false, updatable = false)
    public String registeredBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public static Participant register(UUID id, String municipalityId, ParticipantDetails details, Instant at, String by) {
        Participant participant = new Participant();
        participant.id = id;
        participant.municipalityId = municipalityId;
        participant.status = ParticipantStatus.ACTIVE;
        participant.apply(details);
        participant.registeredAt = at;
        participant.registeredBy = by;
        return participant;
    }

    /** Replaces the editable details; answers the names of the fields that changed. */
    public List<String> update(ParticipantDetails details, Instant at, String by) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", name, details.name().strip());
        compare(changed, "preferredLanguages", preferredLanguages(), details.preferredLanguages());
        compare(changed, "interpreter", List.of(interpreterNeeded, String.valueOf(interpreterLanguage)),
                List.of(details.interpreterNeeded(), String.valueOf(blankToNull(details.interpreterLanguage()))));
        compare(changed, "contact", List.of(String.valueOf(phone), String.valueOf(email), String.valueOf(address)),
                List.of(String.valueOf(blankToNull(details.phone())), String.valueOf(blankToNull(details.email())),
                        String.valueOf(blankToNull(details.address()))));
        compare(changed, "dateOfBirth", dateOfBirth, details.dateOfBirth());
        compare(changed, "whatMattersToMe", whatMattersToMe, blankToNull(details.whatMattersToMe()));
        apply(details);
        if (!changed.isEmpty()) {
            updatedAt = at;
            updatedBy = by;
        }
        return changed;
    }

    public void attachNationalId(NationalId nationalId, NationalIdProtector.Encrypted encrypted, byte[] lookup) {
        nationalIdCountry = nationalId.country();
        nationalIdKind = nationalId.kind();
        nationalIdMasked = nationalId.masked();
        nationalIdKey = encrypted.keyId();
        nationalIdCiphertext = encrypted.ciphertext();
        nationalIdLookup = lookup;
    }

    /** Records who last changed the record when its identity number was added or changed. */
    public void identityChanged(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    public boolean hasNationalId() {
        return nationalIdCiphertext != null;
    }

    public NationalIdProtector.Encrypted encryptedNationalId() {
        return new NationalIdProtector.Encrypted(nationalIdKey, nationalIdCiphertext);
    }

    public void moveTo(String otherMunicipality, Instant at, String by) {
        status = ParticipantStatus.MOVED;
        movedToMunicipality = otherMunicipality;
        statusReason = null;
        statusChangedAt = at;
        updatedAt = at;
        updatedBy = by;
    }

    /** She is followed up here again (she moved back): active, with her basic details as the sending municipality has them. */
    public void reopen(ParticipantDetails details, Instant at, String by) {
        status = ParticipantStatus.ACTIVE;
        movedToMunicipality = null;
        statusReason = null;
        statusChangedAt = at;
        apply(details);
        updatedAt = at;
        updatedBy = by;
    }

    public void close(String reason, Instant at, String by) {
        status = ParticipantStatus.CLOSED;
        statusReason = reason;
        statusChangedAt = at;
        updatedAt = at;
        updatedBy = by;
    }

    public List<String> preferredLanguages() {
        return preferredLanguageTags == null || preferredLanguageTags.isBlank() ? List.of() : List.of(preferredLanguageTags.split(","));
    }

    public boolean isActive() {
        return status == ParticipantStatus.ACTIVE;
    }

    private void apply(ParticipantDetails details) {
        name = details.name().strip();
        preferredLanguageTags = String.join(",", details.preferredLanguages());
        interpreterNeeded = details.interpreterNeeded();
        interpreterLanguage = blankToNull(details.interpreterLanguage());
        phone = blankToNull(details.phone());
        email = blankToNull(details.email());
        address = blankToNull(details.address());
        dateOfBirth = details.dateOfBirth();
        whatMattersToMe = blankToNull(details.whatMattersToMe());
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
