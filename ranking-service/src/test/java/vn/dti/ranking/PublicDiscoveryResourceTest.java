package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.ranking.repository.Ranking;
import vn.dti.ranking.repository.RankingEntry;
import vn.dti.ranking.repository.RankingRepository;
import vn.dti.ranking.repository.RankingStatus;
import vn.dti.ranking.support.InfrastructureTestResource;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class PublicDiscoveryResourceTest {

    @Inject
    RankingRepository rankings;

    @BeforeEach
    @Transactional
    void publishedAndDraftRankingsOfAProvince() {
        if (rankings.count("province", "TSD") > 0) {
            return;
        }
        rankings.persist(ranking("2022", "so-ban-nganh", RankingStatus.PUBLISHED, "TSD.SNV", 3));
        rankings.persist(ranking("2023", "so-ban-nganh", RankingStatus.PUBLISHED, "TSD.SNV", 1));
        rankings.persist(ranking("2023", "huyen", RankingStatus.PUBLISHED, "TSD.H1", 2));
        rankings.persist(ranking("2024", "so-ban-nganh", RankingStatus.DRAFT, "TSD.SNV", 2));
    }

    @Test
    void provincesAreThoseWithAPublishedRanking() {
        given().when().get("/api/v1/public/provinces")
                .then().statusCode(200)
                .body("code", hasItem("TSD"));
    }

    @Test
    void periodsAreOnlyPublishedOnesNewestFirstWithLabels() {
        given().when().get("/api/v1/public/periods?province=TSD")
                .then().statusCode(200)
                .body("code", equalTo(List.of("2023", "2022")))
                .body("[0].labelVi", equalTo("Năm 2023"))
                .body("[0].labelEn", equalTo("Year 2023"));
    }

    @Test
    void groupsOfAPeriodCarryTheirDecisionAndSize() {
        given().when().get("/api/v1/public/groups?province=TSD&period=2023")
                .then().statusCode(200)
                .body("code", equalTo(List.of("huyen", "so-ban-nganh")))
                .body("[1].units", equalTo(1))
                .body("[1].decisionNo", startsWith("QĐ-2023"));
        given().when().get("/api/v1/public/groups?province=TSD&period=2024")
                .then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aBadPeriodIsAProblemNamingIt() {
        given().when().get("/api/v1/public/groups?province=TSD&period=20x3")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void publicRankHistoryShowsPublishedPeriodsOnly() {
        given().when().get("/api/v1/public/units/TSD.SNV/rank-history")
                .then().statusCode(200)
                .body("period", equalTo(List.of("2022", "2023")))
                .body("rank", equalTo(List.of(3, 1)))
                .body("period", not(hasItem("2024")));
    }

    @Test
    void thePublishedRankingDownloadsAsCsvAndXlsxWithoutAToken() {
        given().when().get("/api/v1/public/rankings/export?province=TSD&group=so-ban-nganh&period=2023&format=csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"xep-hang_TSD_so-ban-nganh_2023"));
        given().when().get("/api/v1/public/rankings/export?province=TSD&group=so-ban-nganh&period=2023&format=xlsx")
                .then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats"));
        given().when().get("/api/v1/public/rankings/export?province=TSD&group=so-ban-nganh&period=2024&format=csv")
                .then().statusCode(404);
        given().when().get("/api/v1/public/rankings/export?province=TSD&group=so-ban-nganh&period=2023&format=pdf")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("format"));
    }

    private static Ranking ranking(String period, String group, RankingStatus status, String unit, int rank) {
        Ranking ranking = new Ranking();
        ranking.id = UUID.randomUUID();
        ranking.province = "TSD";
        ranking.group = group;
        ranking.period = period;
        ranking.framework = "dti-mau-2024";
        ranking.stage = "FINAL";
        ranking.status = status;
        ranking.revision = 1;
        if (status == RankingStatus.PUBLISHED) {
            ranking.decisionNo = "QĐ-" + period;
            ranking.decisionDate = LocalDate.of(Integer.parseInt(period) + 1, 3, 1);
            ranking.publishedAt = Instant.now();
        }
        ranking.updatedAt = Instant.now();
        RankingEntry entry = new RankingEntry();
        entry.id = UUID.randomUUID();
        entry.ranking = ranking;
        entry.rank = rank;
        entry.of = 3;
        entry.unitCode = unit;
        entry.unitName = unit;
        entry.index = new BigDecimal("0.5");
        entry.points = new BigDecimal("500");
        ranking.entries.add(entry);
        return ranking;
    }
}
