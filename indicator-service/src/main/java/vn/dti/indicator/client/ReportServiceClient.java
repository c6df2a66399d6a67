package vn.dti.indicator.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dti.indicator.config.IndicatorConfig;

/** Reads every page of report-service's latest accepted versions, for reconciliation. */
@ApplicationScoped
public class ReportServiceClient {

    @Inject
    @RestClient
    ReportServiceApi api;

    @Inject
    IndicatorConfig config;

    public boolean enabled() {
        return config.reconciliation().withReportService();
    }

    /** Period → digest of the province's latest accepted versions (see report-service's accepted-digests). */
    public Map<String, String> acceptedDigests(String province) {
        Map<String, String> digests = new HashMap<>();
        api.acceptedDigests(province).forEach(d -> digests.put(d.period(), d.digest()));
        return digests;
    }

    /** Every unit's latest accepted version for the period in the province (all pages), with its values. */
    public List<ObjectNode> acceptedVersions(String province, String period) {
        return allPages(province, period, true);
    }

    /** The same without the values: enough to find the units that lag, at a fraction of the cost. */
    public List<ObjectNode> acceptedVersionNumbers(String province, String period) {
        return allPages(province, period, false);
    }

    private List<ObjectNode> allPages(String province, String period, boolean values) {
        int size = config.reconciliation().pageSize();
        List<ObjectNode> items = new ArrayList<>();
        for (int page = 0;; page++) {
            ReportServiceApi.AcceptedVersionsPage answer = api.acceptedVersions(province, period, page, size, values);
            items.addAll(answer.items());
            if (answer.items().size() < size || items.size() >= answer.total()) {
                return items;
            }
        }
    }
}
