package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
class PublicRankingResourceTest {

    @Inject
    RankingRepository rankings;

    @BeforeEach
    @Transactional
    void twoRevisionsOfAPublishedRanking() {
        if (rankings.count("province", "TST") > 0) {
            return;
        }
        rankings.persist(ranking(1, RankingStatus.SUPERSEDED, "1968/QĐ-UBND", 8));
        rankings.persist(ranking(2, RankingStatus.PUBLISHED, "2001/QĐ-UBND", 8));
    }

    @Test
    void anonymousPortalsReadTheLatestPublishedRevisionWithMovement() {
        given().when().get("/api/v1/public/rankings?province=TST&group=so-ban-nganh&period=2023")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-transform, max-age=300"))
                .body("revision", equalTo(2))
                .body("decisionNo", equalTo("2001/QĐ-UBND"))
                .body("entries[0].rank", equalTo(6))
                .body("entries[0].of", equalTo(21))
                .body("entries[0].previousRank", equalTo(8))
                .body("entries[0].movement", equalTo(2));
    }

    @Test
    void portalsDiscoverTheProvincesPeriodsAndGroupsThatHaveAPublishedRanking() {
        given().when().get("/api/v1/public/provinces")
                .then().statusCode(200)
                .body("code", org.hamcrest.Matchers.hasItem("TST"));
        given().when().get("/api/v1/public/periods?province=TST")
                .then().statusCode(200)
                .body("code", equalTo(List.of("2023")))
                .body("[0].kind", equalTo("YEAR"));
        given().when().get("/api/v1/public/groups?province=TST&period=2023")
                .then().statusCode(200)
                .body("code", equalTo(List.of("so-ban-nganh")))
                .body("[0].decisionNo", equalTo("2001/QĐ-UBND"));
        given().when().get("/api/v1/public/groups?province=TST")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void aRankingNeverPublishedIsAProblem404() {
        given().when().get("/api/v1/public/rankings?province=TST&group=xa&period=2023")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMissingQueryParameterIsNamed() {
        given().when().get("/api/v1/public/rankings?province=TST&group=xa")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("period"));
    }

    private static Ranking ranking(int revision, RankingStatus status, String decisionNo, int previousRank) {
        Ranking ranking = new Ranking();
        ranking.id = UUID.randomUUID();
        ranking.province = "TST";
        ranking.group = "so-ban-nganh";
        ranking.period = "2023";
        ranking.framework = "dti-mau-2024";
        ranking.stage = "FINAL";
        ranking.status = status;
        ranking.revision = revision;
        ranking.decisionNo = decisionNo;
        ranking.decisionDate = LocalDate.of(2024, 6, 3);
        ranking.publishedAt = Instant.now();
        RankingEntry entry = new RankingEntry();
        entry.id = UUID.randomUUID();
        entry.ranking = ranking;
        entry.rank = 6;
        entry.of = 21;
        entry.unitCode = "TST.SNGV";
        entry.unitName = "Sở Ngoại vụ";
        entry.index = new BigDecimal("0.6439");
        entry.points = new BigDecimal("643.9");
        entry.previousRank = previousRank;
        ranking.entries.add(entry);
        return ranking;
    }
}
