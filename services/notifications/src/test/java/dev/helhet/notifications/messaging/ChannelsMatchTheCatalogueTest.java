package dev.helhet.notifications.messaging;

import dev.helhet.testing.ChannelCatalogue;
import org.junit.jupiter.api.Test;

/** The Kafka channels in application.properties are the ones the topic catalogue (Topics.ALL) lists for notifications. */
class ChannelsMatchTheCatalogueTest {

    @Test
    void consumesExactlyTheTopicsTheCatalogueNames() {
        ChannelCatalogue.assertMatches("notifications");
    }
}
