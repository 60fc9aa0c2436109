package dev.helhet.participants.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.participants.ParticipantRegistered;
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
 * date of birth, what matters to her — registered by that team lead, unless that municipality has her already; her record
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

    /** Call within a transaction. A redelivered event finds the record moved already and does nothing. */
    public Uni<Void> accepted(UUID transferId, UUID participantId, String toMunicipality, Actor acceptedBy) {
        return participants.findById(participantId).flatMap(old -> {
            if (old == null || old.status != ParticipantStatus.ACTIVE) {
                LOG.infof("Transfer %s: record %s is not active here (moved already, or unknown); nothing to do", transferId, participantId);
                return Uni.createFrom().voidItem();
            }
            return registeredThere(old, toMunicipality, acceptedBy).chain(() -> service.closeAsMoved(old, toMunicipality, acceptedBy));
        });
    }

    /** The record in the receiving municipality: the one it has for her already (same identity number), or a new one. */
    private Uni<Void> registeredThere(Participant old, String toMunicipality, Actor acceptedBy) {
        Uni<Participant> already = old.hasNationalId() ? participants.findByNationalId(toMunicipality, old.nationalIdLookup)
                : Uni.createFrom().nullItem();
        return already.flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            Participant moved = Participant.register(UUID.randomUUID(), toMunicipality, basicsOf(old), clock.instant(), acceptedBy.subject());
            if (old.hasNationalId()) {
                String number = protector.decrypt(old.encryptedNationalId(), old.id, old.nationalIdCountry);
                NationalId nationalId = new NationalId(old.nationalIdCountry, number, old.nationalIdKind, List.of());
                moved.attachNationalId(nationalId, protector.encrypt(nationalId, moved.id), old.nationalIdLookup);
            }
            return participants.persist(moved).flatMap(saved -> events.publish(new ParticipantRegistered(saved.id), toMunicipality,
                    saved.id.toString(), acceptedBy)).replaceWithVoid();
        });
    }

    private static ParticipantDetails basicsOf(Participant old) {
        return new ParticipantDetails(old.name, old.preferredLanguages(), old.interpreterNeeded, old.interpreterLanguage, old.phone,
                old.email, old.address, old.dateOfBirth, old.whatMattersToMe);
    }
}
