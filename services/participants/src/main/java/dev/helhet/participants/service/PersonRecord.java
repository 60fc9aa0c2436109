package dev.helhet.participants.service;

import dev.helhet.participants.domain.AccessLogEntry;
import dev.helhet.participants.domain.Consent;
import dev.helhet.participants.domain.ConsentChange;
import dev.helhet.participants.domain.NationalIdChange;
import dev.helhet.participants.domain.NetworkPerson;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.ProgrammeEnrolment;
import dev.helhet.participants.domain.ProgrammeExtension;

import java.util.List;

/**
 * Everything held on one person in one municipality's record in this service, with how its identity number came to be. An export ({@code complete}) also holds the full
 * identity number (if any), removed network persons and the access log.
 */
public record PersonRecord(
        boolean complete,
        Participant participant,
        String nationalIdNumber,
        List<ProgrammeEnrolment> enrolments,
        List<ProgrammeExtension> extensions,
        List<NetworkPerson> network,
        List<Consent> consents,
        List<ConsentChange> consentChanges,
        List<NationalIdChange> identityChanges,
        List<AccessLogEntry> accessLog) {

    @Override
    public String toString() {
        return "PersonRecord[" + participant.id + "]";
    }
}
