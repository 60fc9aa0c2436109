// Generated from services/agreements's OpenAPI document by scripts/api-types.mjs. Do not edit.

export interface paths {
    "/api/v1/agreements/actions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My open actions
         * @description The planned and in-progress actions the caller carries out, overdue first, for the people they may still see and in categories open to them. Each person shown is in their access log.
         */
        get: operations["listMyOpenActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/collaboration-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Collaboration agreements between services in the caller's municipality
         * @description By title; `reviewDue=true` for those whose review date has come (the admin's start page).
         */
        get: operations["listCollaborationAgreements"];
        put?: never;
        /**
         * Record a collaboration agreement
         * @description By the municipality's admin. Each party must be an organisation serving the municipality (400 `not-in-municipality` naming the party otherwise).
         */
        post: operations["createCollaborationAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/collaboration-agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A collaboration agreement
         * @description 404 for one of another municipality.
         */
        get: operations["getCollaborationAgreement"];
        /**
         * Revise a collaboration agreement
         * @description With the version read (409 `stale-version` when someone changed it meanwhile). A new review date takes it off the review list.
         */
        put: operations["updateCollaborationAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/me/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My meetings
         * @description The meetings the person takes part in (never an internal one), by time: the agenda before, the minutes once the meeting is held.
         */
        get: operations["listMyMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/me/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My plan
         * @description All of it: the person's own goal, the goals with their progress, the actions they and others agreed to; one plan per municipality that registered them (the participants service says which). With `Accept: application/pdf`: the same on paper, in the language `lang` names.
         */
        get: operations["getMyPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/me/plan/actions/{actionId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark my action in progress or done
         * @description Only an action the person carries out themself (403 `plan-not-yours-to-change` for others' and for cancelling); planned → in-progress → done, 409 `illegal-status-change` otherwise.
         */
        put: operations["changeMyActionStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/me/plan/goals/{goalId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say how a goal is going
         * @description The person's own rating (1–10), a few words, or both. 404 for a goal that is not on their plan.
         */
        post: operations["recordMyGoalProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A meeting
         * @description 404 for a meeting the caller may not see (another municipality, a person they do not follow, a category not open to them). With `Accept: application/pdf`: the notice, agenda or minutes on paper, in the language `lang` names.
         */
        get: operations["getMeeting"];
        /**
         * Rearrange a meeting
         * @description Kind, category, time, place, roles, agenda and attendees, until it is held or cancelled (409 `illegal-status-change` after). By whoever keeps the plan; with `version`, a change made meanwhile is 409 `stale-version`.
         */
        put: operations["updateMeeting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/meetings/{meetingId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a decision into an action
         * @description One step: the decision becomes an action on the person's plan, remembered as this meeting's. By the chair, the minute-taker or whoever keeps the plan; a chair or minute-taker who does not keep the plan decides only in categories open to them (403). Not for a cancelled meeting.
         */
        post: operations["recordMeetingDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/meetings/{meetingId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write the minutes
         * @description During or after the meeting, by the minute-taker, the chair or whoever keeps the plan (403 `plan-not-yours-to-change` otherwise); not for a cancelled meeting (409). With `version`, minutes written meanwhile by someone else are 409 `stale-version` rather than overwritten.
         */
        put: operations["writeMeetingMinutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/meetings/{meetingId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a meeting held or cancelled
         * @description scheduled → held | cancelled; nothing moves after (409 `illegal-status-change`). A team meeting held with the person clears the caseload flag no-recent-team-meeting.
         */
        put: operations["changeMeetingStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The person's meetings
         * @description Those whose information category the caller may see, by time, each with its attendees and decisions. The read is in the person's access log.
         */
        get: operations["listParticipantMeetings"];
        put?: never;
        /**
         * Plan a meeting
         * @description A team meeting, follow-up or transition meeting with the person, or an internal coordination meeting without them; time, place or video link, the roles agreed before it, agenda and attendees (team members and the network person by id, the person, an interpreter by language). By whoever keeps the plan.
         */
        post: operations["scheduleMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The person's plan
         * @description The goals whose information category the caller may see (a team member: what the person's consent opens to their organisation), each with its progress. A person without a plan yet has no goals. The read is in the person's access log. With `Accept: application/pdf`: the goal-and-agreement sheet to sign, in the language `lang` names.
         */
        get: operations["getParticipantPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/plan/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agree an action
         * @description A binding agreement: what, who carries it out (the person, a team member, an organisation or the network person), by when, for which goal. By the coordinator, the deputy or a team lead.
         */
        post: operations["agreeAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/plan/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Revise an action
         * @description Reword it, move its due date, give it to someone else or to another goal; by whoever keeps the plan. A done or cancelled action is kept as agreed (409 `illegal-status-change`).
         */
        put: operations["updateAction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/plan/actions/{actionId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move an action on
         * @description planned → in-progress → done | cancelled (a planned action may be done or cancelled at once); any other move is 409 `illegal-status-change`. By the professional responsible for it, the coordinator, the deputy or a team lead (403 `plan-not-yours-to-change` otherwise).
         */
        put: operations["changeActionStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/plan/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a goal
         * @description By the person's coordinator, the deputy or a team lead (403 `plan-not-yours-to-change` otherwise). The plan is made on first use. The goal starts as proposed.
         */
        post: operations["proposeGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/plan/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Revise a goal
         * @description Reword it, move its target date, or move its status on: proposed → active → achieved | not-achieved | cancelled (a proposal may be cancelled). Any other move is 409 `illegal-status-change`.
         */
        put: operations["updateGoal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/plan/goals/{goalId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record progress on a goal
         * @description The person's own rating (1–10), a note, or both; by anyone who may see the goal. 400 when there is neither.
         */
        post: operations["recordGoalProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/participants/{participantId}/plan/own-goal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write down the person's own goal
         * @description In the person's words, by whoever keeps the plan (the coordinator, the deputy or a team lead; 403 `plan-not-yours-to-change` otherwise). Empty clears it.
         */
        put: operations["updateOwnGoal"];
        post?: never;
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
        Action: {
            /** @description Id of the action */
            id: components["schemas"]["UUID"];
            /** @description The goal it serves, if any */
            goalId?: components["schemas"]["UUID"];
            /** @description The meeting whose decision it is, if any, and if the caller may know of that meeting */
            meetingId?: components["schemas"]["UUID"];
            /** @description What is to be done, as agreed */
            description: string;
            /** @description The information category: who on the team sees the action follows from the person's consent */
            category: components["schemas"]["InformationCategory"];
            /** @description Who carries it out */
            responsible: components["schemas"]["Responsible"];
            /** @description The professional, organisation or network person responsible; absent for the person */
            responsibleId?: components["schemas"]["UUID"];
            /**
             * @description By when
             * @example 2022-03-10
             */
            dueDate?: components["schemas"]["LocalDate"];
            /** @description planned, in-progress, done or cancelled */
            status: components["schemas"]["ActionStatus"];
            /** @description Still open and past its due date */
            overdue: boolean;
        };
        ActionInput: {
            /** @description The goal it serves, if any */
            goalId?: components["schemas"]["UUID"];
            /**
             * @description What is to be done, as agreed
             * @example Apply for the work practice place at Asker care home
             */
            description: string;
            /**
             * @description The information category of the action
             * @example plan
             */
            category: components["schemas"]["InformationCategory"];
            /**
             * @description Who carries it out
             * @example team-member
             */
            responsible: components["schemas"]["Responsible"];
            /** @description The professional, organisation or network person responsible (not for the person) */
            responsibleId?: components["schemas"]["UUID"];
            /**
             * @description By when
             * @example 2027-01-15
             */
            dueDate?: components["schemas"]["LocalDate"];
        };
        /** @enum {string} */
        ActionStatus: "planned" | "in-progress" | "done" | "cancelled";
        ActionStatusChange: {
            /**
             * @description The status the action moves to
             * @example in-progress
             */
            status: components["schemas"]["ActionStatus"];
        };
        /** @enum {string} */
        AttendeeKind: "team-member" | "person" | "network-person" | "interpreter";
        CollaborationAgreement: {
            /** @description Id */
            id: components["schemas"]["UUID"];
            /**
             * @description What the agreement governs
             * @example Introduction programme: NAV and refugee service
             */
            title: string;
            /**
             * @description Why the services work together
             * @example A steady transition from the programme to work or education
             */
            purpose?: string;
            /** @description The parties, each with its contact person */
            parties: components["schemas"]["CollaborationParty"][];
            /** @description The routines agreed, in order */
            routines: string[];
            /**
             * @description First day the agreement applies
             * @example 2026-01-01
             */
            validFrom: components["schemas"]["LocalDate"];
            /**
             * @description Last day it applies; open-ended when absent
             * @example 2028-12-31
             */
            validTo?: components["schemas"]["LocalDate"];
            /**
             * @description When the parties review it
             * @example 2027-06-01
             */
            reviewDate?: components["schemas"]["LocalDate"];
            /** @description It applies today */
            inForce: boolean;
            /** @description Its review date has come (shown on the admin's start page) */
            reviewDue: boolean;
            /**
             * Format: int64
             * @description The agreement's version; send it back with a change
             */
            version: number;
        };
        CollaborationAgreementInput: {
            /**
             * @description What the agreement governs
             * @example Introduction programme: NAV and refugee service
             */
            title: string;
            /**
             * @description Why the services work together
             * @example A steady transition to work
             */
            purpose?: string;
            /** @description The parties: two or more organisations */
            parties: components["schemas"]["CollaborationPartyInput"][];
            /**
             * @description The routines agreed, in order
             * @example [
             *       "NAV takes part in the transition meeting six months before the programme ends"
             *     ]
             */
            routines?: string[];
            /**
             * @description First day it applies
             * @example 2026-01-01
             */
            validFrom: components["schemas"]["LocalDate"];
            /**
             * @description Last day it applies; open-ended when absent
             * @example 2028-12-31
             */
            validTo?: components["schemas"]["LocalDate"];
            /**
             * @description When the parties review it
             * @example 2027-06-01
             */
            reviewDate?: components["schemas"]["LocalDate"];
            /**
             * Format: int64
             * @description The version read, when changing an agreement (required then)
             * @example 0
             */
            version?: number;
        };
        CollaborationAgreementPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["CollaborationAgreement"][];
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
        CollaborationParty: {
            /** @description The organisation (from the registry) */
            organisationId: components["schemas"]["UUID"];
            /** @description Its contact person for the agreement (a professional) */
            contactProfessionalId?: components["schemas"]["UUID"];
        };
        CollaborationPartyInput: {
            /** @description An organisation serving the municipality */
            organisationId: components["schemas"]["UUID"];
            /** @description Its contact person for the agreement (a professional) */
            contactProfessionalId?: components["schemas"]["UUID"];
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
        Goal: {
            /** @description Id of the goal */
            id: components["schemas"]["UUID"];
            /** @description The part of life the goal is about */
            lifeArea: components["schemas"]["LifeArea"];
            /** @description The information category of the goal: who sees it follows from the person's consent */
            category: components["schemas"]["InformationCategory"];
            /** @description The goal, in the words agreed with the person */
            description: string;
            /** @description proposed, active, achieved, not-achieved or cancelled */
            status: components["schemas"]["GoalStatus"];
            /**
             * @description When the goal should be reached
             * @example 2022-03-10
             */
            targetDate?: components["schemas"]["LocalDate"];
            /** @description Progress over time, oldest first */
            progress: components["schemas"]["Progress"][];
            /**
             * Format: int64
             * @description The goal's version
             */
            version: number;
        };
        GoalInput: {
            /**
             * @description The part of life the goal is about
             * @example work
             */
            lifeArea: components["schemas"]["LifeArea"];
            /**
             * @description The information category: who on the team sees the goal follows from the person's consent
             * @example plan
             */
            category: components["schemas"]["InformationCategory"];
            /**
             * @description The goal, in the words agreed with the person
             * @example Get a job in the health sector
             */
            description: string;
            /**
             * @description When the goal should be reached
             * @example 2027-06-30
             */
            targetDate?: components["schemas"]["LocalDate"];
        };
        GoalRevision: {
            /** @description The goal, in the words agreed with the person */
            description: string;
            /**
             * @description When the goal should be reached
             * @example 2022-03-10
             */
            targetDate?: components["schemas"]["LocalDate"];
            /**
             * @description The status it stays in or moves to
             * @example active
             */
            status: components["schemas"]["GoalStatus"];
        };
        /** @enum {string} */
        GoalStatus: "proposed" | "active" | "achieved" | "not-achieved" | "cancelled";
        /** @enum {string} */
        InformationCategory: "basic" | "plan" | "health" | "economy" | "education" | "child-welfare" | "housing";
        /**
         * Format: date-time
         * @description Between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59.999999999Z.
         */
        Instant: string;
        /** @enum {string} */
        LifeArea: "work" | "education" | "language" | "health" | "housing" | "economy" | "family" | "network" | "leisure";
        /**
         * Format: date
         * @description Between 1900-01-01 and 2200-12-31.
         */
        LocalDate: string;
        /** @description A meeting about the person, as far as the caller may see it */
        Meeting: {
            /** @description Id of the meeting */
            id: components["schemas"]["UUID"];
            /** @description The person it is about */
            participantId: components["schemas"]["UUID"];
            /** @description What the meeting is for; internal is the coordination meeting without the person */
            kind: components["schemas"]["MeetingKind"];
            /** @description Whether the person takes part */
            withPerson: boolean;
            /** @description The information category: which team members see the meeting follows from the person's consent */
            category: components["schemas"]["InformationCategory"];
            /**
             * @description When it starts
             * @example 2022-03-10T16:15:50Z
             */
            startsAt: components["schemas"]["Instant"];
            /** @description Where it is held */
            place?: string;
            /** @description The video link, for those who join from elsewhere */
            videoLink?: string;
            /** @description scheduled, held or cancelled */
            status: components["schemas"]["MeetingStatus"];
            /**
             * @description When it took place (held meetings)
             * @example 2022-03-10T16:15:50Z
             */
            heldAt?: components["schemas"]["Instant"];
            /** @description The roles agreed before the meeting */
            roles: components["schemas"]["MeetingRoles"];
            /** @description The agenda items, in order */
            agenda: string[];
            /** @description The minutes, written during or after the meeting */
            minutes?: string;
            /** @description Who takes part */
            attendees: components["schemas"]["MeetingAttendee"][];
            /** @description The decisions, each an action on the plan (those in categories open to the caller) */
            decisions: components["schemas"]["Action"][];
            /**
             * Format: int64
             * @description The meeting's version
             */
            version: number;
        };
        MeetingAttendee: {
            /** @description team-member, person, network-person or interpreter */
            kind: components["schemas"]["AttendeeKind"];
            /** @description The professional or network person; absent for the person and an interpreter */
            attendeeRef?: components["schemas"]["UUID"];
            /** @description The language an interpreter interprets (BCP 47) */
            language?: string;
        };
        MeetingAttendeeInput: {
            /**
             * @description team-member, person, network-person or interpreter
             * @example interpreter
             */
            kind: components["schemas"]["AttendeeKind"];
            /** @description The professional (team-member) or the network person (network-person); nobody else has one */
            attendeeRef?: components["schemas"]["UUID"];
            /**
             * @description The language an interpreter interprets (BCP 47)
             * @example ti
             */
            language?: string;
        };
        MeetingInput: {
            /**
             * @description What the meeting is for
             * @example team-meeting
             */
            kind: components["schemas"]["MeetingKind"];
            /**
             * @description The information category (default plan): which team members see it
             * @example plan
             */
            category?: components["schemas"]["InformationCategory"];
            /**
             * @description When it starts
             * @example 2027-01-12T09:00:00Z
             */
            startsAt: components["schemas"]["Instant"];
            /**
             * @description Where it is held
             * @example Asker rådhus, møterom 2
             */
            place?: string;
            /**
             * @description The video link (https)
             * @example https://meet.example.no/asker-team
             */
            videoLink?: string;
            /** @description The roles agreed before the meeting */
            roles?: components["schemas"]["MeetingRoles"];
            /**
             * @description The agenda items, in order
             * @example [
             *       "Språkpraksis",
             *       "Bolig"
             *     ]
             */
            agenda?: string[];
            /** @description Who takes part */
            attendees?: components["schemas"]["MeetingAttendeeInput"][];
            /**
             * Format: int64
             * @description When rearranging: the version read; a change made meanwhile is then 409 stale-version
             * @example 0
             */
            version?: number;
        };
        /** @enum {string} */
        MeetingKind: "team-meeting" | "follow-up" | "transition-18" | "transition-programme-end" | "transition-moving" | "internal";
        MeetingMinutes: {
            /**
             * @description The minutes so far (replaces what was written)
             * @example Amina fortalte om språkpraksisen. NAV undersøker arbeidstrening.
             */
            minutes: string;
            /**
             * Format: int64
             * @description The meeting's version read; a change made meanwhile is then 409 stale-version
             * @example 0
             */
            version?: number;
        };
        MeetingPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["Meeting"][];
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
        /** @description Who chairs, takes the minutes and interviews; they may change from meeting to meeting */
        MeetingRoles: {
            /** @description The professional who chairs the meeting */
            chairId?: components["schemas"]["UUID"];
            /** @description The professional who writes the minutes */
            minuteTakerId?: components["schemas"]["UUID"];
            /** @description The professional who leads the conversation with the person */
            interviewerId?: components["schemas"]["UUID"];
        };
        /** @enum {string} */
        MeetingStatus: "scheduled" | "held" | "cancelled";
        MeetingStatusChange: {
            /**
             * @description held or cancelled
             * @example held
             */
            status: components["schemas"]["MeetingStatus"];
        };
        MyAction: {
            /** @description The person whose plan it is on */
            participantId: components["schemas"]["UUID"];
            /** @description The action */
            action: components["schemas"]["Action"];
        };
        MyActionPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["MyAction"][];
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
        MyMeeting: {
            /** @description The municipality */
            municipalityId: string;
            /** @description The meeting; minutes once it is held */
            meeting: components["schemas"]["Meeting"];
        };
        MyMeetings: {
            /** @description The meetings the person takes part in, by time */
            meetings: components["schemas"]["MyMeeting"][];
        };
        MyPlan: {
            /** @description The municipality */
            municipalityId: string;
            /** @description The whole plan */
            plan: components["schemas"]["Plan"];
        };
        MyPlans: {
            /** @description One plan per municipality that registered the person */
            plans: components["schemas"]["MyPlan"][];
        };
        OwnGoal: {
            /**
             * @description The person's own goal, in their words; empty to clear it
             * @example Jeg vil jobbe som helsefagarbeider og klare meg selv
             */
            ownGoal?: string;
        };
        /** @description The person's shared plan, as far as the caller may see it */
        Plan: {
            /** @description The person */
            participantId: components["schemas"]["UUID"];
            /** @description The person's own goal, in their words; absent when the plan category is not open to the caller */
            ownGoal?: string;
            /** @description The goals whose category the caller may see */
            goals: components["schemas"]["Goal"][];
            /** @description The agreed actions whose category the caller may see, overdue first */
            actions: components["schemas"]["Action"][];
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
        Progress: {
            /** @description Id of the note */
            id: components["schemas"]["UUID"];
            /**
             * Format: int32
             * @description The person's own rating, 1–10
             */
            rating?: number;
            /** @description What happened, in a few words */
            note?: string;
            /**
             * @description When it was recorded
             * @example 2022-03-10T16:15:50Z
             */
            recordedAt: components["schemas"]["Instant"];
        };
        /** @description A rating, a note or both */
        ProgressInput: {
            /**
             * Format: int32
             * @description The person's own rating, 1–10
             * @example 6
             */
            rating?: number;
            /**
             * @description What happened, in a few words
             * @example Started language practice at the care home
             */
            note?: string;
        };
        /** @enum {string} */
        Responsible: "person" | "team-member" | "organisation" | "network-person";
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
    listMyOpenActions: {
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
            /** @description My actions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActionPage"];
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
    listCollaborationAgreements: {
        parameters: {
            query?: {
                /**
                 * @description Zero-based page
                 * @example 0
                 */
                page?: number;
                /** @description Only agreements whose review date has come */
                reviewDue?: boolean;
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
            /** @description The agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationAgreementPage"];
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
    createCollaborationAgreement: {
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
                "application/json": components["schemas"]["CollaborationAgreementInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationAgreement"];
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
    getCollaborationAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationAgreement"];
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
    updateCollaborationAgreement: {
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
                agreementId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollaborationAgreementInput"];
            };
        };
        responses: {
            /** @description Revised */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationAgreement"];
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
    listMyMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person's meetings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyMeetings"];
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
        };
    };
    getMyPlan: {
        parameters: {
            query?: {
                /** @description nb, sv, da or en */
                lang?: string;
                /** @description The municipality whose plan to print */
                municipalityId?: string;
            };
            header?: {
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person's plans (JSON), or on paper (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/json": components["schemas"]["MyPlans"];
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
    changeMyActionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionStatusChange"];
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
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
    recordMyGoalProgress: {
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
                goalId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Progress"];
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
    getMeeting: {
        parameters: {
            query?: {
                /** @description nb, sv, da or en */
                lang?: string;
            };
            header?: {
                "Accept-Language"?: string;
            };
            path: {
                meetingId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting (JSON), or on paper (PDF) */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/json": components["schemas"]["Meeting"];
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
    updateMeeting: {
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
                meetingId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description Rearranged */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
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
    recordMeetingDecision: {
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
                meetingId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionInput"];
            };
        };
        responses: {
            /** @description The action on the plan */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
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
    writeMeetingMinutes: {
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
                meetingId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingMinutes"];
            };
        };
        responses: {
            /** @description Written */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
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
    changeMeetingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingStatusChange"];
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
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
    listParticipantMeetings: {
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
            /** @description The meetings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
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
    scheduleMeeting: {
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
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description Planned; it starts as scheduled */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
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
    getParticipantPlan: {
        parameters: {
            query?: {
                /** @description nb, sv, da or en */
                lang?: string;
            };
            header?: {
                "Accept-Language"?: string;
            };
            path: {
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan (JSON), or the sheet (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/json": components["schemas"]["Plan"];
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
    agreeAction: {
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
                "application/json": components["schemas"]["ActionInput"];
            };
        };
        responses: {
            /** @description Agreed; it starts as planned */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
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
    updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionInput"];
            };
        };
        responses: {
            /** @description Revised */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
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
    changeActionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionStatusChange"];
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
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
    proposeGoal: {
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
                "application/json": components["schemas"]["GoalInput"];
            };
        };
        responses: {
            /** @description Proposed */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
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
    updateGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goalId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalRevision"];
            };
        };
        responses: {
            /** @description Revised */
            200: {
                headers: {
                    /** @description The record's version as an entity tag; send it as `If-Match` with a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
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
    recordGoalProgress: {
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
                goalId: components["schemas"]["UUID"];
                participantId: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description Path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Progress"];
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
    updateOwnGoal: {
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
                "application/json": components["schemas"]["OwnGoal"];
            };
        };
        responses: {
            /** @description The plan with the goal written down */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
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
}
