package dev.helhet.common.concurrency;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Tags every successful answer that is one versioned record with its version ({@code ETag: "3"}), for a later If-Match. */
public class EntityTagFilter {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EntityTagFilter.class);

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 200 || status > 299 || response.getHeaders().containsKey(EntityTags.ETAG)) {
            return;
        }
        try {
            Long version = EntityTags.versionOf(response.getEntity());
            if (version != null) {
                response.getHeaders().putSingle(EntityTags.ETAG, EntityTags.of(version));
            }
        } catch (IllegalStateException e) {
            // A tag is a courtesy: an answer goes out without one rather than not at all.
            LOG.warnf("No ETag for an answer of type %s: %s", response.getEntity().getClass().getName(), e.getMessage());
        }
    }
}
