package vn.dti.indicator.events;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.service.InputStore;
import vn.dti.indicator.repository.ScoreQueue;
import vn.dti.indicator.repository.UnitInfo;
import vn.dti.indicator.service.ScoreWorker;
import vn.dti.indicator.service.UnitDirectory;
import vn.dti.platform.events.BatchEventHandler;
import vn.dti.platform.events.EventProcessor;
import vn.dti.platform.events.IncomingEvent;
import vn.dti.platform.events.UnreadableEventException;

/**
 * Applies report events: submitted values become the SELF stage, accepted values the REVIEWED
 * (and FINAL) stage. The event id, the stored values and the unit's place in the score queue commit
 * in one transaction ({@link EventProcessor}; a polled batch of events shares it), so a redelivery changes nothing, a failure leaves
 * nothing half-done and an unavailable database is waited out in place; {@link ScoreWorker} then
 * scores the queued units of a peer group together.
 */
@ApplicationScoped
public class ReportEventsConsumer implements BatchEventHandler {

    static final String CHANNEL = "report-events";
    private static final Logger LOG = Logger.getLogger(ReportEventsConsumer.class);
    private static final Set<String> TYPES = Set.of("ReportSubmitted", "ReportAccepted", "ReportAmended");
    private static final Map<String, Stage> STAGES = Map.of("ReportSubmitted", Stage.SELF, "ReportAccepted", Stage.REVIEWED);

    @Inject
    ObjectMapper json;

    @Inject
    EventProcessor processor;

    @Inject
    InputStore inputs;

    @Inject
    UnitDirectory units;

    @Inject
    ScoreQueue queue;

    @Inject
    ScoreWorker worker;

    /** A polled batch of report events, applied in one transaction when none of them fails. */
    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void onReportEvents(List<String> records) {
        processor.processAll(CHANNEL, records);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case "ReportSubmitted" -> applyValues(Stage.SELF, readable(event.payloadAs(ReportPayload.class, json)));
            case "ReportAccepted" -> applyValues(Stage.REVIEWED, readable(event.payloadAs(ReportPayload.class, json)));
            case "ReportAmended" -> amendmentStarted(event.payloadAs(ReportAmended.class, json));
            default -> LOG.debugf("Event type %s does not concern scores", event.type());
        }
    }

    /**
     * A polled batch with set-based statements: the latest report of each unit, period and stage
     * is stored and queued (a few statements for the batch, not several per event). A batch holding
     * an amendment keeps the order of its events one by one, since an amendment and a later
     * acceptance of the same report depend on their order.
     */
    @Override
    public void applyAll(List<IncomingEvent> events) {
        if (events.stream().anyMatch(event -> !STAGES.containsKey(event.type()))) {
            events.forEach(this::apply);
            return;
        }
        Map<Stage, Map<String, ReportPayload>> latest = new EnumMap<>(Stage.class);
        for (IncomingEvent event : events) {
            ReportPayload report = readable(event.payloadAs(ReportPayload.class, json));
            latest.computeIfAbsent(STAGES.get(event.type()), stage -> new LinkedHashMap<>())
                    .merge(report.unitCode() + "|" + report.period(), report, ReportEventsConsumer::newer);
        }
        units.learnFromAll(latest.values().stream().flatMap(byUnit -> byUnit.values().stream()).toList());
        latest.forEach((stage, byUnit) -> {
            List<ReportPayload> stored = inputs.replaceAll(stage, List.copyOf(byUnit.values()));
            queue.enqueueAll(stored.stream().map(ReportPayload::unitCode).toList(),
                    stored.stream().map(ReportPayload::period).toList(), stage);
        });
        worker.wakeAfterCommit();
    }

    /** The later of two reports of a unit and period: the higher version of one report, else the later one. */
    private static ReportPayload newer(ReportPayload earlier, ReportPayload later) {
        return earlier.reportId().equals(later.reportId()) && earlier.version() > later.version() ? earlier : later;
    }

    private static ReportPayload readable(ReportPayload report) {
        if (report.unitCode() == null || report.unitCode().isBlank() || report.period() == null
                || report.values() == null) {
            throw new UnreadableEventException("report payload lacks unitCode, period or values");
        }
        return report;
    }

    private void applyValues(Stage stage, ReportPayload report) {
        units.learnFrom(report);
        if (inputs.replace(stage, report)) {
            UnitInfo unit = UnitInfo.findById(report.unitCode());
            queue.enqueue(report.unitCode(), report.period(), stage, unit.province, unit.group);
            worker.wakeAfterCommit();
            LOG.debugf("%s of %s %s v%d queued for scoring", stage, report.unitCode(), report.period(), report.version());
        }
    }

    private void amendmentStarted(ReportAmended amended) {
        inputs.markAmendmentPending(amended.unitCode(), amended.period(), amended.reportId());
    }
}
