// Generated from services/agreements's OpenAPI document by scripts/api-types.mjs. Do not edit.

export interface paths {
    "/api/v1/agreements/collaboration-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Collaboration agreements between services in the caller's municipality */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CollaborationAgreement"];
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
        put?: never;
        post?: never;
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
         * @description The goals whose information category the caller may see (a team member: what the person's consent opens to their organisation), each with its progress. A person without a plan yet has no goals. The read is in the person's access log.
         */
        get: {
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
                /** @description The plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
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
        post: {
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
                    "application/json": components["schemas"]["ActionInput"];
                };
            };
            responses: {
                /** @description Agreed; it starts as planned */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
        put: {
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
        post: {
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
                    "application/json": components["schemas"]["GoalInput"];
                };
            };
            responses: {
                /** @description Proposed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
        put: {
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
        post: {
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
                    "application/json": components["schemas"]["ProgressInput"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
        CollaborationAgreement: {
            /** @description Id */
            id?: components["schemas"]["UUID"];
            /**
             * @description What the agreement governs
             * @example Introduction programme: NAV and refugee service
             */
            title?: string;
            /**
             * @description First day the agreement applies
             * @example 2026-01-01
             */
            validFrom?: components["schemas"]["LocalDate"];
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
            /** @description One entry per invalid field */
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
            /** @description When it was recorded */
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
export type operations = Record<string, never>;
