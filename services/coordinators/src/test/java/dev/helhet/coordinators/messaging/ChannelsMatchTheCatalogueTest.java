package dev.helhet.coordinators.messaging;

import dev.helhet.testing.ChannelCatalogue;
import org.junit.jupiter.api.Test;

/** The Kafka channels in application.properties are the ones the topic catalogue (Topics.ALL) lists for coordinators. */
class ChannelsMatchTheCatalogueTest {

    @Test
    void consumesExactlyTheTopicsTheCatalogueNames() {
        ChannelCatalogue.assertMatches("coordinators");
    }
}
