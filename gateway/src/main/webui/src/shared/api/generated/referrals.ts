// Generated from services/referrals's OpenAPI document by scripts/api-types.mjs. Do not edit.

export interface paths {
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's referrals
         * @description Those whose every shared category the caller may see; 404 for a person the caller may not see. No handover and no timeline: read one referral for those.
         */
        get: operations["listParticipantReferrals"];
        put?: never;
        /**
         * Refer a person to a service
         * @description A draft, or sent at once (`send: true`). The sender must see the person and every category shared (400 `not-yours-to-share`); sending needs the person's consent in effect naming the receiving organisation for every category shared (409 `consent-required`, with `missingCategories`), unless it is the organisation of the person's coordinator.
         */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals to my services
         * @description Sent to an organisation the caller works for (`scope=organisation`, the default) or accepted by the caller (`scope=mine`); open ones unless `closed=true`. Flags: `no-answer` past the working days the municipality allows, `waiting-longer-than-stated` than the directory says.
         */
        get: operations["listReferralInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My referrals
         * @description Every referral sent about the person (not a draft), newest first, in every municipality that registered her (the participants service says which).
         */
        get: operations["listMyReferrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals I sent
         * @description Sent by the caller (`scope=mine`, the default) or by their organisations (`scope=organisation`), of people the caller may still see; open ones unless `closed=true`; with the outcome reported back.
         */
        get: operations["listReferralOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the directory
         * @description The services serving the caller's municipality (or `municipality`, to look ahead of a move), by name; `q` searches name, description and provider; `lifeArea` and `language` narrow it.
         */
        get: operations["searchDirectoryServices"];
        put?: never;
        /**
         * Register a service in the directory
         * @description By the municipality's admin, who keeps the entry. The provider must be an organisation of the registry serving every municipality named (400 `unknown-organisation`, `not-in-municipality` otherwise); the admin's own municipality is one of them.
         */
        post: operations["registerDirectoryService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A directory entry
         * @description One serving the caller's municipality or kept by it; 404 otherwise.
         */
        get: operations["getDirectoryService"];
        /**
         * Change a directory entry
         * @description By an admin of the municipality that keeps it (403 `service-not-owned` for another's), with the version read (409 `stale-version` when it changed meanwhile).
         */
        put: operations["updateDirectoryService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's referral settings
         * @description The defaults (version -1) until its admin sets them.
         */
        get: operations["getReferralSettings"];
        /**
         * Set the municipality's referral settings
         * @description With the version read (409 `stale-version` otherwise).
         */
        put: operations["updateReferralSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's transfers from here
         * @description 404 for a person the caller may not see.
         */
        get: operations["listParticipantTransfers"];
        put?: never;
        /**
         * Offer a person's follow-up to the municipality she moves to
         * @description By her coordinator, the deputy or a team lead (403 `transfer-not-yours` otherwise), with her consent (how she gave it) and what it lets the receiving municipality have; one open offer per person (409 `transfer-settled`).
         */
        post: operations["offerTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transfers/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfers to my municipality
         * @description For its team leads: open offers, or answered ones too (`answered=true`).
         */
        get: operations["listIncomingTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A transfer
         * @description For the sending side (who may see the person) or the receiving team leads; 404 otherwise.
         */
        get: operations["getTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transfers/{transferId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a person moving in
         * @description By a team lead of the receiving municipality: participants makes her record here from what her consent allows, and closes the old one as moved (read-only history there).
         */
        post: operations["acceptTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transfers/{transferId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a person moving in
         * @description By a team lead of the receiving municipality, with a `reason`.
         */
        post: operations["declineTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transfers/{transferId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an open offer
         * @description By the sending side, before an answer.
         */
        post: operations["withdrawTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transition-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's transition rules
         * @description Every rule the platform knows, as the municipality applies it.
         */
        get: operations["listTransitionRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transition-rules/{rule}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set how the municipality applies a rule
         * @description On or off and the lead, with the version read (409 `stale-version` otherwise). Tasks made from then on follow it.
         */
        put: operations["updateTransitionRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's transition tasks
         * @description Due ones first; `late` when still due after the date. 404 for a person the caller may not see.
         */
        get: operations["listParticipantTransitionTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A referral
         * @description With its timeline. The handover is shown to the sending side, and to the receiving service only once it has accepted. 404 for anyone on neither side.
         */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a referral
         * @description By a professional of the receiving organisation, who joins the person's team (through coordinators) and now sees the handover.
         */
        post: operations["acceptReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a referral
         * @description By the sending side, before it is completed.
         */
        post: operations["cancelReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the service delivered
         * @description By the receiving service, with an `outcome` reported back to the sender.
         */
        post: operations["completeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the service could not be delivered
         * @description By the receiving service, with a `reason` reported back to the sender.
         */
        post: operations["failReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put an accepted referral on hold
         * @description By the receiving service (a waiting list, the person away).
         */
        post: operations["holdReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a referral
         * @description By the receiving service, with a `reason` (400 without one; `other` needs a `note`).
         */
        post: operations["rejectReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a draft
         * @description By the sender or whoever keeps the person's case; needs the consent (409 `consent-required`).
         */
        post: operations["sendReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a referral on hold
         * @description Back to where it was held from (accepted or in progress).
         */
        post: operations["resumeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start delivering the service
         * @description By the receiving service, after accepting.
         */
        post: operations["startReferral"];
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
        /** @enum {string} */
        CalendarCountry: "NO" | "SE" | "DK";
        DirectoryService: {
            /** @description Id */
            id: components["schemas"]["UUID"];
            /**
             * @description Name of the service
             * @example Språkpraksis med mentor
             */
            name: string;
            /**
             * @description The organisation that provides it, as the registry names it
             * @example Frivilligsentralen
             */
            provider: string;
            /** @description The provider in the registry; absent for entries made before the registry */
            organisationId?: components["schemas"]["UUID"];
            /** @description What the service offers */
            description?: string;
            /** @description Who it is for */
            eligibility?: string;
            /** @description The languages it is given in (language codes) */
            languages: string[];
            /** @description The parts of life it helps with */
            lifeAreas: components["schemas"]["LifeArea"][];
            /**
             * Format: int32
             * @description The usual wait before it starts, in days
             */
            waitingDays?: number;
            /** @description Phone for referrers */
            phone?: string;
            /** @description E-mail for referrers */
            email?: string;
            /**
             * @description When it can be reached or visited
             * @example Man–fre 09–15
             */
            openingHours?: string;
            /** @description The municipalities it serves */
            servedMunicipalityIds: string[];
            /** @description The municipality that keeps the entry */
            keptBy: string;
            /**
             * Format: int64
             * @description The entry's version; send it back with a change
             */
            version: number;
        };
        DirectoryServiceInput: {
            /** @description The provider: an organisation of the registry serving every municipality named */
            organisationId: components["schemas"]["UUID"];
            /**
             * @description Name of the service
             * @example Språkpraksis med mentor
             */
            name: string;
            /**
             * @description What the service offers
             * @example Ukentlig språkpraksis med en frivillig mentor
             */
            description?: string;
            /**
             * @description Who it is for
             * @example Voksne i introduksjonsprogrammet
             */
            eligibility?: string;
            /**
             * @description The languages it is given in (language codes)
             * @example [
             *       "nb",
             *       "so",
             *       "ar"
             *     ]
             */
            languages?: string[];
            /**
             * @description The parts of life it helps with
             * @example [
             *       "language",
             *       "network"
             *     ]
             */
            lifeAreas?: components["schemas"]["LifeArea"][];
            /**
             * Format: int32
             * @description The usual wait before it starts, in days
             * @example 14
             */
            waitingDays?: number;
            /**
             * @description Phone for referrers
             * @example +47 66 90 12 34
             */
            phone?: string;
            /**
             * @description E-mail for referrers
             * @example mentor@frivilligsentralen.no
             */
            email?: string;
            /**
             * @description When it can be reached or visited
             * @example Man–fre 09–15
             */
            openingHours?: string;
            /**
             * @description The municipalities it serves; the caller's own among them
             * @example [
             *       "asker",
             *       "baerum"
             *     ]
             */
            servedMunicipalityIds: string[];
            /**
             * Format: int64
             * @description When changing an entry: the version read (required then)
             * @example 0
             */
            version?: number;
        };
        DirectoryServicePage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["DirectoryService"][];
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
        FailureReason: "did-not-attend" | "declined-by-person" | "could-not-deliver" | "moved" | "other";
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
        /** @description What the receiver learns once they have accepted */
        Handover: {
            /** @description The sender's summary of the person's situation */
            summary?: string;
            /** @description What matters to the person, in their words */
            whatMattersToMe?: string;
            /** @description The languages the person prefers */
            languages: string[];
            /** @description Whether the person needs an interpreter */
            interpreterNeeded: boolean;
            /** @description The language to interpret into */
            interpreterLanguage?: string;
            /** @description Goals of the plan shared */
            goals: components["schemas"]["SharedGoal"][];
            /** @description Open actions of the plan shared */
            actions: components["schemas"]["SharedAction"][];
        };
        /** @description What the person has already told, so that they need not tell it twice */
        HandoverInput: {
            /**
             * @description The sender's summary of the person's situation
             * @example Har fullført A2, ønsker B1 før jobbstart
             */
            summary?: string;
            /** @description What matters to the person, in their words */
            whatMattersToMe?: string;
            /**
             * @description The languages the person prefers (language codes)
             * @example [
             *       "so",
             *       "nb"
             *     ]
             */
            languages?: string[];
            /**
             * @description Whether the person needs an interpreter
             * @example true
             */
            interpreterNeeded?: boolean;
            /**
             * @description The language to interpret into
             * @example so
             */
            interpreterLanguage?: string;
            /** @description Goals of the person's plan shared (each in a category shared) */
            goals?: components["schemas"]["SharedGoal"][];
            /** @description Open actions of the person's plan shared (each in a category shared) */
            actions?: components["schemas"]["SharedAction"][];
        };
        /** @enum {string} */
        InformationCategory: "basic" | "plan" | "health" | "economy" | "education" | "child-welfare" | "housing";
        /**
         * Format: date-time
         * @description Between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59.999999999Z.
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        /** @enum {string} */
        LifeArea: "work" | "education" | "language" | "health" | "housing" | "economy" | "family" | "network" | "leisure";
        /**
         * Format: date
         * @description Between 1900-01-01 and 2200-12-31.
         */
        LocalDate: string;
        /** @description A referral of the person, as she sees it */
        MyReferral: {
            /** @description Id of the referral */
            id: components["schemas"]["UUID"];
            /** @description The municipality that referred her */
            municipalityId: string;
            /** @description The service she was referred to */
            service: string;
            /** @description Who gives the service */
            organisation: string;
            /** @description Who referred her */
            referredBy: string;
            /** @description Why, in the sender's words */
            reason: string;
            /** @description Where it stands */
            status: components["schemas"]["ReferralStatus"];
            /** @description When it was sent */
            requestedAt: components["schemas"]["Instant"];
            /** @description What came of it */
            outcome?: components["schemas"]["ReferralOutcome"];
            /** @description Why the service said no */
            rejectionReason?: components["schemas"]["RejectionReason"];
            /** @description Why the service could not be given */
            failureReason?: components["schemas"]["FailureReason"];
            /** @description What the service or the sender wrote when it closed */
            closingNote?: string;
            /** @description Every step so far, oldest first */
            steps: components["schemas"]["MyReferralStep"][];
        };
        MyReferralPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["MyReferral"][];
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
        /** @description One step of a referral of the person */
        MyReferralStep: {
            /** @description The step */
            step: components["schemas"]["ReferralStep"];
            /** @description When */
            at: components["schemas"]["Instant"];
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
        /** @description A referral as the caller's side sees it */
        Referral: {
            /** @description Id of the referral */
            id: components["schemas"]["UUID"];
            /** @description The person referred */
            participantId: components["schemas"]["UUID"];
            /** @description Where it stands */
            status: components["schemas"]["ReferralStatus"];
            /** @description The service referred to */
            service: components["schemas"]["ReferralParty"];
            /** @description The organisation that sent it */
            sendingOrganisation: components["schemas"]["ReferralParty"];
            /** @description The organisation of the service */
            receivingOrganisation: components["schemas"]["ReferralParty"];
            /** @description The goal of the person's plan it serves, if any */
            goalId?: components["schemas"]["UUID"];
            /** @description Why the person is referred, in the sender's words */
            reason: string;
            /** @description The information categories it shares */
            categories: components["schemas"]["InformationCategory"][];
            /**
             * @description The side the caller is on: sender or receiver
             * @enum {string}
             */
            yourSide: "sender" | "receiver";
            /** @description The steps the caller's side can take now */
            allowedSteps: components["schemas"]["ReferralStep"][];
            /** @description When it was written */
            createdAt: components["schemas"]["Instant"];
            /** @description When it was sent */
            requestedAt?: components["schemas"]["Instant"];
            /** @description When the receiving service answered */
            answeredAt?: components["schemas"]["Instant"];
            /**
             * @description The day by which an answer is due (working days of the municipality's country)
             * @example 2022-03-10
             */
            answerDueBy?: components["schemas"]["LocalDate"];
            /** @description When it closed (rejected, completed, failed or cancelled) */
            closedAt?: components["schemas"]["Instant"];
            /** @description The professional who accepted it for the receiving service */
            receivingProfessionalId?: components["schemas"]["UUID"];
            /** @description Why it was rejected */
            rejectionReason?: components["schemas"]["RejectionReason"];
            /** @description What came of it */
            outcome?: components["schemas"]["ReferralOutcome"];
            /** @description Why the service could not be delivered */
            failureReason?: components["schemas"]["FailureReason"];
            /** @description The words reported back with the outcome, failure, rejection or cancellation */
            closingNote?: string;
            /** @description What needs attention: no-answer (past the working days allowed), waiting-longer-than-stated */
            flags: string[];
            /** @description The handover: to the sender, and to the receiver once they have accepted; absent otherwise */
            handover?: components["schemas"]["Handover"];
            /** @description The steps so far, oldest first (one referral read at a time; empty in lists) */
            timeline: components["schemas"]["ReferralStepTaken"][];
            /**
             * Format: int64
             * @description The version, changed by every step
             */
            version: number;
        };
        ReferralInput: {
            /** @description The person referred */
            participantId: components["schemas"]["UUID"];
            /** @description The directory service referred to (one serving the person's municipality) */
            serviceId: components["schemas"]["UUID"];
            /** @description Which of the sender's organisations sends it; left out: the one they are on the person's team for, or coordinate the person for, or their only one */
            fromOrganisationId?: components["schemas"]["UUID"];
            /** @description The goal of the person's plan it serves, if any */
            goalId?: components["schemas"]["UUID"];
            /**
             * @description Why the person is referred: what the receiver reads before answering
             * @example Ønsker norskopplæring på kveldstid ved siden av arbeidspraksis
             */
            reason: string;
            /**
             * @description The information categories shared with the receiving organisation (basic always); the person's consent must cover each for that organisation
             * @example [
             *       "basic",
             *       "education"
             *     ]
             */
            categories?: components["schemas"]["InformationCategory"][];
            /** @description What the receiver learns once they have accepted */
            handover?: components["schemas"]["HandoverInput"];
            /**
             * @description Send it now (true), or keep it as a draft to send later (false, the default)
             * @example true
             */
            send?: boolean;
        };
        /** @enum {string} */
        ReferralOutcome: "delivered" | "partly-delivered" | "continued-elsewhere";
        ReferralPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["Referral"][];
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
        /** @description A directory service or an organisation, by id and name */
        ReferralParty: {
            /** @description Its id */
            id: components["schemas"]["UUID"];
            /** @description Its name */
            name: string;
        };
        ReferralSettings: {
            /**
             * @description The country whose public holidays count (NO, SE, DK)
             * @example NO
             */
            country: components["schemas"]["CalendarCountry"];
            /**
             * Format: int32
             * @description Working days a service has to answer a referral
             * @example 5
             */
            answerWithinWorkingDays: number;
            /**
             * Format: int64
             * @description The version read (-1 while the defaults apply)
             * @example -1
             */
            version: number;
        };
        /** @enum {string} */
        ReferralStatus: "draft" | "requested" | "accepted" | "rejected" | "in-progress" | "on-hold" | "completed" | "failed" | "cancelled";
        /** @enum {string} */
        ReferralStep: "create" | "request" | "accept" | "reject" | "start" | "hold" | "resume" | "complete" | "fail" | "cancel";
        /** @description What comes with a step: `reason` to reject or fail, `outcome` to complete */
        ReferralStepInput: {
            /**
             * @description Rejecting: no-capacity, not-eligible, wrong-service, declined-by-person, already-served or other; failing: did-not-attend, declined-by-person, could-not-deliver, moved or other
             * @example no-capacity
             */
            reason?: string;
            /**
             * @description Completing: delivered, partly-delivered or continued-elsewhere
             * @example delivered
             */
            outcome?: string;
            /**
             * @description Words for the other side (required with the reason other)
             * @example Fullt til mars; vi tar kontakt når det blir plass
             */
            note?: string;
        };
        /** @description One step of the referral's life */
        ReferralStepTaken: {
            /** @description The step */
            step: components["schemas"]["ReferralStep"];
            /** @description The status before (absent for its making) */
            from?: components["schemas"]["ReferralStatus"];
            /** @description The status after */
            to: components["schemas"]["ReferralStatus"];
            /** @description When */
            at: components["schemas"]["Instant"];
            /** @description The organisation whose professional took it */
            organisationId: components["schemas"]["UUID"];
            /** @description Whether the caller took it */
            byYou: boolean;
            /** @description The reason or outcome code given with it */
            code?: string;
            /** @description The words given with it */
            note?: string;
        };
        /** @enum {string} */
        RejectionReason: "no-capacity" | "not-eligible" | "wrong-service" | "declined-by-person" | "already-served" | "other";
        /** @description An open action of the person's plan as it stood when the referral was written */
        SharedAction: {
            /** @description The action on the plan, if it is one */
            actionId?: components["schemas"]["UUID"];
            /**
             * @description Its information category
             * @example plan
             */
            category: components["schemas"]["InformationCategory"];
            /**
             * @description What is to be done
             * @example Søke kveldskurs
             */
            what: string;
            /**
             * @description Its status on the plan
             * @example planned
             */
            status?: string;
            /**
             * @description By when
             * @example 2027-01-15
             */
            dueDate?: components["schemas"]["LocalDate"];
        };
        /** @description A goal of the person's plan as it stood when the referral was written */
        SharedGoal: {
            /** @description The goal on the plan, if it is one */
            goalId?: components["schemas"]["UUID"];
            /**
             * @description The part of life it is about
             * @example language
             */
            lifeArea: components["schemas"]["LifeArea"];
            /**
             * @description Its information category
             * @example education
             */
            category: components["schemas"]["InformationCategory"];
            /**
             * @description The goal in words
             * @example Bestå norskprøve B1
             */
            description: string;
            /**
             * @description Its status on the plan
             * @example active
             */
            status?: string;
            /**
             * @description By when
             * @example 2027-06-30
             */
            targetDate?: components["schemas"]["LocalDate"];
        };
        /** @description A person's follow-up offered to the municipality she moves to */
        Transfer: {
            /** @description Id of the transfer */
            id: components["schemas"]["UUID"];
            /** @description The person's record in the sending municipality; absent for the receiving side */
            participantId?: components["schemas"]["UUID"];
            /** @description The municipality she moves from */
            fromMunicipalityId: string;
            /** @description The municipality she moves to */
            toMunicipalityId: string;
            /** @description What her consent lets the receiving municipality have */
            categories: components["schemas"]["InformationCategory"][];
            /** @description How she gave her consent */
            consentRecordedHow: string;
            /** @description The sender's words */
            note?: string;
            /**
             * @description offered, accepted, declined or withdrawn
             * @enum {string}
             */
            status: "offered" | "accepted" | "declined" | "withdrawn";
            /** @description When it was offered */
            offeredAt: components["schemas"]["Instant"];
            /** @description When it was answered or withdrawn */
            answeredAt?: components["schemas"]["Instant"];
            /** @description Why it was declined */
            declineReason?: string;
            /**
             * @description The side the caller is on: sender or receiver
             * @enum {string}
             */
            yourSide: "sender" | "receiver";
            /** @description The handover: to the sender, and to the receiver once accepted */
            handover?: components["schemas"]["Handover"];
        };
        /** @description Words with an answer or a withdrawal */
        TransferAnswerInput: {
            /**
             * @description Why (required to decline)
             * @example Personen er allerede registrert hos oss via NAV
             */
            reason?: string;
        };
        TransferInput: {
            /** @description The person (her record here) */
            participantId: components["schemas"]["UUID"];
            /**
             * @description The municipality she moves to
             * @example harstad
             */
            toMunicipalityId: string;
            /**
             * @description What her consent lets it have (basic always)
             * @example [
             *       "basic",
             *       "plan"
             *     ]
             */
            categories?: components["schemas"]["InformationCategory"][];
            /**
             * @description How she gave her consent to the transfer
             * @example signed-form
             */
            consentRecordedHow: string;
            /**
             * @description Words to the receiving municipality
             * @example Flytter 1. mars; ønsker å fortsette i arbeidspraksis
             */
            note?: string;
            /** @description What the receiving municipality reads once it has accepted */
            handover?: components["schemas"]["HandoverInput"];
        };
        TransferPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["Transfer"][];
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
        TransitionRule: "nav-before-programme-end" | "handover-leaving-social-assistance";
        TransitionRuleInput: {
            /** @description Whether the municipality applies it */
            enabled: boolean;
            /**
             * Format: int32
             * @description Months or working days before the planned end, as the rule counts
             * @example 6
             */
            lead: number;
            /**
             * Format: int64
             * @description The version read (-1 while the defaults apply)
             * @example -1
             */
            version: number;
        };
        /** @description How the municipality applies a transition rule */
        TransitionRuleSetting: {
            /** @description The rule */
            rule: components["schemas"]["TransitionRule"];
            /**
             * @description The programme whose planned end it watches
             * @example introduction-programme
             */
            programme: string;
            /**
             * @description How the lead is counted
             * @enum {string}
             */
            leadIn: "months" | "working-days";
            /**
             * Format: int32
             * @description How long before the planned end the task is due
             * @example 6
             */
            lead: number;
            /** @description Whether the municipality applies it */
            enabled: boolean;
            /**
             * Format: int64
             * @description The version (-1 while the defaults apply)
             */
            version: number;
        };
        TransitionRuleSettingPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["TransitionRuleSetting"][];
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
        /** @description A transition a rule asks for: due by a date, then met by a referral or cancelled */
        TransitionTask: {
            /** @description Id of the task */
            id: components["schemas"]["UUID"];
            /** @description The rule that asks for it */
            rule: components["schemas"]["TransitionRule"];
            /**
             * @description By when (a working day of the municipality's country)
             * @example 2022-03-10
             */
            dueDate: components["schemas"]["LocalDate"];
            /**
             * @description due, met or cancelled
             * @enum {string}
             */
            status: "due" | "met" | "cancelled";
            /** @description Still due after its date */
            late: boolean;
            /** @description The referral that met it */
            metByReferralId?: components["schemas"]["UUID"];
        };
        TransitionTaskPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["TransitionTask"][];
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
    listParticipantReferrals: {
        parameters: {
            query: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /** @description The person */
                participantId: components["schemas"]["UUID"];
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
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
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
    createReferral: {
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
                "application/json": components["schemas"]["ReferralInput"];
            };
        };
        responses: {
            /** @description Written (and sent, when asked) */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
    listReferralInbox: {
        parameters: {
            query?: {
                /** @description Closed ones too */
                closed?: boolean;
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description organisation or mine
                 * @example organisation
                 */
                scope?: string;
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
            /** @description One page of the newest 500, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
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
    listMyReferrals: {
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
            /** @description The person's referrals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyReferralPage"];
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
            /** @description `not-registered`: no municipality has registered the person */
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
                     *       "detail": "not-registered: no municipality has registered the person",
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
            /** @description `unavailable`: the participants service did not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:unavailable",
                     *       "title": "Temporarily unavailable",
                     *       "status": 503,
                     *       "detail": "unavailable: the participants service did not answer",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReferralOutbox: {
        parameters: {
            query?: {
                /** @description Closed ones too */
                closed?: boolean;
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description mine or organisation
                 * @example mine
                 */
                scope?: string;
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
            /** @description One page of the newest 500, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
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
    searchDirectoryServices: {
        parameters: {
            query?: {
                /**
                 * @description A language it is given in
                 * @example so
                 */
                language?: string;
                /**
                 * @description A part of life the service helps with
                 * @example language
                 */
                lifeArea?: string;
                /**
                 * @description Another municipality whose services to list
                 * @example harstad
                 */
                municipality?: string;
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Words in the name, description or provider
                 * @example språk
                 */
                q?: string;
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
            /** @description One page of the first 500 services found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryServicePage"];
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
    registerDirectoryService: {
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
                "application/json": components["schemas"]["DirectoryServiceInput"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryService"];
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
    getDirectoryService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryService"];
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
    updateDirectoryService: {
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
                serviceId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectoryServiceInput"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryService"];
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
    getReferralSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralSettings"];
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
    updateReferralSettings: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` the record was read with, such as `"3"`: the change is made only if the record is still at that version (412 otherwise). It says what `version` in the body says: send either, or both naming the same version.
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralSettings"];
            };
        };
        responses: {
            /** @description Set */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralSettings"];
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
    listParticipantTransfers: {
        parameters: {
            query: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /** @description The person */
                participantId: components["schemas"]["UUID"];
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
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPage"];
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
    offerTransfer: {
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
                "application/json": components["schemas"]["TransferInput"];
            };
        };
        responses: {
            /** @description Offered */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    listIncomingTransfers: {
        parameters: {
            query?: {
                /** @description Answered ones too */
                answered?: boolean;
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
            /** @description One page of the newest 500, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPage"];
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
    getTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transferId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    acceptTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transferId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferAnswerInput"];
            };
        };
        responses: {
            /** @description Accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    declineTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transferId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferAnswerInput"];
            };
        };
        responses: {
            /** @description Declined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    withdrawTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transferId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferAnswerInput"];
            };
        };
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    listTransitionRules: {
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
            /** @description The rules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionRuleSettingPage"];
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
    updateTransitionRule: {
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
                /**
                 * @description The rule
                 * @example nav-before-programme-end
                 */
                rule: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRuleInput"];
            };
        };
        responses: {
            /** @description Set */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionRuleSetting"];
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
    listParticipantTransitionTasks: {
        parameters: {
            query: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /** @description The person */
                participantId: components["schemas"]["UUID"];
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
            /** @description The tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionTaskPage"];
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
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referral */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
    acceptReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description Accepted */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
    cancelReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
    completeReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description Completed */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
    failReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description Failed */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
    holdReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description On hold */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
    rejectReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description Rejected */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
    sendReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description Sent */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
    resumeReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description Resumed */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
    startReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralStepInput"];
            };
        };
        responses: {
            /** @description In progress */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
            /** @description `step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken 100 steps */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:step-not-allowed",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "step-not-allowed: not from the referral's status (allowedSteps says what can be done); consent-required (sending or accepting without the person's consent); limit-reached: the referral has taken 100 steps",
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
