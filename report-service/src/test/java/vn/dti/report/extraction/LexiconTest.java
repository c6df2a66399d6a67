package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The lexicon file covers the catalog and only the catalog. */
class LexiconTest {

    private final Lexicon lexicon = Lexicon.fromClasspath();
    private final Catalog catalog = Catalog.fromClasspath();

    @Test
    void everyCatalogElementHasAtLeastFivePhrasings() {
        for (CatalogElement e : catalog.elements()) {
            Lexicon.Entry entry = lexicon.entries().get(e.code());
            assertTrue(entry != null, "no lexicon entry for " + e.code());
            int phrasings = entry.phrases().size() + entry.unitPhrases().size();
            assertTrue(phrasings >= 5, e.code() + " has only " + phrasings + " phrasings");
        }
    }

    @Test
    void everyEntryNamesACatalogElement() {
        Set<String> codes = catalog.elements().stream().map(CatalogElement::code).collect(Collectors.toSet());
        for (String element : lexicon.entries().keySet()) {
            assertTrue(codes.contains(element), "lexicon entry for unknown element " + element);
        }
        for (Lexicon.Entry entry : lexicon.entries().values()) {
            assertTrue(entry.fractionOf() == null || codes.contains(entry.fractionOf()), "fractionOf " + entry.fractionOf());
        }
    }

    @Test
    void abbreviationsMatchTheirFullForms() {
        String pattern = lexicon.phrasePattern("số thủ tục hành chính");
        assertTrue("số tthc".matches(pattern), pattern);
        assertTrue("số thủ tục hành chính".matches(pattern), pattern);
        assertTrue("cbccvc".matches(lexicon.phrasePattern("cán bộ, công chức, viên chức")));
        assertTrue("cán bộ công chức".matches(lexicon.phrasePattern("cán bộ, công chức")));
        assertTrue("kế hoạch số 40/kh-ubnd ngày 28/2/2022 về chính quyền điện tử năm"
                .matches(lexicon.phrasePattern("kế hoạch ** chính quyền điện tử năm")));
    }

    @Test
    void aLoosePhraseLetsFillerWordsStandBetweenItsWords() {
        String loose = lexicon.phrasePattern("tổng số hồ sơ tiếp nhận", true);
        assertTrue("tổng số hồ sơ đã tiếp nhận".matches(loose), loose);
        assertTrue("tổng số hồ sơ tthc được tiếp nhận".matches(loose), loose);
        assertTrue(!"tổng số hồ sơ trễ hạn tiếp nhận".matches(loose), loose);
        assertTrue(!"tổng số hồ sơ đã tiếp nhận".matches(lexicon.phrasePattern("tổng số hồ sơ tiếp nhận")));
        assertTrue(lexicon.phrasePattern("đúng hạn", true).equals(lexicon.phrasePattern("đúng hạn")), "two words stay exact");
    }
}
