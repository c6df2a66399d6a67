package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The learned precision check on invented candidates: its features, its model, its threshold and where it sits in the engine. */
class ProposalCheckTest {

    private static Clause wholeClause(String lower) {
        return new Clause(0, lower.length(), 0, lower.length(), false, false, 0, true, lower.contains("%"));
    }

    private static Candidate at(String lower, String element, String figure, Object value, double confidence, String source) {
        int start = lower.indexOf(figure);
        return new Candidate(element, value, start, start + figure.length(), confidence, source);
    }

    @Test
    void featuresNameTheScopeWordsCrossedWithTheReportsLevel() {
        String lower = "toàn tỉnh đã tiếp nhận 12.500 hồ sơ trực tuyến";
        Candidate c = at(lower, "dvc.dossiers_received", "12.500 hồ sơ", new BigDecimal("12500"), 0.78, "lexicon:dvc.dossiers_received#1");
        List<String> f = ProposalFeatures.of(c, lower, wholeClause(lower), UnitLevel.DISTRICT, List.of(c));
        assertTrue(f.contains("s:toàn_tỉnh"), f.toString());
        assertTrue(f.contains("lvl-s:DISTRICT|toàn_tỉnh"), f.toString());
        assertTrue(f.contains("src:lexicon:dvc.dossiers_received#1") && f.contains("kind:lexicon"), f.toString());
        assertTrue(f.contains("conf:0.75"), f.toString());
        assertTrue(f.contains("u:hồ"), "the unit after the figure: " + f);
        assertTrue(f.contains("fw:dvc|trực"), "words crossed with the element's family: " + f);
        assertFalse(f.stream().anyMatch(x -> x.contains(" ") || x.contains("\t")), "a feature is one token");
    }

    @Test
    void featuresNameAPartAfterTrongDoAndAnotherValueOfTheElement() {
        String lower = "tiếp nhận 5.300 hồ sơ, trong đó 4.120 hồ sơ trực tuyến";
        Candidate whole = at(lower, "dvc.dossiers_received", "5.300 hồ sơ", new BigDecimal("5300"), 0.82, "rule:dvc.dossiers_received#2");
        Candidate part = at(lower, "dvc.dossiers_received", "4.120 hồ sơ", new BigDecimal("4120"), 0.70, "lexicon:dvc.dossiers_received#1");
        List<Candidate> all = List.of(whole, part);
        List<String> f = ProposalFeatures.of(part, lower, wholeClause(lower), UnitLevel.COMMUNE, all);
        assertTrue(f.contains("part-before") && f.contains("p:trong_đó"), f.toString());
        assertTrue(f.contains("other-value-firmer") && f.contains("rank:smallest") && f.contains("stated-later"), f.toString());
        List<String> g = ProposalFeatures.of(whole, lower, wholeClause(lower), UnitLevel.COMMUNE, all);
        assertTrue(g.contains("other-value-weaker") && g.contains("rank:largest") && g.contains("stated-first"), g.toString());
        assertFalse(g.contains("part-before"), g.toString());
    }

    @Test
    void featuresOfAShareAndOfAYesNoStatement() {
        String lower = "cả nước có 99,2% văn bản được ký số";
        Candidate share = at(lower, "doc.signed_pct", "99,2%", new BigDecimal("99.2"), 0.78, "lexicon:doc.signed_pct#0");
        List<String> f = ProposalFeatures.of(share, lower, wholeClause(lower), UnitLevel.PROVINCE, List.of(share));
        assertTrue(f.contains("u:%") && f.contains("v:decimal") && f.contains("s:cả_nước") && f.contains("lvl-s:PROVINCE|cả_nước"), f.toString());
        Candidate yes = new Candidate("dir.annual_plan", Boolean.TRUE, 0, lower.length(), 0.8, "rule:dir.annual_plan#2");
        assertTrue(ProposalFeatures.of(yes, lower, wholeClause(lower), UnitLevel.PROVINCE, List.of(yes)).contains("bool:true"));
    }

    /** Invented documents: in each, a firmer wrong value said of the whole country and a right value of the unit. */
    private static List<ProposalCheck.Row> countryAgainstUnitRows(int documents) {
        List<ProposalCheck.Row> rows = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            String doc = "doc" + d;
            String group = "site" + d;
            rows.add(new ProposalCheck.Row(false, doc, group, 1, UnitLevel.DISTRICT, "doc.signed_pct", "96", 0, 10, 0.8, "lexicon:doc.signed_pct#0",
                    List.of("e:doc.signed_pct", "other-value-weaker"), "cả nước ký số 96%", "cả nước ký số 96%"));
            rows.add(new ProposalCheck.Row(true, doc, group, 1, UnitLevel.DISTRICT, "doc.signed_pct", "9" + d, 20, 30, 0.75, "lexicon:doc.signed_pct#0",
                    List.of("e:doc.signed_pct", "other-value-firmer"), "huyện đã ký số 9" + d + "%", "huyện đã ký số 9" + d + "%"));
        }
        return rows;
    }

    @Test
    void theModelLearnsThatAWordMarksWrongCandidates() {
        ProposalCheck check = ProposalCheck.trainedOn(countryAgainstUnitRows(8));
        double country = check.probability(ProposalFeatures.ofWindow("toàn quốc, cả nước ký số đạt 97%", "doc.signed_pct", UnitLevel.DISTRICT));
        double unit = check.probability(ProposalFeatures.ofWindow("huyện ký số đạt 97%", "doc.signed_pct", UnitLevel.DISTRICT));
        assertTrue(country < 0.5 && unit > 0.5, "country " + country + ", unit " + unit);
    }

    @Test
    void theThresholdIsChosenOnTheRowsAndTheNextCandidateTakesTheDroppedOnesPlace() {
        List<ProposalCheck.Row> rows = countryAgainstUnitRows(8);
        ProposalCheck check = ProposalCheck.trainedOn(rows);
        assertFalse(check.isOff(), "dropping the country's figure lets each document's own figure through");
        double[] p = rows.stream().mapToDouble(r -> check.probability(r.allFeatures())).toArray();
        ProposalCheck.Outcome without = ProposalCheck.simulate(rows, p, 0);
        ProposalCheck.Outcome with = ProposalCheck.simulate(rows, p, check.threshold());
        assertEquals(0, without.correct(), "the firmer wrong value wins without the check");
        assertEquals(8, with.correct(), "with it, the element's next candidate is chosen");
        assertEquals(8, with.proposed());
    }

    @Test
    void aCheckThatCannotTellRightFromWrongSwitchesItselfOff() {
        List<ProposalCheck.Row> rows = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            rows.add(new ProposalCheck.Row(d % 2 == 0, "doc" + d, "site" + d, 1, UnitLevel.COMMUNE, "doc.signed_pct", "9" + d, 0, 10, 0.8,
                    "lexicon:doc.signed_pct#0", List.of("e:doc.signed_pct"), "ký số đạt", "ký số"));
        }
        assertTrue(ProposalCheck.trainedOn(rows).isOff());
        assertTrue(ProposalCheck.trainedOn(List.of()).isOff(), "an empty table gives a check that keeps everything");
    }

    @Test
    void aRowIsOneLineOfTheTable() {
        ProposalCheck.Row row = countryAgainstUnitRows(1).get(0);
        ProposalCheck.Row back = ProposalCheck.Row.parse(row.toTsv());
        assertEquals(row, back);
        assertEquals(ProposalCheck.HEADER.split("\t").length, row.toTsv().split("\t", -1).length);
    }

    @Test
    void theEngineAsksTheCheckBeforeItChoosesOneValuePerElement() {
        Catalog catalog = Catalog.fromClasspath();
        Lexicon lexicon = Lexicon.fromClasspath();
        String text = "Năm 2023, UBND huyện đã tiếp nhận 1.234 hồ sơ thủ tục hành chính.";
        ExtractionEngine plain = new ExtractionEngine(catalog, lexicon, null, null);
        assertFalse(plain.extract(text).values().isEmpty(), "the invented sentence states a value");
        ExtractionEngine off = new ExtractionEngine(catalog, lexicon, null, ProposalCheck.trainedOn(List.of()));
        assertEquals(plain.extract(text).values(), off.extract(text).values(), "a check that is off changes nothing");
        ExtractionEngine dropsAll = new ExtractionEngine(catalog, lexicon, null, ProposalCheck.trainedOn(countryAgainstUnitRows(8), 1.01));
        assertTrue(dropsAll.extract(text).values().isEmpty(), "a candidate under the threshold is never proposed");
    }
}
