package dev.helhet.agreements.rest;

import dev.helhet.agreements.rest.paper.PaperLanguage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** How a sheet goes out: inline PDF in the viewer's language, never kept by a cache (it holds personal data). */
final class Paper {

    static final String PDF = "application/pdf";

    private Paper() {
    }

    static Response inline(byte[] pdf, String name, PaperLanguage language) {
        return Response.ok(pdf, PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "-" + language.code() + ".pdf\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
