// Generated from services/coordinators's OpenAPI document by scripts/api-types.mjs. Do not edit.

export interface paths {
    "/api/v1/coordinators/admin/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Onboard a municipality
         * @description Creates the Keycloak Organization and its first admin (role municipality-admin, who sets a password and verifies their e-mail at first sign-in), through the Keycloak admin REST API. All or nothing: the alias and the admin's e-mail are checked first, and a failure later removes what was created.
         */
        post: operations["onboardMunicipality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My people
         * @description The people I coordinate, and while a colleague is away the people of the colleague I deputise for (marked coveringFor), with flags. Newest first. Each person listed is written to their access log (resource caseload, action list).
         */
        get: operations["listMyCaseload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/caseload/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People without a coordinator
         * @description The team lead's queue, oldest registration first. Each person on the page is written to their access log (resource unassigned-queue, action list).
         */
        get: operations["listUnassignedParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/me/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My coordinators and teams
         * @description For the person signed in as themself (their token proves their identity number). The participants service says which registered records are theirs: one team per municipality that registered them. Suspended members are listed and marked: they see nothing until the person's consent covers their organisation.
         */
        get: operations["getMyTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations serving the caller's municipality
         * @description Not personal data: every member of the municipality's staff and its partner systems may read it.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Register an organisation
         * @description It serves the admin's municipality and any others named. Publishes OrganisationRegistered.
         */
        post: operations["registerOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: operations["getOrganisation"];
        /**
         * Change an organisation
         * @description Only the municipality that registered it maintains it (403 `organisation-not-owned`). Publishes OrganisationUpdated.
         */
        put: operations["updateOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/participants/{participantId}/coordinator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person's coordinator, now and before */
        get: operations["getParticipantCoordinator"];
        /**
         * Assign the coordinator, or hand over
         * @description With no coordinator: assigns (team lead, or a coordinator). With one: a warm handover by the coordinator, their deputy or a team lead, with a note for the new coordinator; the old one stays in the history. At most one is active: a concurrent assignment answers 409. Publishes CoordinatorAssigned or CoordinatorHandedOver.
         */
        put: operations["assignCoordinator"];
        post?: never;
        /**
         * Remove the coordinator
         * @description The person appears among the team lead's unassigned people. Publishes CoordinatorUnassigned.
         */
        delete: operations["unassignCoordinator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/participants/{participantId}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The team around the person
         * @description Coordinator, professionals (suspended ones marked) and network persons.
         */
        get: operations["getParticipantTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/participants/{participantId}/team/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a professional to the team
         * @description From another organisation than the coordinator's only while the person's consent covers it for basic information (409 `consent-required` otherwise). Publishes TeamMemberAdded.
         */
        post: operations["addTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/participants/{participantId}/team/members/{memberId}": {
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
         * Remove a professional from the team
         * @description Publishes TeamMemberRemoved.
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/professionals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Professionals of the municipality */
        get: operations["listProfessionals"];
        put?: never;
        /**
         * Register a professional
         * @description Links one of the municipality's own Keycloak users (by subject id; a member of the municipality's organization) to a profession and organisations. Another municipality's user, or no user at all, answers 400 `subject` with code `not-in-municipality` — the same answer for both.
         */
        post: operations["registerProfessional"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/professionals/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Me as a professional
         * @description 403 `not-a-professional` until an admin has registered you.
         */
        get: operations["getMyProfessionalRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/professionals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One professional */
        get: operations["getProfessional"];
        /** Change a professional */
        put: operations["updateProfessional"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/professionals/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an absence and its deputy
         * @description By the professional themself, a team lead or the admin. While away, the deputy sees the professional's caseload and their people.
         */
        post: operations["recordAbsence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordinators/professionals/{id}/absences/{absenceId}": {
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
         * Cancel an absence
         * @description By the professional themself, a team lead or the admin; the deputy stops seeing the caseload at once.
         */
        delete: operations["cancelAbsence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Absence: {
            /** @description Id */
            id?: components["schemas"]["UUID"];
            /**
             * @description First day away
             * @example 2022-03-10
             */
            from?: components["schemas"]["LocalDate"];
            /**
             * @description Last day away
             * @example 2022-03-10
             */
            to?: components["schemas"]["LocalDate"];
            /** @description The deputy */
            deputyId?: components["schemas"]["UUID"];
            /** @description Note */
            note?: string;
        };
        AbsenceInput: {
            /**
             * @description First day away
             * @example 2026-12-21
             */
            from: components["schemas"]["LocalDate"];
            /**
             * @description Last day away
             * @example 2027-01-03
             */
            to: components["schemas"]["LocalDate"];
            /** @description The colleague who sees the caseload meanwhile */
            deputyId: components["schemas"]["UUID"];
            /**
             * @description Note
             * @example Juleferie
             */
            note?: string;
        };
        CaseloadEntry: {
            /** @description The person */
            participantId?: components["schemas"]["UUID"];
            /** @description Their coordinator; absent in the unassigned queue */
            coordinatorId?: components["schemas"]["UUID"];
            /** @description Set when the caller sees this person as deputy for this absent colleague */
            coveringFor?: components["schemas"]["UUID"];
            /**
             * @description active, moved or closed
             * @example active
             */
            status?: string;
            /** @description When the person was registered */
            registeredAt?: components["schemas"]["Instant"];
            /**
             * @description The nearest planned end of a programme they are in
             * @example 2027-02-01
             */
            nextProgrammeEnd?: components["schemas"]["LocalDate"];
            /** @description When the nearest active consent expires */
            nextConsentExpiry?: components["schemas"]["Instant"];
            /** @description When a meeting with the person (team meeting, follow-up, transition) was last held */
            lastTeamMeetingAt?: components["schemas"]["Instant"];
            /**
             * @description The nearest date a transition the municipality's rules ask for is due by
             * @example 2027-08-02
             */
            nextTransitionDue?: components["schemas"]["LocalDate"];
            /**
             * @description What needs attention
             * @example [
             *       "programme-ending",
             *       "consent-expiring"
             *     ]
             */
            flags?: components["schemas"]["CaseloadFlag"][];
        };
        CaseloadEntryPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["CaseloadEntry"][];
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
        CaseloadFlag: "no-coordinator" | "no-recent-team-meeting" | "action-overdue" | "programme-ending" | "consent-expiring" | "suspended-team-members" | "follow-up-ended" | "transition-due" | "transition-late";
        Coordination: {
            /** @description The responsible coordinator now; absent when there is none */
            current?: components["schemas"]["CoordinatorAssignment"];
            /** @description The assignments, newest first: the latest 50 */
            history?: components["schemas"]["CoordinatorAssignment"][];
        };
        CoordinatorAssignment: {
            /** @description Id */
            id?: components["schemas"]["UUID"];
            /** @description The coordinator */
            professionalId?: components["schemas"]["UUID"];
            /**
             * @description The coordinator's name
             * @example Aisha Koordinator
             */
            professionalName?: string;
            /** @description The organisation they act for */
            organisationId?: components["schemas"]["UUID"];
            /** @description Since when */
            assignedAt?: components["schemas"]["Instant"];
            /** @description Until when, for earlier coordinators */
            endedAt?: components["schemas"]["Instant"];
            /** @description The handover note they received */
            handoverNote?: string;
        };
        CoordinatorInput: {
            /** @description The new coordinator */
            professionalId: components["schemas"]["UUID"];
            /** @description The organisation they act for (one they work for) */
            organisationId: components["schemas"]["UUID"];
            /**
             * @description Handover note for the new coordinator: what they need to know so the person never has to explain twice
             * @example Amina ønsker oppfølging på somali. Neste møte 12.01.
             */
            note?: string;
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
        FirstAdmin: {
            /**
             * @description E-mail, also their username
             * @example it-admin@baerum.kommune.no
             */
            email: string;
            /**
             * @description First name
             * @example Kari
             */
            firstName: string;
            /**
             * @description Last name
             * @example Nordmann
             */
            lastName: string;
        };
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
        MyTeam: {
            /**
             * @description The municipality whose services these are
             * @example asker
             */
            municipalityId?: string;
            /** @description The person's record there */
            participantId?: components["schemas"]["UUID"];
            /** @description The responsible coordinator; absent when there is none */
            coordinator?: components["schemas"]["MyTeamPerson"];
            /** @description The other professionals on the team */
            members?: components["schemas"]["MyTeamPerson"][];
        };
        MyTeamPerson: {
            /** @description Their sign-in id, to match entries of the person's access log */
            subject?: string;
            /**
             * @description Name
             * @example Aisha Koordinator
             */
            name?: string;
            /**
             * @description Profession
             * @example programrådgiver
             */
            profession?: string;
            /** @description The organisation they act for */
            organisationId?: components["schemas"]["UUID"];
            /**
             * @description Its name
             * @example Flyktningtjenesten Asker
             */
            organisationName?: string;
            /**
             * @description Their role on the team
             * @example veileder
             */
            role?: string;
            /**
             * @description Work phone
             * @example +47 66 00 00 00
             */
            phone?: string;
            /** @description Work e-mail */
            email?: string;
            /** @description True while the person's consent does not cover their organisation: they see nothing */
            suspended?: boolean;
        };
        MyTeams: {
            /** @description One team per record, in the order of the person's records (active first) */
            teams?: components["schemas"]["MyTeam"][];
        };
        OnboardMunicipality: {
            /**
             * @description Its id in Helhet and in tokens: lower-case, permanent
             * @example baerum
             */
            alias: string;
            /**
             * @description Its name
             * @example Bærum kommune
             */
            name: string;
            /**
             * @description Its e-mail domain
             * @example baerum.kommune.no
             */
            domain: string;
            /** @description The first municipality admin */
            firstAdmin: components["schemas"]["FirstAdmin"];
        };
        OnboardedMunicipality: {
            /**
             * @description The municipality id
             * @example baerum
             */
            alias?: string;
            /** @description The Keycloak organization id */
            organizationId?: string;
            /** @description The Keycloak user id of the first admin */
            adminUserId?: string;
            /**
             * @description How the admin gets in: email-sent, or set-password-in-keycloak when the realm sends no e-mail
             * @example email-sent
             */
            invitation?: string;
        };
        Organisation: {
            /** @description Id */
            id?: components["schemas"]["UUID"];
            /**
             * @description Name
             * @example NAV Asker
             */
            name?: string;
            /**
             * @description Kind of service
             * @example nav-office
             */
            type?: components["schemas"]["OrganisationType"];
            /** @description Phone */
            phone?: string;
            /** @description E-mail */
            email?: string;
            /** @description Address */
            address?: string;
            /** @description What it offers */
            servicesOffered?: string;
            /**
             * @description The municipality that maintains the entry
             * @example asker
             */
            ownerMunicipalityId?: string;
            /**
             * @description Municipalities it serves: the admin's own and up to 20 others
             * @example [
             *       "asker",
             *       "baerum"
             *     ]
             */
            municipalityIds?: string[];
            /**
             * Format: int64
             * @description Version for optimistic locking
             * @example 0
             */
            version?: number;
        };
        OrganisationInput: {
            /**
             * @description Name
             * @example NAV Asker
             */
            name: string;
            /**
             * @description Kind of service
             * @enum {string}
             */
            type: components["schemas"]["OrganisationType"];
            /**
             * @description Phone
             * @example +47 55 55 33 33
             */
            phone?: string;
            /**
             * @description E-mail
             * @example nav.asker@nav.example
             */
            email?: string;
            /**
             * @description Visiting or postal address
             * @example Knud Askers vei 22, 1384 Asker
             */
            address?: string;
            /**
             * @description What it offers, in a line or two
             * @example Arbeidsrettet oppfølging, økonomisk sosialhjelp, kvalifiseringsprogram
             */
            servicesOffered?: string;
            /**
             * @description Municipalities it serves besides the admin's own
             * @example [
             *       "baerum"
             *     ]
             */
            municipalityIds?: string[];
            /**
             * Format: int64
             * @description For changes: the version you read
             * @example 0
             */
            version?: number;
        };
        OrganisationPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["Organisation"][];
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
        OrganisationType: "refugee-service" | "adult-education" | "nav-office" | "health-service" | "school" | "child-welfare" | "housing" | "volunteer-centre" | "other";
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
        Professional: {
            /** @description Id */
            id?: components["schemas"]["UUID"];
            /** @description Keycloak subject id */
            subject?: string;
            /**
             * @description Name
             * @example Per Veileder
             */
            name?: string;
            /**
             * @description Profession
             * @example veileder
             */
            profession?: string;
            /** @description E-mail */
            email?: string;
            /** @description Phone */
            phone?: string;
            /**
             * @description Languages
             * @example [
             *       "nb",
             *       "en"
             *     ]
             */
            languages?: string[];
            /** @description Organisations they work for */
            organisationIds?: string[];
            /** @description Recorded absences, latest first: the latest 50 */
            absences?: components["schemas"]["Absence"][];
            /**
             * @description Home municipality
             * @example asker
             */
            municipalityId?: string;
            /**
             * Format: int64
             * @description Version for optimistic locking
             * @example 0
             */
            version?: number;
        };
        ProfessionalInput: {
            /**
             * @description The Keycloak user's subject id (sub)
             * @example 9c17dfd4-a6cd-4d26-ba6e-1434bda3167d
             */
            subject: string;
            /**
             * @description Name
             * @example Per Veileder
             */
            name: string;
            /**
             * @description Profession
             * @example veileder
             */
            profession: string;
            /** @description E-mail */
            email?: string;
            /** @description Phone */
            phone?: string;
            /**
             * @description Languages they work in
             * @example [
             *       "nb",
             *       "en",
             *       "ar"
             *     ]
             */
            languages?: string[];
            /** @description Organisations they work for */
            organisationIds: string[];
            /**
             * Format: int64
             * @description For changes: the version you read
             * @example 0
             */
            version?: number;
        };
        ProfessionalPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["Professional"][];
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
        Team: {
            /** @description The person */
            participantId?: components["schemas"]["UUID"];
            /** @description The responsible coordinator; absent when there is none */
            coordinator?: components["schemas"]["CoordinatorAssignment"];
            /** @description Professionals on the team, by when they joined */
            members?: components["schemas"]["TeamMember"][];
            /** @description Network persons */
            network?: components["schemas"]["TeamNetworkPerson"][];
        };
        TeamMember: {
            /** @description Id of the membership */
            id?: components["schemas"]["UUID"];
            /** @description The professional */
            professionalId?: components["schemas"]["UUID"];
            /**
             * @description Their name
             * @example Per Veileder
             */
            name?: string;
            /**
             * @description Their profession
             * @example veileder
             */
            profession?: string;
            /** @description The organisation they represent */
            organisationId?: components["schemas"]["UUID"];
            /**
             * @description Its name
             * @example NAV Asker
             */
            organisationName?: string;
            /**
             * @description Their role on the team
             * @example veileder
             */
            role?: string;
            /** @description Since when */
            joinedAt?: components["schemas"]["Instant"];
            /** @description True while no consent covers their organisation: they see nothing of the person */
            suspended?: boolean;
            /**
             * @description Why suspended
             * @example consent-revoked
             */
            suspensionReason?: string;
        };
        TeamMemberInput: {
            /** @description The professional */
            professionalId: components["schemas"]["UUID"];
            /** @description The organisation they represent */
            organisationId: components["schemas"]["UUID"];
            /**
             * @description Their role on the team
             * @example veileder
             */
            role: string;
        };
        TeamNetworkPerson: {
            /** @description Id of the network person in the participants service */
            networkPersonId?: components["schemas"]["UUID"];
            /** @description Whether they take part in follow-up meetings */
            joinsFollowUpMeetings?: boolean;
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
    onboardMunicipality: {
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
                "application/json": components["schemas"]["OnboardMunicipality"];
            };
        };
        responses: {
            /** @description Onboarded */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardedMunicipality"];
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
            /** @description `municipality-exists`, or `admin-email-taken`; nothing was created; or `idempotency-key-in-use`: the first request with this `Idempotency-Key` is still being carried out; ask again in a second */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:municipality-exists",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "municipality-exists, or admin-email-taken; nothing was created; or idempotency-key-in-use: the first request with this Idempotency-Key is still being carried out; ask again in a second",
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
            /** @description `identity-provider-unavailable`: Keycloak did not carry out the change; what this call had created was removed again, and a retry resumes where it stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:identity-provider-unavailable",
                     *       "title": "Temporarily unavailable",
                     *       "status": 503,
                     *       "detail": "identity-provider-unavailable: Keycloak did not carry out the change; what this call had created was removed again, and a retry resumes where it stopped",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyCaseload: {
        parameters: {
            query?: {
                /**
                 * @description Flag consents expiring within this many days
                 * @example 30
                 */
                consentExpiringDays?: number;
                /**
                 * @description Flag teams that have not met for this many weeks
                 * @example 6
                 */
                noMeetingWeeks?: number;
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Flag programmes ending within this many months
                 * @example 3
                 */
                programmeEndingMonths?: number;
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
            /** @description My caseload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadEntryPage"];
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
    listUnassignedParticipants: {
        parameters: {
            query?: {
                /**
                 * @description Flag consents expiring within this many days
                 * @example 30
                 */
                consentExpiringDays?: number;
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Flag programmes ending within this many months
                 * @example 3
                 */
                programmeEndingMonths?: number;
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
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadEntryPage"];
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
    getMyTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each municipality's coordinator and team, with work contact details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTeams"];
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
    listOrganisations: {
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
            /** @description The organisations, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
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
    registerOrganisation: {
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
                "application/json": components["schemas"]["OrganisationInput"];
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
                    "application/json": components["schemas"]["Organisation"];
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
    getOrganisation: {
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
            /** @description The organisation */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
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
    updateOrganisation: {
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
                "application/json": components["schemas"]["OrganisationInput"];
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
                    "application/json": components["schemas"]["Organisation"];
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
    getParticipantCoordinator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current coordinator and history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coordination"];
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
    assignCoordinator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoordinatorInput"];
            };
        };
        responses: {
            /** @description The coordinator now and before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coordination"];
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
            /** @description `coordinator-unchanged`, `participant-not-active`, or `conflict` (a concurrent change) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:coordinator-unchanged",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "coordinator-unchanged, participant-not-active, or conflict (a concurrent change)",
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
    unassignCoordinator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No coordinator now; the history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coordination"];
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
            /** @description `no-coordinator` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:no-coordinator",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "no-coordinator",
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
    getParticipantTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
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
    addTeamMember: {
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
                "application/json": components["schemas"]["TeamMemberInput"];
            };
        };
        responses: {
            /** @description The team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
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
            /** @description `consent-required`, `already-on-team` or `participant-not-active`; or `idempotency-key-in-use`: the first request with this `Idempotency-Key` is still being carried out; ask again in a second */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:consent-required",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "consent-required, already-on-team or participant-not-active; or idempotency-key-in-use: the first request with this Idempotency-Key is still being carried out; ask again in a second",
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
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
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
    listProfessionals: {
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
            /** @description By name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfessionalPage"];
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
    registerProfessional: {
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
                "application/json": components["schemas"]["ProfessionalInput"];
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
                    "application/json": components["schemas"]["Professional"];
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
            /** @description `already-registered`; `existingProfessionalId` when the registration is this municipality's own; or `idempotency-key-in-use`: the first request with this `Idempotency-Key` is still being carried out; ask again in a second */
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
                     *       "detail": "already-registered; existingProfessionalId when the registration is this municipality's own; or idempotency-key-in-use: the first request with this Idempotency-Key is still being carried out; ask again in a second",
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
            /** @description `identity-provider-unavailable`: Keycloak did not say whose user it is */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:identity-provider-unavailable",
                     *       "title": "Temporarily unavailable",
                     *       "status": 503,
                     *       "detail": "identity-provider-unavailable: Keycloak did not say whose user it is",
                     *       "requestId": "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyProfessionalRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My record */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Professional"];
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
    getProfessional: {
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
            /** @description The professional */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Professional"];
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
    updateProfessional: {
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
                "application/json": components["schemas"]["ProfessionalInput"];
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
                    "application/json": components["schemas"]["Professional"];
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
    recordAbsence: {
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
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbsenceInput"];
            };
        };
        responses: {
            /** @description The professional with the absence */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Professional"];
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
    cancelAbsence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                absenceId: components["schemas"]["UUID"];
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The professional without the absence */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Professional"];
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
}
