package vn.dti.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dti.client.ApiClient;
import vn.dti.client.ApiException;
import vn.dti.client.api.CampaignsApi;
import vn.dti.client.api.PublicApi;
import vn.dti.client.api.RankingsApi;
import vn.dti.client.api.ReportsApi;
import vn.dti.client.model.CampaignView;
import vn.dti.client.model.DataValue;
import vn.dti.client.model.Decision;
import vn.dti.client.model.EvidenceView;
import vn.dti.client.model.NewCampaign;
import vn.dti.client.model.NewReport;
import vn.dti.client.model.PublishRequest;
import vn.dti.client.model.RankingView;
import vn.dti.client.model.ReportView;
import vn.dti.client.model.ReviewDecision;
import vn.dti.client.model.Scorecard;
import vn.dti.client.model.ValueInput;

/**
 * The flow a portal or mobile developer writes with the Java client generated from the gateway's
 * merged document (e2e-tests' build generates it): typed calls only, no hand-written JSON.
 */
class GeneratedClientIT {

    private static final String UNIT = "BDI.SNGV";
    private static final String PROVINCE = "BDI";
    private static final String GROUP = "so-ban-nganh";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suiteIsUp() throws Exception {
        RunningSuite.startMissingParts();
    }

    @Test
    void aReportTravelsFromTheReportersTasksToThePublicScorecardThroughTheGeneratedClient() throws Exception {
        ApiClient reporter = clientOf(Keycloak.tokenOf("reporter-sngv-bd"));
        ApiClient reviewer = clientOf(Keycloak.tokenOf("reviewer-bd"));
        ApiClient admin = clientOf(Keycloak.tokenOf("admin"));
        FreshPeriods.scoreMonthsIn(PROVINCE);
        String period = FreshPeriods.month(Keycloak.tokenOf("reporter-sngv-bd"), UNIT, 2017);

        CampaignView opened = new CampaignsApi(reviewer).openCampaign(new NewCampaign().title("Báo cáo tháng " + period)
                .province(PROVINCE).period(period).deadline(OffsetDateTime.now().plusDays(30)).units(List.of(UNIT)));
        CampaignView task = new CampaignsApi(reporter).listCampaigns(null).stream()
                .filter(campaign -> campaign.getId().equals(opened.getId())).findFirst().orElseThrow();
        assertEquals(UNIT, task.getMine().getUnitCode());
        assertNotNull(task.getDeadline());

        ReportsApi reports = new ReportsApi(reporter);
        ReportView draft = reports.createReport(new NewReport().unitCode(UNIT).period(period), UUID.randomUUID().toString());
        assertEquals("DRAFT", draft.getStatus().getValue());
        ReportView filled = reports.putReportValues(draft.getId(), List.of(
                value("dir.steering_committee", new DataValue(Boolean.TRUE)),
                value("dir.dx_portal_section", new DataValue(Boolean.TRUE)),
                value("fin.dx_budget", new DataValue(new BigDecimal("737340000"))),
                value("doc.signed_pct", new DataValue("64,39%"))), UUID.randomUUID().toString(), null);
        assertEquals(4, filled.getValues().size());
        assertEquals(0, new BigDecimal("64.39").compareTo(new BigDecimal(String.valueOf(valueOf(filled, "doc.signed_pct")))));

        File decision = Files.createTempFile("qd-1968-", ".pdf").toFile();
        decision.deleteOnExit();
        Files.writeString(decision.toPath(), "%PDF-1.4\n% Quyết định 1968/QĐ-UBND\n%%EOF\n", StandardCharsets.UTF_8);
        EvidenceView evidence = reports.attachEvidence(draft.getId(), UUID.randomUUID().toString(), decision, "1968/QĐ-UBND", LocalDate.of(2024, 6, 3),
                "Quyết định thành lập Ban chỉ đạo");
        assertEquals("application/pdf", evidence.getContentType());

        assertEquals("SUBMITTED", reports.submitReport(draft.getId(), UUID.randomUUID().toString()).getStatus().getValue());
        ReportView accepted = new ReportsApi(reviewer).reviewReport(draft.getId(), new ReviewDecision().decision(Decision.ACCEPT),
                UUID.randomUUID().toString());
        assertEquals("ACCEPTED", accepted.getStatus().getValue());

        RankingsApi rankings = new RankingsApi(admin);
        RankingView draftRanking = eventually(() -> {
            RankingView current = rankings.getCurrentRanking(GROUP, period, PROVINCE, null, null);
            return current.getEntries() != null && current.getEntries().size() == 1 ? current : null;
        });
        RankingView published = rankings.publishRanking(draftRanking.getId(),
                new PublishRequest().decisionNo("1968/QĐ-UBND").decisionDate(LocalDate.of(2024, 6, 3)).signer("Chủ tịch UBND tỉnh"), UUID.randomUUID().toString(), null);
        assertEquals("PUBLISHED", published.getStatus().getValue());

        PublicApi portal = new PublicApi(clientOf(null));
        assertTrue(portal.listPublishedProvinces().stream().anyMatch(p -> PROVINCE.equals(p.getCode())));
        assertTrue(portal.listPublishedPeriods(PROVINCE).stream().anyMatch(p -> period.equals(p.getCode())));
        assertTrue(portal.listPublishedGroups(period, PROVINCE).stream().anyMatch(g -> GROUP.equals(g.getCode())));
        RankingView ranking = portal.getPublishedRanking(GROUP, period, PROVINCE);
        assertEquals("1968/QĐ-UBND", ranking.getDecisionNo());
        assertEquals(UNIT, ranking.getEntries().get(0).getUnitCode());
        Scorecard scorecard = portal.getPublicScorecard(UNIT, period);
        assertEquals(UNIT, scorecard.getUnitCode());
        assertTrue(scorecard.getRank() >= 1);
        assertTrue(portal.getPublicRankHistory(UNIT).stream().anyMatch(item -> period.equals(item.getPeriod())));
    }

    private static ValueInput value(String element, DataValue value) {
        return new ValueInput().element(element).value(value);
    }

    private static Object valueOf(ReportView report, String element) {
        return report.getValues().stream().filter(v -> element.equals(v.getElement())).findFirst().orElseThrow().getValue();
    }

    private static ApiClient clientOf(String token) {
        ApiClient client = new ApiClient();
        // The JDK client's default: HTTP/2 (h2c upgrade), uploads sent without Content-Length.
        client.setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2));
        client.updateBaseUri(RunningSuite.GATEWAY);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    interface Call<T> {
        T get() throws ApiException;
    }

    /** Retries until the call answers (null: not yet), as events take a moment to flow. */
    private static <T> T eventually(Call<T> call) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        ApiException last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                T answer = call.get();
                if (answer != null) {
                    return answer;
                }
            } catch (ApiException e) {
                last = e;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no answer within " + LIMIT + (last == null ? "" : ": " + last.getResponseBody()));
    }
}
