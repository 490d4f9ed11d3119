package io.visitwire.sink.merge;

import io.visitwire.schemas.avro.KnownVisits;
import io.visitwire.schemas.avro.VisitEvent;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Joins each visit report (keyed by visitor and country) to the visit it describes, remembers
 * the result in a changelogged store, and forwards it under its visit id.
 */
public final class VisitMergeProcessor implements Processor<String, VisitEvent, String, VisitEvent> {

    public static final String STORE = "known-visits";
    /** A visitor's trips to one country worth remembering; older ones are not reported on again. */
    static final int MAX_REMEMBERED = 100;

    private final VisitMerger merger = new VisitMerger();
    private ProcessorContext<String, VisitEvent> context;
    private KeyValueStore<String, KnownVisits> store;

    @Override
    public void init(ProcessorContext<String, VisitEvent> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, VisitEvent> report) {
        KnownVisits known = store.get(report.key());
        VisitMerger.Result result = merger.merge(known == null ? List.of() : known.getVisits(), report.value());
        List<VisitEvent> remembered = result.known();
        if (remembered.size() > MAX_REMEMBERED) {
            remembered = remembered.subList(remembered.size() - MAX_REMEMBERED, remembered.size());
        }
        store.put(report.key(), new KnownVisits(remembered));
        context.forward(report.withKey(result.visit().getVisitId()).withValue(result.visit()));
    }
}
