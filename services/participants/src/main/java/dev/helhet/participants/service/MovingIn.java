package dev.helhet.participants.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.contracts.Actor;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.ParticipantDetails;
import dev.helhet.participants.domain.ParticipantStatus;
import dev.helhet.participants.domain.nationalid.NationalId;
import dev.helhet.participants.domain.nationalid.NationalIdProtector;
import dev.helhet.participants.repository.ParticipantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A person moving to another municipality, once its team lead has accepted the transfer (referrals' TransferAccepted):
 * her record there is made from the basic information her consent lets it have — name, identity number, contact, languages,
 * date of birth, what matters to her — registered by that team lead (her earlier record there reopened, if she had one); her record
 * here is closed as moved, and stays as read-only history. Programmes, network and consents do not move: the receiving
 * municipality agrees them with her anew.
 */
@ApplicationScoped
public class MovingIn {

    private static final Logger LOG = Logger.getLogger(MovingIn.class);

    private final ParticipantRepository participants;
    private final ParticipantService service;
    private final NationalIdProtector protector;
    private final EventPublisher events;
    private final Clock clock;

    public MovingIn(ParticipantRepository participants, ParticipantService service, NationalIdProtector protector, EventPublisher events,
                    Clock clock) {
        this.participants = participants;
        this.service = service;
        this.protector = protector;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Call within a transaction. A redelivered event finds the record moved already and does nothing; an event whose
     * municipality is not the record's, or that moves her to where she is, is refused (nothing changes).
     */
    public Uni<Void> accepted(UUID transferId, UUID participantId, String fromMunicipality, String toMunicipality, Actor acceptedBy) {
        return participants.findById(participantId).flatMap(old -> {
            if (old == null || old.status != ParticipantStatus.ACTIVE) {
                LOG.warnf("Transfer %s: record %s is not active here (moved already, or unknown); nothing moved", transferId, participantId);
                return Uni.createFrom().voidItem();
            }
            if (!old.municipalityId.equals(fromMunicipality) || old.municipalityId.equals(toMunicipality)) {
                LOG.warnf("Transfer %s: record %s is not of %s, or would move to where it is; nothing moved", transferId, participantId,
                        fromMunicipality);
                return Uni.createFrom().voidItem();
            }
            return registeredThere(old, toMunicipality, acceptedBy).chain(() -> service.closeAsMoved(old, toMunicipality, acceptedBy));
        });
    }

    /**
     * The record in the receiving municipality: the one it has for her already (same identity number) — reopened with her
     * basic details if she had moved away or was closed there (she moves back; it is registered again) — or a new one.
     */
    private Uni<Void> registeredThere(Participant old, String toMunicipality, Actor acceptedBy) {
        Uni<Participant> already = old.hasNationalId() ? participants.findByNationalId(toMunicipality, old.nationalIdLookup)
                : Uni.createFrom().nullItem();
        return already.flatMap(existing -> {
            if (existing != null && existing.status == ParticipantStatus.ACTIVE) {
                return Uni.createFrom().voidItem();
            }
            if (existing != null) {
                existing.reopen(basicsOf(old), clock.instant(), acceptedBy.subject());
                return events.publish(service.registered(existing), toMunicipality, existing.id.toString(), acceptedBy).replaceWithVoid();
            }
            Participant moved = Participant.register(UUID.randomUUID(), toMunicipality, basicsOf(old), clock.instant(), acceptedBy.subject());
            if (old.hasNationalId()) {
                String number = protector.decrypt(old.encryptedNationalId(), old.id, old.nationalIdCountry);
                NationalId nationalId = new NationalId(old.nationalIdCountry, number, old.nationalIdKind, List.of());
                moved.attachNationalId(nationalId, protector.encrypt(nationalId, moved.id), old.nationalIdLookup);
            }
            return participants.persist(moved).flatMap(saved -> events.publish(service.registered(saved), toMunicipality,
                    saved.id.toString(), acceptedBy)).replaceWithVoid();
        });
    }

    private static ParticipantDetails basicsOf(Participant old) {
        return new ParticipantDetails(old.name, old.preferredLanguages(), old.interpreterNeeded, old.interpreterLanguage, old.phone,
                old.email, old.address, old.dateOfBirth, old.whatMattersToMe);
    }
}
