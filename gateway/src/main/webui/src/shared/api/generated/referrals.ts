// Generated from services/referrals's OpenAPI document by scripts/api-types.mjs. Do not edit.

export interface paths {
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
        get: {
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
                     * @description Words in the name, description or provider
                     * @example språk
                     */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The services found (500 at most) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DirectoryService"][];
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
        put?: never;
        /**
         * Register a service in the directory
         * @description By the municipality's admin, who keeps the entry. The provider must be an organisation of the registry serving every municipality named (400 `unknown-organisation`, `not-in-municipality` otherwise); the admin's own municipality is one of them.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
        get: {
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
        /**
         * Change a directory entry
         * @description By an admin of the municipality that keeps it (403 `service-not-owned` for another's), with the version read (409 `stale-version` when it changed meanwhile).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        /** @enum {string} */
        LifeArea: "work" | "education" | "language" | "health" | "housing" | "economy" | "family" | "network" | "leisure";
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
