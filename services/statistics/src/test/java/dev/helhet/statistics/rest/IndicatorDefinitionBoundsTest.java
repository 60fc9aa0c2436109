package dev.helhet.statistics.rest;

import dev.helhet.statistics.domain.Dimension;
import dev.helhet.statistics.domain.Indicator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every indicator keeps within the bounds the OpenAPI document declares for its definition. */
class IndicatorDefinitionBoundsTest {

    @Test
    void everyIndicatorKeepsWithinTheDeclaredBounds() {
        assertTrue(Dimension.values().length <= IndicatorResource.MOST_DIMENSIONS, "dimensions");
        for (Indicator indicator : Indicator.values()) {
            assertTrue(indicator.measures().size() <= IndicatorResource.MOST_MEASURES, indicator + " measures");
            assertTrue(indicator.partitions().size() <= IndicatorResource.MOST_PARTITIONS, indicator + " partitions");
        }
    }
}
