package dev.helhet.referrals.domain;

import dev.helhet.careaccess.InformationCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person's follow-up offered to the municipality she moves to, under her consent: what it may have (categories), the
 * sender's words and handover, and the receiving team lead's answer.
 */
@Entity
@Table(name = "transfer")
public class Transfer {

    /** Where a transfer stands. */
    public enum Status { OFFERED, ACCEPTED, DECLINED, WITHDRAWN }

    @Id
    public UUID id;

    /** The person's record in the sending municipality. */
    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "from_municipality_id", nullable = false, updatable = false)
    public String fromMunicipalityId;

    @Column(name = "to_municipality_id", nullable = false, updatable = false)
    public String toMunicipalityId;

    @Column(nullable = false, updatable = false)
    public String categories;

    /** How the person's consent to the transfer was given (signed-form, verbal, digital). */
    @Column(name = "consent_recorded_how", nullable = false, updatable = false)
    public String consentRecordedHow;

    /** The sender's words to the receiving municipality. */
    @Column(updatable = false)
    public String note;

    @Convert(converter = Handover.AsJson.class)
    @Column(nullable = false, updatable = false)
    public Handover handover;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "offered_by", nullable = false, updatable = false)
    public String offeredBy;

    @Column(name = "offered_at", nullable = false, updatable = false)
    public Instant offeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "decline_reason")
    public String declineReason;

    @Version
    public long version;

    public static Transfer offered(UUID participantId, String from, String to, Set<InformationCategory> categories, String consentRecordedHow,
                                   String note, Handover handover, Instant at, String by) {
        Transfer transfer = new Transfer();
        transfer.id = UUID.randomUUID();
        transfer.participantId = participantId;
        transfer.fromMunicipalityId = from;
        transfer.toMunicipalityId = to;
        Set<InformationCategory> shared = EnumSet.of(InformationCategory.BASIC);
        shared.addAll(categories);
        transfer.categories = shared.stream().map(InformationCategory::code).sorted().collect(Collectors.joining(","));
        transfer.consentRecordedHow = consentRecordedHow;
        transfer.note = note == null || note.isBlank() ? null : note.strip();
        transfer.handover = handover;
        transfer.status = Status.OFFERED;
        transfer.offeredAt = at;
        transfer.offeredBy = by;
        return transfer;
    }

    public Set<InformationCategory> sharedCategories() {
        Set<InformationCategory> shared = EnumSet.noneOf(InformationCategory.class);
        Arrays.stream(categories.split(",")).map(code -> dev.helhet.common.persistence.CodedEnum.fromCode(InformationCategory.class, code))
                .forEach(shared::add);
        return shared;
    }

    /** The receiving team lead's answer, or the sender's withdrawal. */
    public void answer(Status answer, String reason, Instant at, String by) {
        status = answer;
        declineReason = reason == null || reason.isBlank() ? null : reason.strip();
        answeredAt = at;
        answeredBy = by;
    }
}
