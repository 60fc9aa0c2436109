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
 * A person referred from one service to another, tracked until the receiving service has acted (FHIR Task): who sent
 * it, for what, to which service, sharing which categories, where it stands, and what came of it.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    /** The municipality the person is registered in (the referral is theirs). */
    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "service_id", nullable = false, updatable = false)
    public UUID serviceId;

    /** The service's name when it was referred to (the directory may rename it later). */
    @Column(name = "service_name", nullable = false, updatable = false)
    public String serviceName;

    @Column(name = "receiving_organisation_id", nullable = false, updatable = false)
    public UUID receivingOrganisationId;

    @Column(name = "sending_organisation_id", nullable = false, updatable = false)
    public UUID sendingOrganisationId;

    /** The goal of the person's plan it serves, if any. */
    @Column(name = "goal_id", updatable = false)
    public UUID goalId;

    /** Why the person is referred, in the sender's words: what the receiver reads before answering. */
    @Column(nullable = false)
    public String reason;

    /** The information categories it shares (codes, comma-separated); basic always. */
    @Column(nullable = false)
    public String categories;

    @Convert(converter = Handover.AsJson.class)
    @Column(nullable = false)
    public Handover handover;

    @Column(nullable = false)
    public ReferralStatus status;

    /** While on hold: the status to resume to. */
    @Column(name = "held_from")
    public ReferralStatus heldFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The sender (subject). */
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** When the receiver accepted or rejected. */
    @Column(name = "answered_at")
    public Instant answeredAt;

    /** The professional who accepted it for the receiving service (they join the person's team). */
    @Column(name = "receiving_professional_id")
    public UUID receivingProfessionalId;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;

    @Column(name = "outcome")
    public ReferralOutcome outcome;

    @Column(name = "failure_reason")
    public FailureReason failureReason;

    /** The receiver's words on the outcome, the failure or the rejection; the sender's on a cancellation. */
    @Column(name = "closing_note")
    public String closingNote;

    @Version
    public long version;

    /** A new referral, a draft until sent. */
    public static Referral drafted(UUID participantId, String municipalityId, DirectoryService service, UUID sendingOrganisationId,
                                   UUID goalId, String reason, Set<InformationCategory> categories, Handover handover, Instant at, String by) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.participantId = participantId;
        referral.municipalityId = municipalityId;
        referral.serviceId = service.id;
        referral.serviceName = service.name;
        referral.receivingOrganisationId = service.organisationId;
        referral.sendingOrganisationId = sendingOrganisationId;
        referral.goalId = goalId;
        referral.reason = reason.strip();
        Set<InformationCategory> shared = EnumSet.of(InformationCategory.BASIC);
        shared.addAll(categories);
        referral.categories = shared.stream().map(InformationCategory::code).sorted().collect(Collectors.joining(","));
        referral.handover = handover;
        referral.status = ReferralStatus.DRAFT;
        referral.createdAt = at;
        referral.createdBy = by;
        return referral;
    }

    /** The categories it shares. */
    public Set<InformationCategory> sharedCategories() {
        Set<InformationCategory> shared = EnumSet.noneOf(InformationCategory.class);
        Arrays.stream(categories.split(",")).map(code -> dev.helhet.common.persistence.CodedEnum.fromCode(InformationCategory.class, code))
                .forEach(shared::add);
        return shared;
    }

    /** Takes a step the lifecycle allows (checked by the caller), recording when. */
    public void take(ReferralStep step, Instant at) {
        ReferralStatus next = step.to(heldFrom);
        heldFrom = step == ReferralStep.HOLD ? status : null;
        status = next;
        switch (step) {
            case REQUEST -> requestedAt = at;
            case ACCEPT, REJECT -> answeredAt = at;
            default -> {
            }
        }
        if (next.closed()) {
            closedAt = at;
        }
    }
}
