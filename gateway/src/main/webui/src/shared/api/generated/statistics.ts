// Generated from services/statistics's OpenAPI document by scripts/api-types.mjs. Do not edit.

export interface paths {
    "/api/v1/statistics/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every indicator, its measures and dimensions
         * @description Defined in words in docs/statistics.md.
         */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/indicators/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An indicator of the caller's municipality
         * @description By month, quarter, programme, age band or the indicator's own attribute; every figure of the municipality (no name, id of a person or free text is ever part of one). Built from events: a change shows within seconds.
         */
        get: operations["getMunicipalityIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/open/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The code lists of the open data
         * @description Stable: a code, once published, keeps its meaning.
         */
        get: operations["getOpenDataCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/open/{dataset}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A data set as CSV
         * @description One figure per line: dataset, municipality, quarter, measure, value, status. A withheld figure has no value and the status `:`. Every quarter of the period is present, zeros included.
         */
        get: operations["getOpenDataCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/open/{dataset}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A data set as JSON-stat 2.0
         * @description A JSON-stat dataset (https://json-stat.org/format/) with the dimensions municipality (role geo; `region` is every municipality together), quarter (role time) and measure (role metric). A withheld figure is null in `value` with the status `:`.
         */
        get: operations["getOpenDataJsonStat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
        get: operations["getStatisticsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the last rebuild stands */
        get: operations["getStatisticsRebuildProgress"];
        put?: never;
        /**
         * Rebuild the statistics from the topics
         * @description Empties the read model and reads every topic from its first retained event; figures are incomplete until it is done (GET shows progress). 409 `rebuild-running` while one runs, `topics-incomplete` (nothing emptied) when retention has deleted events.
         */
        post: operations["startStatisticsRebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/region/indicators/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An indicator across every municipality, protected
         * @description For the platform admin: one closed quarter, by municipality (default) or a property the indicator allows. Counts from 1 to 4, and counts that would reveal one by subtraction (also to a municipality that knows its own figures), are withheld (`suppressed`). A figure as of now is by municipality only.
         */
        get: operations["getRegionIndicator"];
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
        /** @description What an indicator measures and how it may be broken down (docs/statistics.md) */
        IndicatorDefinition: {
            /**
             * @description The indicator's code
             * @example referrals
             */
            code: string;
            /** @description A figure as of now (no period) */
            snapshot: boolean;
            /**
             * @description What its rows may be
             * @example [
             *       "month",
             *       "quarter",
             *       "programme"
             *     ]
             */
            dimensions: string[];
            /** @description Its measures: code and kind (count, days, share, ratio) */
            measures: components["schemas"]["IndicatorMeasure"][];
            /**
             * @description Counts that add up: the first of each list is the sum of the others (e.g. ended = work + education + neither + moved + other)
             * @example [
             *       [
             *         "ended",
             *         "work",
             *         "education"
             *       ]
             *     ]
             */
            partitions: components["schemas"]["IndicatorPartition"][];
        };
        IndicatorDefinitionPage: {
            /** @description The items on this page, in the list's order */
            items?: components["schemas"]["IndicatorDefinition"][];
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
        /** @description One figure of an indicator */
        IndicatorMeasure: {
            /**
             * @description The measure's code
             * @example accepted
             */
            code: string;
            /**
             * @description count, days, share (0 to 1) or ratio
             * @example count
             */
            kind: string;
        };
        /** @description Measure codes: the first is the sum of the others */
        IndicatorPartition: string[];
        /** @description The figures of one key */
        IndicatorRow: {
            /**
             * @description A month (YYYY-MM), quarter (YYYY-Qn), code or organisation id; absent on the total
             * @example 2026-03
             */
            key?: string;
            /**
             * @description The name where the key is an id (an organisation)
             * @example NAV Asker
             */
            label?: string;
            /**
             * @description The measures by code: counts, shares (0 to 1), days; null when withheld or undefined
             * @example {
             *       "ended": 12,
             *       "work": 6,
             *       "workOrEducationShare": 0.667
             *     }
             */
            values: {
                [key: string]: number;
            };
            /**
             * @description The measures withheld to protect small counts
             * @example [
             *       "moved"
             *     ]
             */
            suppressed: string[];
        };
        /** @description An indicator's figures by one dimension, with the total */
        IndicatorTable: {
            /**
             * @description The indicator (docs/statistics.md)
             * @example programme-outcomes
             */
            indicator: string;
            /**
             * @description What the rows are
             * @example month
             */
            by: string;
            /**
             * @description The municipalities the figures cover
             * @example [
             *       "asker"
             *     ]
             */
            municipalities: string[];
            /**
             * @description First month of the period (YYYY-MM); absent for a figure as of now
             * @example 2026-01
             */
            from?: string;
            /**
             * @description Last month of the period (YYYY-MM); absent for a figure as of now
             * @example 2026-12
             */
            to?: string;
            /** @description Whether small counts, and what would reveal them by subtraction, are withheld (figures leaving the municipality) */
            protectedFigures: boolean;
            /** @description One row per key, the first 1000; months and quarters of the period (at most 120 months) are all present */
            rows: components["schemas"]["IndicatorRow"][];
            /** @description The figures over all rows */
            total: components["schemas"]["IndicatorRow"];
        };
        /** @description The code lists of the open data: data sets with their measures, dimensions, statuses */
        OpenDataCodes: {
            /**
             * @description Each data set's code and its measures' codes
             * @example {
             *       "referrals": [
             *         "requested",
             *         "accepted"
             *       ]
             *     }
             */
            datasets: {
                [key: string]: components["schemas"]["OpenDataMeasureCodes"];
            };
            /**
             * @description The dimensions, in the order of JSON-stat's `id`
             * @example [
             *       "municipality",
             *       "quarter",
             *       "measure"
             *     ]
             */
            dimensions: string[];
            /**
             * @description The code of the whole region in the municipality dimension
             * @example region
             */
            region: string;
            /**
             * @description How a quarter is written
             * @example YYYY-Qn
             */
            quarterFormat: string;
            /** @description Status codes and what they mean */
            statuses: {
                [key: string]: string;
            };
        };
        OpenDataMeasureCodes: string[];
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
        /** @description Where a rebuild of the statistics read model stands */
        StatisticsRebuild: {
            /**
             * @description idle, running, done or failed
             * @enum {string}
             */
            state: "idle" | "running" | "done" | "failed";
            /**
             * @description When it began
             * @example 2026-12-01T03:00:00Z
             */
            startedAt?: string;
            /**
             * @description When it ended
             * @example 2026-12-01T03:00:41Z
             */
            finishedAt?: string;
            /**
             * Format: int64
             * @description Events read from the topics so far
             * @example 1000000
             */
            events: number;
            /**
             * Format: double
             * @description Events read per second
             * @example 24390.2
             */
            eventsPerSecond: number;
            /**
             * @description The kind of failure, when it failed
             * @example TimeoutException
             */
            failure?: string;
        };
        StatisticsRebuildRequest: {
            /**
             * @description Why, for the operations log
             * @example indicator definitions changed in 1.4
             */
            reason?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listIndicators: {
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
            /** @description One page of the indicators */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorDefinitionPage"];
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
    getMunicipalityIndicator: {
        parameters: {
            query?: {
                /**
                 * @description What the rows are (month by default; programme for a figure as of now)
                 * @example month
                 */
                by?: string;
                /**
                 * @description First month, YYYY-MM (default: eleven months before `to`)
                 * @example 2026-01
                 */
                from?: string;
                /**
                 * @description Last month, YYYY-MM (default: this month)
                 * @example 2026-12
                 */
                to?: string;
                /**
                 * @description For recent-meetings: how many weeks back a meeting counts (default 8)
                 * @example 8
                 */
                weeks?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The indicator
                 * @example programme-outcomes
                 */
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorTable"];
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
    getOpenDataCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataCodes"];
                };
            };
            /** @description `too-many-requests`: over the rate the gateway allows an address; wait `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client sent more requests than the gateway allows; wait Retry-After seconds",
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
    getOpenDataCsv: {
        parameters: {
            query?: {
                /**
                 * @description First quarter, YYYY-Qn (default: seven quarters before `to`)
                 * @example 2025-Q1
                 */
                from?: string;
                /**
                 * @description Last quarter, YYYY-Qn: a closed one (default: the last closed one)
                 * @example 2026-Q3
                 */
                to?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The data set: an indicator with a period (docs/statistics.md)
                 * @example programme-outcomes
                 */
                dataset: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
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
            /** @description `too-many-requests`: over the rate the gateway allows an address; wait `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client sent more requests than the gateway allows; wait Retry-After seconds",
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
    getOpenDataJsonStat: {
        parameters: {
            query?: {
                /**
                 * @description First quarter, YYYY-Qn (default: seven quarters before `to`)
                 * @example 2025-Q1
                 */
                from?: string;
                /**
                 * @description Last quarter, YYYY-Qn: a closed one (default: the last closed one)
                 * @example 2026-Q3
                 */
                to?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The data set: an indicator with a period (docs/statistics.md)
                 * @example referrals
                 */
                dataset: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            /** @description `too-many-requests`: over the rate the gateway allows an address; wait `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client sent more requests than the gateway allows; wait Retry-After seconds",
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
    getStatisticsOverview: {
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
    getStatisticsRebuildProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsRebuild"];
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
    startStatisticsRebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatisticsRebuildRequest"];
            };
        };
        responses: {
            /** @description Started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsRebuild"];
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
            /** @description `rebuild-running` or `topics-incomplete` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:helhet:problem:rebuild-running",
                     *       "title": "Conflicts with the current state",
                     *       "status": 409,
                     *       "detail": "rebuild-running or topics-incomplete",
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
    getRegionIndicator: {
        parameters: {
            query?: {
                /**
                 * @description What the rows are (municipality by default)
                 * @example municipality
                 */
                by?: string;
                /**
                 * @description A closed quarter, YYYY-Qn (default: the last one)
                 * @example 2026-Q3
                 */
                quarter?: string;
                /**
                 * @description For recent-meetings: how many weeks back a meeting counts (default 8)
                 * @example 8
                 */
                weeks?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The indicator
                 * @example referrals
                 */
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorTable"];
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
