package vn.dti.indicator.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.service.InputStore;
import vn.dti.indicator.service.ScoringService;
import vn.dti.indicator.service.UnitDirectory;

/**
 * Applies report events: submitted values become the SELF stage, accepted values the REVIEWED
 * (and FINAL) stage. The event id, the stored values, the new scores and their outgoing events
 * commit in one transaction, so a redelivery changes nothing and a failure leaves nothing half-done.
 */
@ApplicationScoped
public class ReportEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ReportEventsConsumer.class);

    @Inject
    ObjectMapper json;

    @Inject
    EventInbox inbox;

    @Inject
    InputStore inputs;

    @Inject
    UnitDirectory units;

    @Inject
    ScoringService scoring;

    @Incoming("report-events")
    @Blocking(ordered = true)
    @Transactional
    public void onReportEvent(String message) throws JsonProcessingException {
        JsonNode envelope = json.readTree(message);
        String type = envelope.path("type").asText();
        UUID eventId = UUID.fromString(envelope.path("eventId").asText());
        if (!inbox.firstDelivery(eventId, type)) {
            LOG.debugf("Event %s (%s) was applied before; skipped", eventId, type);
            return;
        }
        JsonNode payload = envelope.path("payload");
        switch (type) {
            case "ReportSubmitted" -> applyValues(Stage.SELF, json.treeToValue(payload, ReportPayload.class));
            case "ReportAccepted" -> applyValues(Stage.REVIEWED, json.treeToValue(payload, ReportPayload.class));
            case "ReportAmended" -> amendmentStarted(json.treeToValue(payload, ReportAmended.class));
            default -> LOG.debugf("Event type %s does not concern scores", type);
        }
    }

    private void applyValues(Stage stage, ReportPayload report) {
        units.learnFrom(report);
        if (inputs.replace(stage, report)) {
            int rescored = scoring.recompute(report.unitCode(), report.period(), stage);
            LOG.infof("%s of %s %s v%d: %d unit(s) rescored", stage, report.unitCode(), report.period(),
                    report.version(), rescored);
        }
    }

    private void amendmentStarted(ReportAmended amended) {
        inputs.markAmendmentPending(amended.unitCode(), amended.period(), amended.reportId());
    }
}
