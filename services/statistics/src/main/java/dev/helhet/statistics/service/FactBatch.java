package dev.helhet.statistics.service;

import dev.helhet.common.messaging.EventReader;
import dev.helhet.statistics.domain.Fact;
import dev.helhet.statistics.domain.OrganisationName;

import java.util.ArrayList;
import java.util.List;

/** What a batch of records leaves to store: the facts and registry names of the records that carry any. */
public final class FactBatch {

    public final List<Fact> facts = new ArrayList<>();
    public final List<OrganisationName> organisations = new ArrayList<>();
    private final EventReader reader;
    private final FactExtractor extractor;

    public FactBatch(EventReader reader, FactExtractor extractor) {
        this.reader = reader;
        this.extractor = extractor;
    }

    /** Adds what the record's event leaves; fails with {@link EventReader.UnreadableEventException} for a record that is no event. */
    public void add(String record) {
        FactExtractor.Extracted extracted = extractor.extract(reader.envelope(record));
        if (extracted.fact() != null) {
            facts.add(extracted.fact());
        }
        if (extracted.organisation() != null) {
            organisations.add(extracted.organisation());
        }
    }
}
