package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class UnitRestructuringTest {

    @Test
    void aProvinceMergeCarriesEveryOpenUnitIntoTheReceivingProvinceWithDatedLinksAndNewCodes() {
        unit("PMA", "Tỉnh A", "PROVINCE", null, null);
        unit("PMB", "Tỉnh B", "PROVINCE", null, null);
        unit("PMA.SNV", "Sở Nội vụ A", "DEPARTMENT", "so-ban-nganh", null);
        unit("PMB.SNV", "Sở Nội vụ B", "DEPARTMENT", "so-ban-nganh", null);
        unit("PMA.SYT", "Sở Y tế A", "DEPARTMENT", "so-ban-nganh", null);
        unit("PMA.H1", "Huyện Một", "DISTRICT", "huyen", null);
        unit("PMA.X1", "Xã Một", "COMMUNE", "xa", "PMA.H1");

        post("/api/v1/units/PMA/merge", "{\"into\":\"PMB\",\"date\":\"2025-07-01\",\"reason\":\"Nghị quyết 202/2025/QH15\"}")
                .statusCode(200)
                .body("validTo", equalTo("2025-06-30"))
                .body("successorCode", equalTo("PMB"));

        admin().get("/api/v1/units/PMA.SYT").then().statusCode(200)
                .body("validTo", equalTo("2025-06-30"))
                .body("successors[0].code", equalTo("PMB.SYT"))
                .body("successors[0].date", equalTo("2025-07-01"));
        admin().get("/api/v1/units/PMB.SYT").then().statusCode(200)
                .body("province", equalTo("PMB"))
                .body("validFrom", equalTo("2025-07-01"))
                .body("predecessors.code", contains("PMA.SYT"));
        admin().get("/api/v1/units/PMA.SNV").then().body("successorCode", equalTo("PMB.SNV"));
        admin().get("/api/v1/units/PMB.X1").then().statusCode(200).body("parentCode", equalTo("PMB.H1"));
        admin().get("/api/v1/units?province=PMB&validOn=2025-07-01&size=500").then()
                .body("items.code", hasItems("PMB", "PMB.SNV", "PMB.SYT", "PMB.H1", "PMB.X1"));
        admin().get("/api/v1/units?province=PMA&validOn=2025-07-01").then().body("total", equalTo(0));

        admin().get("/api/v1/audit?unit=PMA.SYT&action=PROVINCE_MERGED").then().statusCode(200)
                .body("items.field", hasItems("successorCode", "validTo"))
                .body("items.reason", everyItem(equalTo("Nghị quyết 202/2025/QH15")))
                .body("items.actor", everyItem(equalTo("admin")));
    }

    @Test
    void aWrongMergeIsUndoneByAnAdministratorAndTheUndoIsAudited() {
        unit("UND", "Tỉnh U", "PROVINCE", null, null);
        unit("UND.SA", "Sở A", "DEPARTMENT", "so-ban-nganh", null);
        unit("UND.SB", "Sở B", "DEPARTMENT", "so-ban-nganh", null);
        post("/api/v1/units/UND.SA/merge", "{\"into\":\"UND.SB\",\"date\":\"2025-03-01\"}").statusCode(200);
        String change = admin().get("/api/v1/units/UND.SA/changes").then().statusCode(200)
                .body("[0].kind", equalTo("MERGE")).extract().path("[0].id");

        given().auth().oauth2(Tokens.reviewer("UND")).contentType(ContentType.JSON).body("{\"reason\":\"nhầm\"}")
                .when().post("/api/v1/units/changes/" + change + "/undo").then().statusCode(403);
        post("/api/v1/units/changes/" + change + "/undo", "{\"reason\":\"Nhầm đơn vị / wrong unit\"}")
                .statusCode(200).body("undoneBy", equalTo("admin"));
        post("/api/v1/units/changes/" + change + "/undo", "{\"reason\":\"again\"}").statusCode(409)
                .contentType("application/problem+json");

        admin().get("/api/v1/units/UND.SA").then().body("validTo", nullValue()).body("successorCode", nullValue())
                .body("successors", org.hamcrest.Matchers.empty());
        admin().get("/api/v1/audit?unit=UND.SA&action=UNDONE").then().body("items[0].reason", equalTo("Nhầm đơn vị / wrong unit"));
        post("/api/v1/units/UND.SA/merge", "{\"into\":\"UND.SB\",\"date\":\"2025-04-01\"}").statusCode(200);
    }

    @Test
    void levelsMustBeCompatibleAndAUnitHasOneSuccessorPerDate() {
        unit("LVL", "Tỉnh L", "PROVINCE", null, null);
        unit("LVL.SA", "Sở A", "DEPARTMENT", "so-ban-nganh", null);
        unit("LVL.SB", "Sở B", "DEPARTMENT", "so-ban-nganh", null);
        unit("LVL.SC", "Sở C", "DEPARTMENT", "so-ban-nganh", null);
        unit("LVL.H1", "Huyện Một", "DISTRICT", "huyen", null);

        post("/api/v1/units/LVL.SA/merge", "{\"into\":\"LVL.H1\",\"date\":\"2025-07-01\"}").statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("into"));
        post("/api/v1/units/LVL.H1/merge", "{\"into\":\"LVL.SC\",\"date\":\"2025-07-01\"}").statusCode(200);
        post("/api/v1/units/LVL.SA/merge", "{\"into\":\"LVL.SB\",\"date\":\"2025-07-01\"}").statusCode(200);
        post("/api/v1/units/LVL.SA/merge", "{\"into\":\"LVL.SC\",\"date\":\"2025-07-01\"}").statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"LVL.SD\",\"name\":\"Sở D\",\"level\":\"DEPARTMENT\",\"group\":\"xa\",\"validFrom\":\"2016-01-01\"}")
                .when().post("/api/v1/units").then().statusCode(422).body("errors[0].field", equalTo("group"));
    }

    @Test
    void aSplitLinksSeveralSuccessorsWhoseSharesAddUpToOne() {
        unit("SPL", "Tỉnh S", "PROVINCE", null, null);
        unit("SPL.H1", "Huyện Một", "DISTRICT", "huyen", null);
        unit("SPL.X1", "Xã Một", "COMMUNE", "xa", null);
        unit("SPL.X2", "Xã Hai", "COMMUNE", "xa", null);

        post("/api/v1/units/SPL.H1/split", "{\"date\":\"2025-07-01\",\"into\":[{\"code\":\"SPL.X1\",\"share\":0.5},{\"code\":\"SPL.X2\",\"share\":0.4}]}")
                .statusCode(422).body("errors[0].field", equalTo("into"));
        post("/api/v1/units/SPL.H1/split", "{\"date\":\"2025-07-01\",\"into\":[{\"code\":\"SPL.X1\",\"share\":0.6},{\"code\":\"SPL.X2\",\"share\":0.4}]}")
                .statusCode(200)
                .body("validTo", equalTo("2025-06-30"))
                .body("successors.code", containsInAnyOrder("SPL.X1", "SPL.X2"))
                .body("successors.kind", everyItem(equalTo("SPLIT")));
        admin().get("/api/v1/units/SPL.X2").then().body("predecessors[0].code", equalTo("SPL.H1"))
                .body("predecessors[0].share", equalTo(0.4f));
    }

    @Test
    void aDatedRenameKeepsTheEarlierNameForEarlierDays() {
        unit("REN", "Tỉnh R", "PROVINCE", null, null);
        unit("REN.STTTT", "Sở Thông tin và Truyền thông", "DEPARTMENT", "so-ban-nganh", null);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Sở Khoa học và Công nghệ\",\"effectiveFrom\":\"2025-03-01\",\"reason\":\"hợp nhất\"}")
                .when().put("/api/v1/units/REN.STTTT").then().statusCode(200)
                .body("name", equalTo("Sở Khoa học và Công nghệ"));
        admin().get("/api/v1/units/REN.STTTT?validOn=2022-01-01").then().body("name", equalTo("Sở Thông tin và Truyền thông"));
        admin().get("/api/v1/units?province=REN&validOn=2022-01-01").then()
                .body("items.name", hasItem("Sở Thông tin và Truyền thông"));
        admin().get("/api/v1/units?province=REN&validOn=2025-06-01").then()
                .body("items.name", hasItem("Sở Khoa học và Công nghệ"));
    }

    @Test
    void aUnitMovesToAnotherProvinceUnderANewCode() {
        unit("MVA", "Tỉnh MA", "PROVINCE", null, null);
        unit("MVB", "Tỉnh MB", "PROVINCE", null, null);
        unit("MVA.H1", "Huyện Biên", "DISTRICT", "huyen", null);
        unit("MVA.X9", "Xã Chín", "COMMUNE", "xa", "MVA.H1");
        post("/api/v1/units/MVA.X9/move", "{\"parentCode\":\"MVB\",\"date\":\"2025-07-01\"}").statusCode(200)
                .body("successorCode", equalTo("MVB.X9"));
        admin().get("/api/v1/units/MVB.X9").then().statusCode(200).body("parentCode", equalTo("MVB"))
                .body("group", equalTo("xa"));
    }

    @Test
    void peerGroupsAreDataPerProvinceAndNamingAnUnknownOneIsRejected() {
        unit("GRP", "Tỉnh G", "PROVINCE", null, null);
        admin().get("/api/v1/groups").then().statusCode(200)
                .body("code", hasItems("so-ban-nganh", "huyen", "xa"))
                .body("find { it.code == 'xa' }.nameVi", equalTo("Xã, phường, thị trấn"));
        post("/api/v1/groups", "{\"province\":\"GRP\",\"code\":\"dac-khu\",\"nameVi\":\"Đặc khu\",\"nameEn\":\"Special zones\",\"levels\":[\"COMMUNE\"]}")
                .statusCode(201);
        post("/api/v1/groups", "{\"province\":\"GRP\",\"code\":\"dac-khu\",\"nameVi\":\"Đặc khu\",\"nameEn\":\"Special zones\",\"levels\":[\"COMMUNE\"]}")
                .statusCode(409);
        admin().get("/api/v1/groups?province=GRP").then().body("code", hasItem("dac-khu"));
        unit("GRP.DK1", "Đặc khu Một", "COMMUNE", "dac-khu", null);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/groups/dac-khu?province=GRP").then().statusCode(409);
        admin().get("/api/v1/units?province=GRP&group=no-such-group").then().statusCode(422)
                .body("errors[0].field", equalTo("group"));
        given().auth().oauth2(Tokens.reviewer("GRP")).contentType(ContentType.JSON)
                .body("{\"province\":\"GRP\",\"code\":\"x\",\"nameVi\":\"X\",\"nameEn\":\"X\",\"levels\":[\"COMMUNE\"]}")
                .when().post("/api/v1/groups").then().statusCode(403);
        admin().get("/api/v1/audit?province=GRP&action=GROUP_CREATED").then().body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void periodsBeyondNextYearAndReportsAfterACampaignClosedAreRejected() {
        unit("PER", "Tỉnh P", "PROVINCE", null, null);
        unit("PER.SA", "Sở A", "DEPARTMENT", "so-ban-nganh", null);
        int tooLate = LocalDate.now().getYear() + 2;
        given().auth().oauth2(Tokens.reporter("PER.SA")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"PER.SA\",\"period\":\"" + tooLate + "\"}")
                .when().post("/api/v1/reports").then().statusCode(422).body("errors[0].field", equalTo("period"));

        String campaign = given().auth().oauth2(Tokens.reviewer("PER")).contentType(ContentType.JSON)
                .body("{\"province\":\"PER\",\"title\":\"Báo cáo quý\",\"period\":\"2024Q2\",\"deadline\":\""
                        + OffsetDateTime.now().plusDays(3) + "\",\"groups\":[\"so-ban-nganh\"]}")
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.reviewer("PER")).when().post("/api/v1/campaigns/" + campaign + "/close")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.reporter("PER.SA")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"PER.SA\",\"period\":\"2024Q2\"}")
                .when().post("/api/v1/reports").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aReviewerReadsOnlyTheirProvincesAudit() {
        unit("AUD", "Tỉnh Au", "PROVINCE", null, null);
        given().auth().oauth2(Tokens.reviewer("AUD")).when().get("/api/v1/audit").then().statusCode(200)
                .body("items.province", everyItem(equalTo("AUD")));
        given().auth().oauth2(Tokens.reviewer("AUD")).when().get("/api/v1/audit?province=PMB").then().statusCode(404);
        given().auth().oauth2(Tokens.reporter("AUD.X")).when().get("/api/v1/audit").then().statusCode(403);
    }

    private static void unit(String code, String name, String level, String group, String parent) {
        String groupField = group == null ? "" : ",\"group\":\"" + group + "\"";
        String parentField = parent == null ? "" : ",\"parentCode\":\"" + parent + "\"";
        int status = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\"" + level + "\",\"validFrom\":\"2016-01-01\""
                        + groupField + parentField + "}")
                .when().post("/api/v1/units").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("unit " + code + " answered " + status);
        }
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).when();
    }

    private static ValidatableResponse post(String path, String body) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).when().post(path).then();
    }
}
