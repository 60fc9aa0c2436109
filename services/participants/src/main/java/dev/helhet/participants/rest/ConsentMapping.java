package dev.helhet.participants.rest;

import dev.helhet.participants.service.ConsentService;

import java.time.Instant;
import java.util.List;

/** Between the consent API's records and the service's. */
final class ConsentMapping {

    private ConsentMapping() {
    }

    static ConsentService.Grant grant(ConsentRequests.Grant request) {
        return new ConsentService.Grant(request.receiver().type(), request.receiver().organisationId(), request.categories(),
                request.purpose(), request.validFrom(), request.validTo(), request.recordedHow());
    }

    /** The one consent of the result a change was about, with its history. */
    static ConsentResponse one(ConsentService.Consents result, java.util.UUID consentId, Instant now) {
        return result.consents().stream().filter(consent -> consent.id.equals(consentId)).findFirst()
                .map(consent -> ConsentResponse.of(consent, result.changes(), now)).orElseThrow();
    }

    static List<ConsentResponse> responses(ConsentService.Consents result, Instant now) {
        return result.consents().stream().map(consent -> ConsentResponse.of(consent, result.changes(), now)).toList();
    }
}
