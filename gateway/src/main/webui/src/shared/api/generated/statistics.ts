// Generated from services/statistics's OpenAPI document by scripts/api-types.mjs. Do not edit.

export interface paths {
    "/api/v1/statistics/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Headline figures of the caller's municipality
         * @description Built from events, so a change shows here within seconds rather than at once.
         */
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
                        "application/json": components["schemas"]["StatisticsOverview"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        StatisticsOverview: {
            /**
             * @description The caller's active municipality
             * @example asker
             */
            municipalityId?: string;
            /**
             * Format: int64
             * @description Participants registered in the municipality
             * @example 42
             */
            participants?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
