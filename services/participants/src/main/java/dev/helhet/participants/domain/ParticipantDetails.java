package dev.helhet.participants.domain;

import java.time.LocalDate;
import java.util.List;

/** What a caseworker (or partner) records about a person and may later correct. */
public record ParticipantDetails(
        String name,
        List<String> preferredLanguages,
        boolean interpreterNeeded,
        String interpreterLanguage,
        String phone,
        String email,
        String address,
        LocalDate dateOfBirth,
        String whatMattersToMe) {

    public ParticipantDetails {
        preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
    }
}
