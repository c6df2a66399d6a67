package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.restassured.path.json.JsonPath;

/**
 * The web dashboard in a real headless Chromium against the running suite and its demo data:
 * public league tables, scorecards and trends, then the signed-in views of a reviewer and a reporter.
 */
@ExtendWith(RunningSuite.class)
class DashboardIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final String PUBLISHED = "/?province=BDI&period=2023&group=so-ban-nganh";

    @Test
    void theLeagueTableShowsEveryUnitOfThePublishedRankingInItsOrderWithAChart() throws Exception {
        JsonPath ranking = given().when().get(GATEWAY + "/api/v1/public/rankings?province=BDI&period=2023&group=so-ban-nganh")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = ranking.getList("entries");
        try (Browser browser = Browser.desktop()) {
            browser.open(PUBLISHED);
            List<WebElement> rows = browser.all(By.cssSelector("#league tbody tr"));
            assertEquals(entries.size(), rows.size(), "one row per ranked unit");
            for (int i = 0; i < rows.size(); i++) {
                WebElement row = rows.get(i);
                assertEquals(entries.get(i).get("unitCode"), row.getAttribute("data-unit"));
                assertEquals(entries.get(i).get("rank") + "/" + entries.get(i).get("of"),
                        row.findElement(By.cssSelector("td.rank strong")).getText());
            }
            assertTrue(browser.await(By.id("decision")).getText().contains(ranking.getString("decisionNo")));
            browser.await(By.cssSelector("#group-chart canvas"));
            assertEquals(entries.size(), ((List<?>) browser.chartOption("group-chart", "series.0.data")).size());
            assertTrue(browser.await(By.id("download-xlsx")).getAttribute("href").contains("format=xlsx"));
            browser.screenshot("01-bang-xep-hang-cong-khai");
        }
    }

    @Test
    void clickingAUnitOpensItsScorecardWithPointsByMainIndexAgainstTheGroup() throws Exception {
        try (Browser browser = Browser.desktop()) {
            browser.open(PUBLISHED);
            browser.await(By.cssSelector("#league tr[data-unit='BDI.SNGV']")).click();
            browser.await(By.cssSelector("#pillar-chart canvas"));
            assertEquals("Sở Ngoại vụ", browser.await(By.id("card-unit")).getText());
            assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII"), browser.chartOption("pillar-chart", "xAxis.0.data"));
            assertEquals(8, ((List<?>) browser.chartOption("pillar-chart", "series.1.data")).size(), "the group's best per main index");
            assertTrue(browser.driver().getCurrentUrl().contains("unit=BDI.SNGV"), "the scorecard can be linked");
            assertFalse(browser.all(By.cssSelector("#gains li")).isEmpty(), "where the unit has points to gain");
            browser.screenshot("02-the-diem-don-vi");
        }
    }

    @Test
    void theRankTrendShowsEveryPublishedPeriodIncludingMergedPredecessors() throws Exception {
        List<Map<String, Object>> history = given().when().get(GATEWAY + "/api/v1/public/units/BDI.SKHCN/rank-history")
                .then().statusCode(200).extract().jsonPath().getList("$");
        LinkedHashSet<Object> periods = new LinkedHashSet<>();
        LinkedHashSet<Object> codes = new LinkedHashSet<>();
        history.forEach(item -> { periods.add(item.get("period")); codes.add(item.get("unitCode")); });
        try (Browser browser = Browser.desktop()) {
            browser.open(PUBLISHED + "&unit=BDI.SKHCN&lang=en");
            browser.await(By.cssSelector("#trend-chart canvas"));
            assertEquals(periods.size(), ((List<?>) browser.chartOption("trend-chart", "xAxis.0.data")).size());
            assertEquals(codes.size(), ((List<?>) browser.chartOption("trend-chart", "series")).size(),
                    "one line for the unit and one for each unit merged into it");
            assertEquals("Sign in", browser.await(By.id("login")).getText());
            browser.screenshot("03-scorecard-trend-en");
        }
    }

    @Test
    void onAPhoneTheTableAndScorecardStackAndEmbeddingHidesTheChrome() throws Exception {
        try (Browser browser = Browser.phone()) {
            browser.open(PUBLISHED + "&unit=BDI.SNGV&embed=1");
            browser.await(By.cssSelector("#pillar-chart canvas"));
            assertFalse(browser.driver().findElement(By.id("topbar")).isDisplayed(), "embedded: no header");
            long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
            assertTrue(pageWidth <= 430, "no sideways scrolling of the page on a phone: " + pageWidth);
            browser.screenshot("04-dien-thoai-nhung-the-diem");
            browser.script("window.scrollTo(0, 0);");
            browser.screenshot("04-dien-thoai-nhung-bang");
        }
    }

    @Test
    void aReviewerSeesTheProvincesDraftRankingAndWhoIsLateOrMissing() throws Exception {
        String token = Keycloak.tokenOf("reviewer-bd");
        JsonPath draft = given().auth().oauth2(token)
                .when().get(GATEWAY + "/api/v1/rankings?province=BDI&period=2024&group=so-ban-nganh")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("DRAFT", draft.getString("status"));
        try (Browser browser = Browser.desktop()) {
            browser.signIn("reviewer-bd");
            browser.open("/?view=draft&period=2024&group=so-ban-nganh");
            browser.await(By.id("draft-badge"));
            assertEquals(draft.getList("entries").size(), browser.all(By.cssSelector("#league tbody tr")).size());
            String unit = draft.getString("entries[0].unitCode");
            browser.await(By.cssSelector("#league tr[data-unit='" + unit + "']")).click();
            browser.await(By.cssSelector("#explanation details"));
            browser.screenshot("05-xep-hang-du-thao");

            browser.open("/?view=campaigns");
            browser.await(By.id("completeness"));
            List<WebElement> units = browser.all(By.cssSelector("#progress tbody tr"));
            assertFalse(units.isEmpty());
            assertTrue(units.stream().map(row -> row.getAttribute("data-timeliness"))
                    .anyMatch(state -> state.equals("LATE") || state.equals("MISSING")), "who is late or missing");
            browser.screenshot("06-tien-do-bao-cao");
        }
    }

    @Test
    void aReporterSeesOwnScoresAndSimulationButNotAnotherUnit() throws Exception {
        try (Browser browser = Browser.desktop()) {
            browser.signIn("reporter-sngv-bd");
            browser.open("/?view=mine&period=2023");
            assertTrue(browser.await(By.id("mine-unit")).getText().contains("Sở Ngoại vụ"));
            browser.await(By.cssSelector("#explanation details"));
            browser.await(By.id("sim-run")).click();
            browser.await(By.cssSelector("#sim-result:not(:empty)"));
            browser.screenshot("07-don-vi-cua-toi");

            browser.open("/?view=mine&period=2023&unit=BDI.SNV");
            browser.await(By.id("mine-forbidden"));
            assertTrue(browser.all(By.id("explanation")).isEmpty(), "nothing of the other unit is shown");
        }
    }
}
