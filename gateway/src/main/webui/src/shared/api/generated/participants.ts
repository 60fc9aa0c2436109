// Generated from services/participants's OpenAPI document by scripts/api-types.mjs. Do not edit.

export interface paths {
    "/api/v1/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the people the caller may see
         * @description Those the caller coordinates, deputises for, is on the team of, or registered and nobody coordinates yet (a team lead or partner: the whole municipality). Paged; filter by name, status and current programme. Each person listed is a logged read.
         */
        get: operations["listParticipants"];
        put?: never;
        /**
         * Register a person
         * @description Registers a person in the caller's active municipality and publishes ParticipantRegistered. An identity number already registered in the municipality answers 409 `already-registered`.
         */
        post: operations["registerParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the municipality's access log
         * @description Who looked at whom, when: by person, by the pseudonymous id of who accessed, and by time. For the municipality admin, who sees no case content.
         */
        get: operations["searchAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/access-log/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the access log has not been altered
         * @description Walks the hash chain from the first entry: any change to a stored entry breaks it at that entry.
         */
        get: operations["verifyAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My data
         * @description What Helhet holds on me, in every municipality that has registered me: one record each (active first) with details, programmes, network, consents and how my identity number came to be.
         */
        get: operations["getMyRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who has read or changed my data
         * @description Every access by every service to any of my records, newest first: who (a pseudonymous id and their roles), which service and municipality, what, why, and whether it was allowed — refused attempts included.
         */
        get: operations["listMyAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/me/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give consent
         * @description Recorded as given digitally by me, on my record in one municipality: the one `record` names, or my only active one. Publishes ConsentGranted.
         */
        post: operations["giveMyConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/me/consents/{consentId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw consent
         * @description Takes effect at once. Publishes ConsentRevoked.
         */
        post: operations["revokeMyConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download everything held on me
         * @description One JSON document with every record held on me, including my full identity number and who has accessed my data. The download is logged.
         */
        get: operations["exportMyRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one person
         * @description The identity number is masked. A person of another municipality answers 404.
         */
        get: operations["getParticipant"];
        /**
         * Correct a person's details
         * @description Replaces the editable details. Send the version you read: a stale one answers 409 `stale-version`. The identity number is not editable here: a `nationalId` other than the person's answers 400 (code `change-separately`); use PUT /api/v1/participants/{id}/national-id. Publishes ParticipantUpdated naming the changed fields.
         */
        put: operations["updateParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who has read or changed this person's data
         * @description For the person's coordinator (or deputy) and team leads. Newest first. The person reads the same at /me/access-log.
         */
        get: operations["listParticipantAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the person's follow-up
         * @description Programmes must be ended first, each with its reason. Publishes ParticipantClosed with reason closed.
         */
        post: operations["closeParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export everything held on the person
         * @description Data portability: one JSON document with the full identity number, programmes, network, consents with history and the access log. The export is logged.
         */
        get: operations["exportParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the person moved away
         * @description Open programmes end with reason `moved`; publishes ProgrammeEnded for each and ParticipantClosed with reason moved.
         */
        post: operations["recordParticipantMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/national-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or change the identity number
         * @description An audited act of the person's coordinator (or the deputy, or the coordinator who registered them while nobody coordinates them) or of the municipality admin, with a reason. The person's own sign-in follows the number, so the change is written to the access log and to the record's identity history, both shown to the person. Answers the change, masked; no case content.
         */
        put: operations["changeParticipantNationalId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/national-id/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show the full identity number
         * @description For a stated purpose; the read is written to the access log the person can see. A POST, so the number never appears in a URL, cache or browser history.
         */
        post: operations["revealParticipantNationalId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The person's consents
         * @description All of them, newest first, each with its history; status is computed, so a consent past valid-to shows as expired at once.
         */
        get: operations["listConsents"];
        put?: never;
        /**
         * Record a consent
         * @description On the person's behalf, by their coordinator, the coordinator's deputy or a team lead (or, until a coordinator is assigned, the coordinator who registered them). For a receiver (one organisation serving the person's municipality, or the whole team), categories and a purpose, valid at most three years. Publishes ConsentGranted on participants.consent.v1.
         */
        post: operations["recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/consents/{consentId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a consent
         * @description On the person's word, by the same people who may record one, with a reason. Takes effect in this service at once and publishes ConsentRevoked.
         */
        post: operations["revokeConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person's current network */
        get: operations["listNetworkPersons"];
        put?: never;
        /**
         * Add a network person
         * @description Publishes NetworkPersonAdded (without name or contact).
         */
        post: operations["addNetworkPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/network/{networkPersonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a network person
         * @description Kept in the person's record as removed. Publishes NetworkPersonRemoved.
         */
        delete: operations["removeNetworkPerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The person's enrolments
         * @description Newest first, with extensions.
         */
        get: operations["listEnrolments"];
        put?: never;
        /**
         * Enrol the person in a programme
         * @description The introduction programme needs the settlement date; a start more than three months after it is flagged `lateStart`. Publishes ProgrammeEnrolled.
         */
        post: operations["enrolParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/programmes/{enrolmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an enrolment
         * @description With a mandatory reason from the code list. Publishes ProgrammeEnded.
         */
        post: operations["endEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/programmes/{enrolmentId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend an enrolment
         * @description Moves the planned end later, with a reason. Publishes ProgrammeExtended.
         */
        post: operations["extendEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessLogEntry: {
            /** @description When (UTC) */
            occurredAt?: components["schemas"]["Instant"];
            /** @description The person whose data it was */
            participantId?: components["schemas"]["UUID"];
            /**
             * @description The municipality holding that record
             * @example asker
             */
            municipalityId?: string;
            /**
             * @description The service that served or refused the access
             * @example coordinators
             */
            service?: string;
            /**
             * @description What kind of data
             * @example team
             */
            resource?: string;
            /**
             * @description user, service or system
             * @example user
             */
            actorType?: string;
            /** @description Subject id of who it was (pseudonymous) */
            actorSubject?: string;
            /**
             * @description Their roles
             * @example coordinator
             */
            actorRoles?: string;
            /**
             * @description What they did
             * @example reveal-national-id
             */
            action?: string;
            /** @description Why, as they stated it */
            purpose?: string;
            /**
             * @description permitted or denied
             * @example permitted
             */
            outcome?: string;
        };
        AccessLogEntryPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["AccessLogEntry"][];
            /**
             * Format: int32
             * @description Zero-based page number
             * @example 0
             */
            page?: number;
            /**
             * Format: int32
             * @description The page size asked for; the last page may hold fewer
             * @example 50
             */
            size?: number;
            /**
             * Format: int64
             * @description Items in the whole collection
             * @example 42
             */
            total?: number;
        };
        AccessLogVerification: {
            /** @description True when every entry's hash matches its content and the entry before it */
            intact?: boolean;
            /**
             * Format: int64
             * @description Entries checked (all municipalities share one chain)
             * @example 12873
             */
            entries?: number;
            /**
             * Format: int64
             * @description Chain position of the first entry that does not match; absent when intact
             */
            firstBrokenPosition?: number;
        };
        CloseRequest: {
            /**
             * @description Why follow-up ends
             * @example Ønsker ikke videre oppfølging
             */
            reason: string;
        };
        Consent: {
            /** @description Id of the consent */
            id?: components["schemas"]["UUID"];
            /** @description Who may see the information */
            receiver?: components["schemas"]["ConsentReceiver"];
            /** @description Which information */
            categories?: components["schemas"]["InformationCategory"][];
            /** @description What it may be used for */
            purpose?: string;
            /** @description Start of validity */
            validFrom?: components["schemas"]["Instant"];
            /** @description End of validity */
            validTo?: components["schemas"]["Instant"];
            /** @description How it was given */
            recordedHow?: components["schemas"]["RecordedHow"];
            /** @description Subject id of who recorded it (pseudonymous) */
            recordedBy?: string;
            /** @description When it was recorded */
            recordedAt?: components["schemas"]["Instant"];
            /**
             * @description active, revoked or expired (computed from valid-to)
             * @enum {string}
             */
            status?: components["schemas"]["ConsentStatus"];
            /** @description When it was revoked */
            revokedAt?: components["schemas"]["Instant"];
            /** @description Why it was revoked */
            revocationReason?: string;
            /** @description Every change, oldest first */
            history?: components["schemas"]["ConsentChange"][];
        };
        ConsentChange: {
            /**
             * @description granted, revoked or expired
             * @enum {string}
             */
            change?: "granted" | "revoked" | "expired";
            /** @description When */
            occurredAt?: components["schemas"]["Instant"];
            /**
             * @description user, service or system
             * @enum {string}
             */
            actorType?: "user" | "service" | "system";
            /** @description Why, when a reason was given */
            reason?: string;
        };
        ConsentPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["Consent"][];
            /**
             * Format: int32
             * @description Zero-based page number
             * @example 0
             */
            page?: number;
            /**
             * Format: int32
             * @description The page size asked for; the last page may hold fewer
             * @example 50
             */
            size?: number;
            /**
             * Format: int64
             * @description Items in the whole collection
             * @example 42
             */
            total?: number;
        };
        ConsentReceiver: {
            /**
             * @description One organisation, or every organisation on the person's team
             * @enum {string}
             */
            type: components["schemas"]["ReceiverType"];
            /** @description The receiving organisation; required for type organisation, absent for team */
            organisationId?: components["schemas"]["UUID"];
        };
        /** @enum {string} */
        ConsentStatus: "active" | "revoked" | "expired";
        Contact: {
            /**
             * @description Phone number
             * @example +47 912 34 567
             */
            phone?: string;
            /**
             * @description E-mail address
             * @example amina@example.org
             */
            email?: string;
            /**
             * @description Postal address
             * @example Storgata 1, 1384 Asker
             */
            address?: string;
        };
        /** @enum {string} */
        Country: "NO" | "SE" | "DK";
        /** @enum {string} */
        EndReason: "work" | "education" | "work-and-education" | "other-programme" | "moved" | "health" | "parental-leave" | "other";
        EndRequest: {
            /**
             * @description Last day in the programme
             * @example 2027-12-15
             */
            endDate: components["schemas"]["LocalDate"];
            /**
             * @description Why the programme ended
             * @enum {string}
             */
            reason: components["schemas"]["EndReason"];
            /**
             * @description More about the end, if useful
             * @example Fast stilling ved Asker sykehjem
             */
            note?: string;
        };
        EnrolRequest: {
            /**
             * @description The programme
             * @enum {string}
             */
            programme: components["schemas"]["Programme"];
            /**
             * @description First day in the programme
             * @example 2026-03-02
             */
            startDate: components["schemas"]["LocalDate"];
            /**
             * @description Planned last day
             * @example 2028-03-01
             */
            plannedEndDate?: components["schemas"]["LocalDate"];
            /**
             * @description Introduction programme only, and required there: the day the person was settled in the municipality. A start more than three months later is flagged.
             * @example 2026-01-15
             */
            settlementDate?: components["schemas"]["LocalDate"];
        };
        Enrolment: {
            /** @description Id of the enrolment */
            id?: components["schemas"]["UUID"];
            /**
             * @description The programme
             * @example introduction-programme
             */
            programme?: components["schemas"]["Programme"];
            /**
             * @description First day
             * @example 2026-03-02
             */
            startDate?: components["schemas"]["LocalDate"];
            /**
             * @description Planned last day (after extensions)
             * @example 2028-03-01
             */
            plannedEndDate?: components["schemas"]["LocalDate"];
            /**
             * @description Introduction programme: settlement date
             * @example 2026-01-15
             */
            settlementDate?: components["schemas"]["LocalDate"];
            /** @description Introduction programme started more than three months after settlement */
            lateStart?: boolean;
            /**
             * @description Last day, once ended
             * @example 2027-12-15
             */
            actualEndDate?: components["schemas"]["LocalDate"];
            /**
             * @description Why it ended
             * @example work
             */
            endReason?: components["schemas"]["EndReason"];
            /** @description More about the end */
            endNote?: string;
            /**
             * @description open or ended
             * @enum {string}
             */
            status?: "open" | "ended";
            /** @description Extensions, oldest first */
            extensions?: components["schemas"]["EnrolmentExtension"][];
            /** @description When the enrolment was recorded */
            enrolledAt?: components["schemas"]["Instant"];
        };
        EnrolmentExtension: {
            /**
             * @description Planned end before
             * @example 2028-03-01
             */
            previousPlannedEnd?: components["schemas"]["LocalDate"];
            /**
             * @description Planned end after
             * @example 2028-09-01
             */
            newPlannedEnd?: components["schemas"]["LocalDate"];
            /** @description Why */
            reason?: string;
            /** @description When it was recorded */
            recordedAt?: components["schemas"]["Instant"];
        };
        EnrolmentPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["Enrolment"][];
            /**
             * Format: int32
             * @description Zero-based page number
             * @example 0
             */
            page?: number;
            /**
             * Format: int32
             * @description The page size asked for; the last page may hold fewer
             * @example 50
             */
            size?: number;
            /**
             * Format: int64
             * @description Items in the whole collection
             * @example 42
             */
            total?: number;
        };
        ExtendRequest: {
            /**
             * @description The new planned last day; later than the current one
             * @example 2028-09-01
             */
            plannedEndDate: components["schemas"]["LocalDate"];
            /**
             * @description Why the programme is extended
             * @example Permisjon ved fødsel
             */
            reason: string;
        };
        FieldError: {
            /**
             * @description Path of the field in the request body or parameter name
             * @example nationalId.number
             */
            field?: string;
            /**
             * @description What is wrong with it, for people
             * @example The control digits do not match: the number is probably mistyped
             */
            message?: string;
            /**
             * @description Stable code of the rule that failed, for clients that translate messages
             * @example checksum
             */
            code?: string;
        };
        GrantConsentRequest: {
            /** @description Who may see the information */
            receiver: components["schemas"]["ConsentReceiver"];
            /** @description Which information */
            categories: components["schemas"]["InformationCategory"][];
            /**
             * @description What the information may be used for
             * @example Samarbeid om kvalifisering og arbeid
             */
            purpose: string;
            /**
             * @description Start of validity; now if left out
             * @example 2026-11-22T09:00:00Z
             */
            validFrom?: components["schemas"]["Instant"];
            /**
             * @description End of validity (at most three years ahead); the consent expires by itself then
             * @example 2027-11-22T09:00:00Z
             */
            validTo: components["schemas"]["Instant"];
            /**
             * @description How the consent was given; the person's own consent is always digital
             * @enum {string}
             */
            recordedHow?: components["schemas"]["RecordedHow"];
        };
        IdentityNumberRemoval: {
            /**
             * @description The municipality
             * @example asker
             */
            municipalityId?: string;
            /** @description When (UTC) */
            changedAt?: components["schemas"]["Instant"];
        };
        /** @enum {string} */
        InformationCategory: "basic" | "plan" | "health" | "economy" | "education" | "child-welfare" | "housing";
        /**
         * Format: date-time
         * @description Between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59.999999999Z.
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        /**
         * Format: date
         * @description Between 1900-01-01 and 2200-12-31.
         */
        LocalDate: string;
        MaskedNationalId: {
            /**
             * @description Issuing country
             * @example NO
             */
            country?: components["schemas"]["Country"];
            /**
             * @description Kind of number
             * @example fodselsnummer
             * @enum {string}
             */
            kind?: components["schemas"]["NationalIdKind"];
            /**
             * @description The number with all but the date part hidden
             * @example 150394*****
             */
            masked?: string;
            /** @description Only in the answer to a registration: things worth checking, e.g. a Danish number without a valid modulus-11 check */
            warnings?: string[];
        };
        MoveRequest: {
            /**
             * @description The municipality the person moved to, if known
             * @example harstad
             */
            movedToMunicipalityId?: string;
        };
        MyRecords: {
            /** @description When this document was made (UTC) */
            producedAt?: components["schemas"]["Instant"];
            /** @description One record per municipality, active first; `participant.municipalityId` says who holds it */
            records?: components["schemas"]["PersonRecord"][];
            /** @description Records my identity number was taken off, by which municipality and when (the reason stays with the record, which may be someone else's) */
            removedFrom?: components["schemas"]["IdentityNumberRemoval"][];
        };
        NationalIdChange: {
            /** @description The person */
            participantId?: components["schemas"]["UUID"];
            /**
             * @description The municipality whose record it is
             * @example asker
             */
            municipalityId?: string;
            /**
             * @description The number before, masked; absent when the record had none
             * @example 550394*****
             */
            previousMasked?: string;
            /**
             * @description The number now, masked
             * @example 150394*****
             */
            newMasked?: string;
            /** @description Why */
            reason?: string;
            /** @description When (UTC) */
            changedAt?: components["schemas"]["Instant"];
            /** @description Subject id of who changed it (pseudonymous) */
            changedBy?: string;
        };
        NationalIdChangeInput: {
            /** @description The number the person has now */
            nationalId: components["schemas"]["NationalIdInput"];
            /**
             * @description Why it is added or changed; the person reads this in their own view
             * @example Fikk fødselsnummer i stedet for D-nummer (melding fra Folkeregisteret 2026-11-20)
             */
            reason: string;
        };
        /** @description An identity number: Norwegian fødselsnummer, D- or H-number; Swedish personnummer or samordningsnummer (10 or 12 digits, - or +); Danish CPR number. */
        NationalIdInput: {
            /**
             * @description Issuing country
             * @example NO
             * @enum {string}
             */
            country: components["schemas"]["Country"];
            /**
             * @description The number; spaces are ignored
             * @example 15039412345
             */
            number: string;
        };
        /** @enum {string} */
        NationalIdKind: "fodselsnummer" | "d-number" | "h-number" | "synthetic" | "personnummer" | "samordningsnummer" | "cpr";
        NetworkPerson: {
            /** @description Id of the network person */
            id?: components["schemas"]["UUID"];
            /**
             * @description Their name
             * @example Fadumo Hassan
             */
            name?: string;
            /**
             * @description Relation to the person
             * @example søster
             */
            relation?: string;
            /** @description Phone number */
            phone?: string;
            /** @description E-mail address */
            email?: string;
            /** @description Whether they take part in follow-up meetings */
            joinsFollowUpMeetings?: boolean;
            /** @description When they were added */
            addedAt?: components["schemas"]["Instant"];
            /** @description When they were removed, if they were */
            removedAt?: components["schemas"]["Instant"];
        };
        NetworkPersonInput: {
            /**
             * @description Their name
             * @example Fadumo Hassan
             */
            name: string;
            /**
             * @description Their relation to the person, in the person's words
             * @example søster
             */
            relation: string;
            /**
             * @description Phone number
             * @example +47 998 76 543
             */
            phone?: string;
            /** @description E-mail address */
            email?: string;
            /**
             * @description Whether they take part in follow-up meetings
             * @default false
             */
            joinsFollowUpMeetings: boolean;
        };
        NetworkPersonPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["NetworkPerson"][];
            /**
             * Format: int32
             * @description Zero-based page number
             * @example 0
             */
            page?: number;
            /**
             * Format: int32
             * @description The page size asked for; the last page may hold fewer
             * @example 50
             */
            size?: number;
            /**
             * Format: int64
             * @description Items in the whole collection
             * @example 42
             */
            total?: number;
        };
        Participant: {
            /**
             * @description Id of the participant
             * @example 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10
             */
            id?: components["schemas"]["UUID"];
            /**
             * @description The municipality the person is registered in (Keycloak organization alias)
             * @example asker
             */
            municipalityId?: string;
            /**
             * @description The person's name
             * @example Amina Hassan
             */
            name?: string;
            /**
             * @description Preferred languages, most preferred first
             * @example [
             *       "so",
             *       "nb"
             *     ]
             */
            preferredLanguages?: string[];
            /** @description Whether an interpreter is needed */
            interpreterNeeded?: boolean;
            /**
             * @description Language the interpreter must speak
             * @example so
             */
            interpreterLanguage?: string;
            /** @description How to reach the person */
            contact?: components["schemas"]["Contact"];
            /**
             * @description Date of birth as entered
             * @example 1994-03-15
             */
            dateOfBirth?: components["schemas"]["LocalDate"];
            /** @description What matters to the person, in their own words */
            whatMattersToMe?: string;
            /** @description The identity number, masked; null when none is recorded */
            nationalId?: components["schemas"]["MaskedNationalId"];
            /**
             * @description active, moved or closed
             * @enum {string}
             */
            status?: components["schemas"]["ParticipantStatus"];
            /** @description When the status last changed */
            statusChangedAt?: components["schemas"]["Instant"];
            /**
             * @description When moved: the municipality the person moved to, if known
             * @example harstad
             */
            movedToMunicipalityId?: string;
            /** @description Programmes the person is in now, with planned ends */
            currentProgrammes?: components["schemas"]["ProgrammeSummary"][];
            /** @description When the person was registered (UTC) */
            registeredAt?: components["schemas"]["Instant"];
            /** @description When details were last corrected (UTC) */
            updatedAt?: components["schemas"]["Instant"];
            /**
             * Format: int64
             * @description Version for optimistic locking; send it back with corrections
             * @example 0
             */
            version?: number;
        };
        ParticipantInput: {
            /**
             * @description The person's name as they want it written
             * @example Amina Hassan
             */
            name: string;
            /**
             * @description Preferred languages, most preferred first, as language tags
             * @example [
             *       "so",
             *       "nb"
             *     ]
             */
            preferredLanguages?: string[];
            /**
             * @description Whether an interpreter is needed in meetings
             * @default false
             */
            interpreterNeeded: boolean;
            /**
             * @description Language the interpreter must speak
             * @example so
             */
            interpreterLanguage?: string;
            /** @description How to reach the person */
            contact?: components["schemas"]["Contact"];
            /**
             * @description Date of birth, as entered (never derived from the identity number)
             * @example 1994-03-15
             */
            dateOfBirth?: components["schemas"]["LocalDate"];
            /**
             * @description What matters to the person, in their own words
             * @example Å få jobb som helsefagarbeider og at barna trives på skolen.
             */
            whatMattersToMe?: string;
            /** @description Identity number, if the person has one. Stored encrypted and shown masked. */
            nationalId?: components["schemas"]["NationalIdInput"];
            /**
             * Format: int64
             * @description For corrections: the version you read; a stale version answers 409 stale-version
             * @example 0
             */
            version?: number;
        };
        ParticipantPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["Participant"][];
            /**
             * Format: int32
             * @description Zero-based page number
             * @example 0
             */
            page?: number;
            /**
             * Format: int32
             * @description The page size asked for; the last page may hold fewer
             * @example 50
             */
            size?: number;
            /**
             * Format: int64
             * @description Items in the whole collection
             * @example 42
             */
            total?: number;
        };
        /** @enum {string} */
        ParticipantStatus: "active" | "moved" | "closed";
        PersonRecord: {
            /** @description When this document was made (UTC) */
            producedAt?: components["schemas"]["Instant"];
            /** @description The person; the identity number masked */
            participant?: components["schemas"]["Participant"];
            /** @description Export only: the full identity number */
            nationalId?: components["schemas"]["RevealedNationalId"];
            /** @description Programme enrolments, newest first, with extensions */
            programmes?: components["schemas"]["Enrolment"][];
            /** @description Network persons (the export includes removed ones) */
            network?: components["schemas"]["NetworkPerson"][];
            /** @description Consents with their history */
            consents?: components["schemas"]["Consent"][];
            /** @description When and why the identity number was added or changed, newest first; the numbers masked */
            identityChanges?: components["schemas"]["NationalIdChange"][];
            /** @description Export only: the newest 10000 logged accesses to the person's data (all of them at /me/access-log), newest first */
            accessLog?: components["schemas"]["AccessLogEntry"][];
        };
        /** @description RFC 9457 problem details. Match on `type`; `title` and `detail` are for people. */
        Problem: {
            /**
             * Format: uri
             * @description Stable identifier of the kind of problem
             * @example urn:helhet:problem:validation
             */
            type?: string;
            /**
             * @description Short summary of the kind of problem
             * @example The request has invalid fields
             */
            title?: string;
            /**
             * Format: int32
             * @description HTTP status code
             * @example 400
             */
            status?: number;
            /**
             * @description What went wrong in this request, for people
             * @example name: must not be blank
             */
            detail?: string;
            /**
             * @description The request path this problem is about
             * @example /api/v1/participants
             */
            instance?: string;
            /** @description Id of the request, to quote when asking for help */
            requestId?: string;
            /** @description One entry per invalid field, the first 100 when there are more */
            errors?: components["schemas"]["FieldError"][];
        };
        /** @enum {string} */
        Programme: "introduction-programme" | "youth-follow-up" | "social-assistance-follow-up" | "other";
        ProgrammeSummary: {
            /** @description Id of the enrolment */
            enrolmentId?: components["schemas"]["UUID"];
            /**
             * @description The programme
             * @example introduction-programme
             */
            programme?: string;
            /**
             * @description Planned last day
             * @example 2028-03-01
             */
            plannedEndDate?: components["schemas"]["LocalDate"];
        };
        /** @enum {string} */
        ReceiverType: "organisation" | "team";
        /** @enum {string} */
        RecordedHow: "signed-form" | "verbal" | "digital";
        RevealRequest: {
            /**
             * @description Why the full number is needed
             * @example Søknad om skoleplass krever fødselsnummer
             */
            purpose: string;
        };
        RevealedNationalId: {
            /**
             * @description Issuing country
             * @example NO
             */
            country?: components["schemas"]["Country"];
            /**
             * @description Kind of number
             * @example fodselsnummer
             */
            kind?: components["schemas"]["NationalIdKind"];
            /**
             * @description The full number in normal form (Sweden: 12 digits with the century)
             * @example 15039412345
             */
            number?: string;
            /**
             * @description The number as people write it
             * @example 15039412345
             */
            formatted?: string;
        };
        RevokeConsentRequest: {
            /**
             * @description Why the consent is revoked
             * @example Ønsker ikke lenger at helsetjenesten deler
             */
            reason: string;
        };
        /** Format: uuid */
        UUID: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listParticipants: {
        parameters: {
            query?: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Only people currently in this programme
                 * @example introduction-programme
                 */
                programme?: string;
                /**
                 * @description Part of the name, any case
                 * @example amina
                 */
                q?: string;
                /**
                 * @description Items per page, 1-200
                 * @example 50
                 */
                size?: number;
                /**
                 * @description name or registeredAt; a leading - sorts descending
                 * @example -registeredAt
                 */
                sort?: string;
                /**
                 * @description active, moved or closed
                 * @example active
                 */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPage"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a retry with the same key and the same request within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing new. A fresh random UUID per new request.
                 * @example 5f0c8a7e-2b1d-4c3e-9f6a-7d8e9f0a1b2c
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantInput"];
            };
        };
        responses: {
            /** @description Registered; Location names the new participant */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `already-registered`: the identity number is registered here already; `existingParticipantId` names the record only when the caller may see it; or `idempotency-key-in-use`: the first request with this `Idempotency-Key` is still being carried out; ask again in a second */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:already-registered",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "already-registered: the identity number is registered here already; existingParticipantId names the record only when the caller may see it; or idempotency-key-in-use: the first request with this Idempotency-Key is still being carried out; ask again in a second",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this `Idempotency-Key` was used in the last 24 hours for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:idempotency-key-reused",
                     *       "title": "HTTP 422",
                     *       "status": 422,
                     *       "detail": "idempotency-key-reused: this Idempotency-Key was used in the last 24 hours for a different request",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchAccessLog: {
        parameters: {
            query?: {
                /** @description Only entries by this subject id */
                actorSubject?: string;
                /**
                 * @description From this time (UTC)
                 * @example 2026-11-01T00:00:00Z
                 */
                from?: components["schemas"]["Instant"];
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /** @description Only entries about this person */
                participantId?: components["schemas"]["UUID"];
                /**
                 * @description Items per page, 1-200
                 * @example 50
                 */
                size?: number;
                /**
                 * @description Until this time (UTC)
                 * @example 2026-12-01T00:00:00Z
                 */
                to?: components["schemas"]["Instant"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogEntryPage"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAccessLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogVerification"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyRecords"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-registered`: no record has my number; `removedFrom` names municipalities that took it off a record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-registered",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "not-registered: no record has my number; removedFrom names municipalities that took it off a record",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyAccessLog: {
        parameters: {
            query?: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Items per page, 1-200
                 * @example 50
                 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My access log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogEntryPage"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    giveMyConsent: {
        parameters: {
            query?: {
                /** @description The record (participant id) the consent is for; needed only when several municipalities hold one */
                record?: components["schemas"]["UUID"];
            };
            header?: {
                /**
                 * @description Makes the request safe to retry: a retry with the same key and the same request within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing new. A fresh random UUID per new request.
                 * @example 5f0c8a7e-2b1d-4c3e-9f6a-7d8e9f0a1b2c
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantConsentRequest"];
            };
        };
        responses: {
            /** @description Given; the body is the consent */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description `validation`: `record` is required when I am registered in several municipalities */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-in-use`: the first request with this `Idempotency-Key` is still being carried out; ask again in a second */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:idempotency-key-in-use",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "idempotency-key-in-use: the first request with this Idempotency-Key is still being carried out; ask again in a second",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this `Idempotency-Key` was used in the last 24 hours for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:idempotency-key-reused",
                     *       "title": "HTTP 422",
                     *       "status": 422,
                     *       "detail": "idempotency-key-reused: this Idempotency-Key was used in the last 24 hours for a different request",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMyConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeConsentRequest"];
            };
        };
        responses: {
            /** @description Withdrawn; the body is the consent, now revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `consent-not-active` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:consent-not-active",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "consent-not-active",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My records, complete */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyRecords"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` the record was read with, such as `"3"`: the change is made only if the record is still at that version (412 otherwise). It says what `version` in the body says: send either, or both naming the same version.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantInput"];
            };
        };
        responses: {
            /** @description The corrected person */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `stale-version` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:stale-version",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "stale-version",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `precondition-failed`: the record is no longer at the version `If-Match` names (or the body names another): read it again and repeat the change with its new ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:precondition-failed",
                     *       "title": "HTTP 412",
                     *       "status": 412,
                     *       "detail": "precondition-failed: the record is no longer at the version If-Match names (or the body names another): read it again and repeat the change with its new ETag",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParticipantAccessLog: {
        parameters: {
            query?: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Items per page, 1-200
                 * @example 50
                 */
                size?: number;
            };
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person's access log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogEntryPage"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRequest"];
            };
        };
        responses: {
            /** @description The person, now closed */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `open-programmes` or `participant-not-active` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:open-programmes",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "open-programmes or participant-not-active",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRecord"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordParticipantMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveRequest"];
            };
        };
        responses: {
            /** @description The person, now moved */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `participant-not-active`: already moved or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:participant-not-active",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "participant-not-active: already moved or closed",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeParticipantNationalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NationalIdChangeInput"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalIdChange"];
                };
            };
            /** @description `validation`: an invalid number, or `unchanged` when it is the number the person has */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `already-registered`: another record of the municipality has this number; `existingParticipantId` only when the caller may see that record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:already-registered",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "already-registered: another record of the municipality has this number; existingParticipantId only when the caller may see that record",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revealParticipantNationalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevealRequest"];
            };
        };
        responses: {
            /** @description The full number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedNationalId"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person here, or no number recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConsents: {
        parameters: {
            query?: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Items per page, 1-200
                 * @example 50
                 */
                size?: number;
            };
            header?: never;
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the consents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentPage"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordConsent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a retry with the same key and the same request within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing new. A fresh random UUID per new request.
                 * @example 5f0c8a7e-2b1d-4c3e-9f6a-7d8e9f0a1b2c
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantConsentRequest"];
            };
        };
        responses: {
            /** @description Recorded; the body is the consent */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description `validation`; `receiver.organisationId` with code `unknown-organisation` when it names no organisation serving the person's municipality */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `consent-not-yours-to-record` (a team member or partner), or `consent-self-grant` (the receiver is the recorder's own organisation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `participant-not-active`; or `idempotency-key-in-use`: the first request with this `Idempotency-Key` is still being carried out; ask again in a second */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:participant-not-active",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "participant-not-active; or idempotency-key-in-use: the first request with this Idempotency-Key is still being carried out; ask again in a second",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this `Idempotency-Key` was used in the last 24 hours for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:idempotency-key-reused",
                     *       "title": "HTTP 422",
                     *       "status": 422,
                     *       "detail": "idempotency-key-reused: this Idempotency-Key was used in the last 24 hours for a different request",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeConsentRequest"];
            };
        };
        responses: {
            /** @description Revoked; the body is the consent, now revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `consent-not-yours-to-record` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `consent-not-active`: already revoked or expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:consent-not-active",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "consent-not-active: already revoked or expired",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNetworkPersons: {
        parameters: {
            query?: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Items per page, 1-200
                 * @example 50
                 */
                size?: number;
            };
            header?: never;
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network persons */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkPersonPage"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addNetworkPerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a retry with the same key and the same request within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing new. A fresh random UUID per new request.
                 * @example 5f0c8a7e-2b1d-4c3e-9f6a-7d8e9f0a1b2c
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkPersonInput"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkPerson"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `participant-not-active`; or `idempotency-key-in-use`: the first request with this `Idempotency-Key` is still being carried out; ask again in a second */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:participant-not-active",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "participant-not-active; or idempotency-key-in-use: the first request with this Idempotency-Key is still being carried out; ask again in a second",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this `Idempotency-Key` was used in the last 24 hours for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:idempotency-key-reused",
                     *       "title": "HTTP 422",
                     *       "status": 422,
                     *       "detail": "idempotency-key-reused: this Idempotency-Key was used in the last 24 hours for a different request",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeNetworkPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkPersonId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEnrolments: {
        parameters: {
            query?: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Items per page, 1-200
                 * @example 50
                 */
                size?: number;
            };
            header?: never;
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrolments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentPage"];
                };
            };
            /** @description Invalid request: `validation` (with `errors[]` per field) or `malformed-json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enrolParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a retry with the same key and the same request within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing new. A fresh random UUID per new request.
                 * @example 5f0c8a7e-2b1d-4c3e-9f6a-7d8e9f0a1b2c
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolRequest"];
            };
        };
        responses: {
            /** @description Enrolled */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `already-enrolled` or `participant-not-active`; or `idempotency-key-in-use`: the first request with this `Idempotency-Key` is still being carried out; ask again in a second */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:already-enrolled",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "already-enrolled or participant-not-active; or idempotency-key-in-use: the first request with this Idempotency-Key is still being carried out; ask again in a second",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this `Idempotency-Key` was used in the last 24 hours for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:idempotency-key-reused",
                     *       "title": "HTTP 422",
                     *       "status": 422,
                     *       "detail": "idempotency-key-reused: this Idempotency-Key was used in the last 24 hours for a different request",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enrolmentId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndRequest"];
            };
        };
        responses: {
            /** @description The ended enrolment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `programme-ended`: it has ended already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:programme-ended",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "programme-ended: it has ended already",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enrolmentId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendRequest"];
            };
        };
        responses: {
            /** @description The extended enrolment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolment"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:validation",
                     *       "title": "The request cannot be understood",
                     *       "status": 400,
                     *       "detail": "name: must not be blank",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your role does not allow this operation",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: nothing with this id in the caller's municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `programme-ended` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:programme-ended",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "programme-ended",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: nothing was changed; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:internal-error",
                     *       "title": "Something went wrong on our side",
                     *       "status": 500,
                     *       "detail": "The request failed on our side and was not carried out. Quote the request id if you ask for help.",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
