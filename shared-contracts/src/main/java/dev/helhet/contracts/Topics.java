package dev.helhet.contracts;

import dev.helhet.contracts.agreements.ActionAgreed;
import dev.helhet.contracts.agreements.ActionRevised;
import dev.helhet.contracts.agreements.ActionStatusChanged;
import dev.helhet.contracts.agreements.GoalSet;
import dev.helhet.contracts.agreements.GoalStatusChanged;
import dev.helhet.contracts.agreements.MeetingCancelled;
import dev.helhet.contracts.agreements.MeetingHeld;
import dev.helhet.contracts.agreements.MeetingRearranged;
import dev.helhet.contracts.agreements.MeetingScheduled;
import dev.helhet.contracts.agreements.ProgressRecorded;
import dev.helhet.contracts.audit.PersonalDataAccessed;
import dev.helhet.contracts.coordinators.AbsenceCancelled;
import dev.helhet.contracts.coordinators.AbsenceRecorded;
import dev.helhet.contracts.coordinators.CoordinatorAssigned;
import dev.helhet.contracts.coordinators.CoordinatorHandedOver;
import dev.helhet.contracts.coordinators.CoordinatorUnassigned;
import dev.helhet.contracts.coordinators.OrganisationRegistered;
import dev.helhet.contracts.coordinators.OrganisationUpdated;
import dev.helhet.contracts.coordinators.ProfessionalRegistered;
import dev.helhet.contracts.coordinators.ProfessionalUpdated;
import dev.helhet.contracts.coordinators.TeamMemberAdded;
import dev.helhet.contracts.coordinators.TeamMemberReinstated;
import dev.helhet.contracts.coordinators.TeamMemberRemoved;
import dev.helhet.contracts.coordinators.TeamMemberSuspended;
import dev.helhet.contracts.participants.ConsentExpired;
import dev.helhet.contracts.participants.ConsentGranted;
import dev.helhet.contracts.participants.ConsentRevoked;
import dev.helhet.contracts.participants.NetworkPersonAdded;
import dev.helhet.contracts.participants.NetworkPersonRemoved;
import dev.helhet.contracts.participants.ParticipantClosed;
import dev.helhet.contracts.participants.ParticipantRegistered;
import dev.helhet.contracts.participants.ParticipantUpdated;
import dev.helhet.contracts.participants.ProgrammeEnded;
import dev.helhet.contracts.participants.ProgrammeEnrolled;
import dev.helhet.contracts.participants.ProgrammeExtended;
import dev.helhet.contracts.referrals.ReferralAccepted;
import dev.helhet.contracts.referrals.ReferralCancelled;
import dev.helhet.contracts.referrals.ReferralCompleted;
import dev.helhet.contracts.referrals.ReferralFailed;
import dev.helhet.contracts.referrals.ReferralPutOnHold;
import dev.helhet.contracts.referrals.ReferralRejected;
import dev.helhet.contracts.referrals.ReferralRequested;
import dev.helhet.contracts.referrals.ReferralResumed;
import dev.helhet.contracts.referrals.ReferralStarted;
import dev.helhet.contracts.referrals.TransferAccepted;
import dev.helhet.contracts.referrals.TransferDeclined;
import dev.helhet.contracts.referrals.TransferOffered;
import dev.helhet.contracts.referrals.TransferWithdrawn;
import dev.helhet.contracts.referrals.TransitionCancelled;
import dev.helhet.contracts.referrals.TransitionDue;
import dev.helhet.contracts.referrals.TransitionMet;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every topic of the platform, with its producer and consumers. The local stack and the Helm chart
 * create topics from this list; a service that starts consuming a topic adds itself here.
 */
public final class Topics {

    public static final String PARTICIPANTS_PARTICIPANT_V1 = "participants.participant.v1";
    public static final String PARTICIPANTS_CONSENT_V1 = "participants.consent.v1";
    public static final String COORDINATORS_ASSIGNMENT_V1 = "coordinators.assignment.v1";
    public static final String COORDINATORS_TEAM_V1 = "coordinators.team.v1";
    public static final String COORDINATORS_ORGANISATION_V1 = "coordinators.organisation.v1";
    public static final String COORDINATORS_PROFESSIONAL_V1 = "coordinators.professional.v1";
    public static final String AGREEMENTS_PLAN_V1 = "agreements.plan.v1";
    public static final String AGREEMENTS_MEETING_V1 = "agreements.meeting.v1";
    public static final String REFERRALS_REFERRAL_V1 = "referrals.referral.v1";
    public static final String REFERRALS_TRANSITION_V1 = "referrals.transition.v1";
    public static final String AUDIT_ACCESS_V1 = "audit.access.v1";

    /** The consumer whose read model is rebuilt by replaying its topics from the start: they keep every event. */
    public static final String REBUILT_FROM_THE_START = "statistics";

    /** The producer of a topic every service writes to. */
    public static final String EVERY_SERVICE = "*";

    /** Partitions per topic: enough for six consumer instances per service in a region. */
    public static final int DEFAULT_PARTITIONS = 6;

    public static final List<TopicDefinition> ALL = List.of(
            new TopicDefinition(PARTICIPANTS_PARTICIPANT_V1, DEFAULT_PARTITIONS, "participants",
                    List.of("statistics", "coordinators", "agreements", "referrals", "notifications"),
                    List.of(ParticipantRegistered.class, ParticipantUpdated.class, ProgrammeEnrolled.class,
                            ProgrammeExtended.class, ProgrammeEnded.class, NetworkPersonAdded.class,
                            NetworkPersonRemoved.class, ParticipantClosed.class)),
            new TopicDefinition(PARTICIPANTS_CONSENT_V1, DEFAULT_PARTITIONS, "participants",
                    List.of("coordinators", "agreements", "referrals", "statistics"),
                    List.of(ConsentGranted.class, ConsentRevoked.class, ConsentExpired.class)),
            new TopicDefinition(COORDINATORS_ASSIGNMENT_V1, DEFAULT_PARTITIONS, "coordinators",
                    List.of("participants", "agreements", "referrals", "statistics"),
                    List.of(CoordinatorAssigned.class, CoordinatorHandedOver.class, CoordinatorUnassigned.class)),
            new TopicDefinition(COORDINATORS_TEAM_V1, DEFAULT_PARTITIONS, "coordinators",
                    List.of("participants", "agreements", "referrals"),
                    List.of(TeamMemberAdded.class, TeamMemberRemoved.class, TeamMemberSuspended.class, TeamMemberReinstated.class)),
            new TopicDefinition(COORDINATORS_ORGANISATION_V1, DEFAULT_PARTITIONS, "coordinators",
                    List.of("participants", "agreements", "referrals", "statistics"),
                    List.of(OrganisationRegistered.class, OrganisationUpdated.class)),
            new TopicDefinition(COORDINATORS_PROFESSIONAL_V1, DEFAULT_PARTITIONS, "coordinators",
                    List.of("participants", "agreements", "referrals"),
                    List.of(ProfessionalRegistered.class, ProfessionalUpdated.class, AbsenceRecorded.class, AbsenceCancelled.class)),
            // The plan and its meetings, ids and codes only: coordinators flags overdue actions and people without a recent meeting;
            // statistics counts goals, actions on time and meetings.
            new TopicDefinition(AGREEMENTS_PLAN_V1, DEFAULT_PARTITIONS, "agreements",
                    List.of("coordinators", "statistics"),
                    List.of(GoalSet.class, GoalStatusChanged.class, ProgressRecorded.class, ActionAgreed.class, ActionRevised.class,
                            ActionStatusChanged.class)),
            new TopicDefinition(AGREEMENTS_MEETING_V1, DEFAULT_PARTITIONS, "agreements",
                    List.of("coordinators", "statistics"),
                    List.of(MeetingScheduled.class, MeetingRearranged.class, MeetingHeld.class, MeetingCancelled.class)),
            // Referrals, ids and codes only: coordinators puts whoever accepted on the person's team; statistics counts turnaround;
            // notifications tells subscribed partners (ids only).
            new TopicDefinition(REFERRALS_REFERRAL_V1, DEFAULT_PARTITIONS, "referrals",
                    List.of("coordinators", "statistics", "notifications"),
                    List.of(ReferralRequested.class, ReferralAccepted.class, ReferralRejected.class, ReferralStarted.class,
                            ReferralPutOnHold.class, ReferralResumed.class, ReferralCompleted.class, ReferralFailed.class,
                            ReferralCancelled.class)),
            // Transitions due by the municipality's rules, and moves to another municipality, ids, codes and dates only:
            // coordinators shows the tasks on the caseload; participants makes the record where the person moves; statistics
            // counts transitions met on time.
            new TopicDefinition(REFERRALS_TRANSITION_V1, DEFAULT_PARTITIONS, "referrals",
                    List.of("coordinators", "participants", "statistics", "notifications"),
                    List.of(TransitionDue.class, TransitionMet.class, TransitionCancelled.class, TransferOffered.class,
                            TransferAccepted.class, TransferDeclined.class, TransferWithdrawn.class)),
            // Access to personal data, from every service, kept append-only by participants (the person reads it there).
            new TopicDefinition(AUDIT_ACCESS_V1, DEFAULT_PARTITIONS, EVERY_SERVICE,
                    List.of("participants"),
                    List.of(PersonalDataAccessed.class)));

    private static final Map<Class<?>, EventType> BY_PAYLOAD = ALL.stream()
            .flatMap(topic -> topic.events().stream().map(payload ->
                    new EventType(payload.getSimpleName(), topic.majorVersion(), topic.name(), payload)))
            .collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private Topics() {
    }

    /** Every event type of every topic. */
    public static List<EventType> eventTypes() {
        return BY_PAYLOAD.values().stream()
                .sorted(java.util.Comparator.comparing(EventType::topic).thenComparing(EventType::name))
                .toList();
    }

    /** The registered type of a payload record; fails for a payload no topic declares. */
    public static EventType typeOf(Class<?> payloadType) {
        EventType type = BY_PAYLOAD.get(payloadType);
        if (type == null) {
            throw new IllegalArgumentException(payloadType.getName() + " is not declared on any topic in Topics.ALL");
        }
        return type;
    }

    /** The registered type with this name on this topic, if any. */
    public static java.util.Optional<EventType> find(String topic, String eventType) {
        return BY_PAYLOAD.values().stream()
                .filter(type -> type.topic().equals(topic) && type.name().equals(eventType))
                .findFirst();
    }
}
