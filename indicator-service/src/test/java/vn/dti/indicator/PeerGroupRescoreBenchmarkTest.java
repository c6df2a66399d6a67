package vn.dti.indicator;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.service.ScoringService;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.ReportEvents;

/**
 * Benchmark, no timing assertion: rescoring one whole peer group of 4,000 units (load values,
 * BEST_IN_GROUP maxima, score, store REVIEWED and FINAL with explanations, record 8,000
 * ScoresComputed in the outbox) in one transaction, as a moved group maximum does; and a burst of
 * 1,000 acceptances in one group through the broker and the score queue. The figures are printed
 * and kept in docs/benchmarks-indicator.md.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "dti.benchmarks", matches = "true")
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class PeerGroupRescoreBenchmarkTest {

    private static final int UNITS = 4000;

    @Inject
    ScoringService scoring;

    @Inject
    EntityManager em;

    @Test
    @org.junit.jupiter.api.Order(1)
    void rescoreAPeerGroupOf4000Units() {
        seedGroup();
        long start = System.nanoTime();
        int units = QuarkusTransaction.requiringNew()
                .call(() -> scoring.recomputeGroupOf("BEN.U0001", "2023", Stage.REVIEWED));
        report("first scoring (all scores new)", units, start);

        // one unit's new budget becomes the group's highest: every unit's 2.4 moves (three times)
        for (int round = 1; round <= 3; round++) {
            long budget = 99_000_000_000L + round;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update input_value set value = ?1"
                    + " where element = 'fin.dx_budget' and input_set_id = (select id from input_set"
                    + " where unit_code = 'BEN.U0001' and stage = 'REVIEWED')").setParameter(1, budget).executeUpdate());
            start = System.nanoTime();
            units = QuarkusTransaction.requiringNew().call(() -> scoring.recompute("BEN.U0001", "2023", Stage.REVIEWED));
            report("one accepted report moves a group maximum", units, start);
        }

        // the benchmark's 16,000 events are not for the broker: keep them from delaying other tests
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_event set published_at = now()"
                + " where published_at is null and event_key like 'BEN:%'").executeUpdate());
    }

    /**
     * 1,000 acceptances of one peer group sent to the broker at once, budgets ascending so that
     * every one raises the group's highest fin.dx_budget: time until the last FINAL score is stored.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    void burstOf1000AcceptancesInOneGroup() {
        int size = 1000;
        List<Map.Entry<String, Map<String, Object>>> events = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            String unit = "BRS.D" + String.format("%04d", n);
            List<ReportEvents.Value> values = new ArrayList<>();
            for (String[] value : BURST_VALUES) {
                values.add(ReportEvents.Value.of(value[0], new BigDecimal(value[1])
                        .multiply(BigDecimal.valueOf(50 + n % 97)).divide(BigDecimal.valueOf(100))));
            }
            values.add(ReportEvents.Value.of("fin.dx_budget", 1_000_000L * n));
            events.add(new AbstractMap.SimpleEntry<>(unit, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", unit,
                    ReportEvents.report(UUID.randomUUID(), 1, unit, "DEPARTMENT", "so-ban-nganh", "2023", values))));
        }
        long start = System.nanoTime();
        ReportEvents.publishAll("dti.report.events", events);
        long sent = System.nanoTime();
        while (finalScores() < size || pending() > 0) {
            sleep();
        }
        long done = System.nanoTime();
        long startedAt = System.currentTimeMillis() - (done - start) / 1_000_000;
        System.out.printf("BENCHMARK burst of %d acceptances in one group: sent in %d ms, values of the last stored"
                + " %d ms after the first send, last FINAL score %d ms after the first send (%d ms after the last);"
                + " %d ScoresComputed recorded%n", size, (sent - start) / 1_000_000, lastValuesStored() - startedAt,
                (done - start) / 1_000_000, (done - sent) / 1_000_000, outboxEvents("BRS:so-ban-nganh"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_event set published_at = now()"
                + " where published_at is null and event_key = 'BRS:so-ban-nganh'").executeUpdate());
    }

    private static final String[][] BURST_VALUES = {{"dir.steering_committee", "1"}, {"dir.dx_news_posts", "14"},
        {"infra.staff_total", "40"}, {"infra.staff_with_computer", "36"}, {"hr.trained_staff", "25"},
        {"dvc.procedures_total", "120"}, {"dvc.online_full", "60"}, {"dvc.dossiers_received", "5000"},
        {"dvc.dossiers_online", "3100"}, {"doc.electronic_pct", "99"}, {"dvc.online_payments", "1451"}};

    private long finalScores() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from score where province_code = 'BRS' and stage = 'FINAL'").getSingleResult()).longValue());
    }

    private long lastValuesStored() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select cast(extract(epoch from max(received_at)) * 1000 as bigint) from input_set"
                + " where unit_code like 'BRS.%'").getSingleResult()).longValue());
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from score_pending where province_code = 'BRS'").getSingleResult()).longValue());
    }

    private long outboxEvents(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where event_key = ?1").setParameter(1, key).getSingleResult())
                .longValue());
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, int units, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        System.out.printf("BENCHMARK peer-group rescore, %s: %d units in %d ms (%.2f ms/unit)%n", what, units, millis,
                (double) millis / units);
    }

    @Transactional
    void seedGroup() {
        em.createNativeQuery("insert into unit_info (unit_code, name, level, unit_group, province_code, updated_at)"
                + " select 'BEN.U' || lpad(n::text, 4, '0'), 'Xã ' || n, 'COMMUNE', 'xa-phuong', 'BEN', now()"
                + " from generate_series(1, " + UNITS + ") n").executeUpdate();
        em.createNativeQuery("insert into input_set (unit_code, period, stage, report_id, report_version, received_at)"
                + " select 'BEN.U' || lpad(n::text, 4, '0'), '2023', 'REVIEWED', gen_random_uuid(), 1, now()"
                + " from generate_series(1, " + UNITS + ") n").executeUpdate();
        String values = "('dir.steering_committee', 1), ('dir.dx_portal_section', 1), ('dir.dx_news_posts', 14),"
                + " ('dir.directive_docs', 3), ('dir.annual_plan', 1), ('inst.security_policy', 1),"
                + " ('dir.dx_staff_assigned', 1), ('fin.dx_budget', 500000000), ('infra.staff_total', 40),"
                + " ('infra.staff_with_computer', 36), ('infra.computers_networked_pct', 97), ('infra.dedicated_network', 1),"
                + " ('infra.video_conference', 1), ('hr.it_staff', 1), ('hr.trained_staff', 25),"
                + " ('hr.community_tech_teams', 3), ('sec.security_level', 2), ('sec.antivirus_pct', 90),"
                + " ('sec.incidents', 1), ('dvc.procedures_total', 120), ('dvc.online_full', 60),"
                + " ('dvc.online_partial', 40), ('dvc.dossiers_received', 5000), ('dvc.dossiers_online', 3100),"
                + " ('dvc.dossiers_on_time_pct', 98.5), ('dvc.dossier_digitization_pct', 64.39),"
                + " ('dvc.result_digitization_pct', 28.42), ('doc.electronic_pct', 99), ('doc.signed_pct', 95),"
                + " ('doc.official_email_pct', 100), ('dvc.online_payments', 1451),"
                + " ('dvc.online_payment_amount', 2500000000), ('eco.einvoice_businesses', 1000),"
                + " ('soc.vneid_staff_pct', 88), ('soc.mobile_coverage_pct', 100), ('soc.household_fiber_pct', 70),"
                + " ('soc.smartphone_pct', 85.5)";
        // each unit's values vary with its number so that scores and group maxima differ
        em.createNativeQuery("insert into input_value (input_set_id, element, value, adjusted)"
                + " select s.id, v.element, case when v.value > 1 then round(v.value * (0.5 + (s.id % 97) / 97.0), 2)"
                + " else v.value end, false from input_set s cross join (values " + values + ") as v(element, value)"
                + " where s.unit_code like 'BEN.%'").executeUpdate();
    }
}
