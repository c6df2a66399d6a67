package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads a narrative report (plain text or Markdown) and proposes catalog values, each with the exact
 * quote it came from. Stateless and thread-safe.
 */
@ApplicationScoped
public class ExtractionEngine {

    private static final int MAX_CLAUSE_QUOTE = 300;
    /**
     * The switch of the learned second opinion ({@link SecondOpinion}) in the product path: on, as it raised cross-validated
     * F1 without lowering precision on documents it was not trained on (docs/extraction.md, "Session 6").
     */
    static final boolean SECOND_OPINION = true;
    /**
     * The switch of the learned precision check ({@link ProposalCheck}) in the product path: off, as it did not raise
     * cross-validated precision without lowering F1 (docs/extraction.md, "Session 7").
     */
    static final boolean PROPOSAL_CHECK = false;

    private final Catalog catalog;
    private final List<Rule> rules;
    private final LexiconMatcher lexicon;
    private final SecondOpinion secondOpinion;
    private final ProposalCheck proposalCheck;

    public ExtractionEngine() {
        this(Catalog.fromClasspath());
    }

    public ExtractionEngine(Catalog catalog) {
        this(catalog, Lexicon.fromClasspath());
    }

    public ExtractionEngine(Catalog catalog, Lexicon lexicon) {
        this(catalog, lexicon, SECOND_OPINION ? SecondOpinion.fromClasspath(catalog) : null,
                PROPOSAL_CHECK ? ProposalCheck.fromClasspath() : null);
    }

    /** @param secondOpinion the learned fallback for clauses nothing else read, or null for rules and lexicon only */
    ExtractionEngine(Catalog catalog, Lexicon lexicon, SecondOpinion secondOpinion) {
        this(catalog, lexicon, secondOpinion, null);
    }

    /** @param proposalCheck the learned check that drops unlikely candidates before the selector, or null for none */
    ExtractionEngine(Catalog catalog, Lexicon lexicon, SecondOpinion secondOpinion, ProposalCheck proposalCheck) {
        this.catalog = catalog;
        this.secondOpinion = secondOpinion;
        this.proposalCheck = proposalCheck;
        List<Rule> all = new ArrayList<>(RuleBook.rules());
        all.addAll(CatalogLabels.rules(catalog));
        this.rules = all.stream().filter(r -> catalog.contains(r.element())).toList();
        this.lexicon = new LexiconMatcher(lexicon, catalog);
    }

    public Catalog catalog() {
        return catalog;
    }

    public ExtractionResult extract(String text) {
        return extract(text, KnownReport.NOTHING);
    }

    /** Reads the report as the unit and period the caller knows it belongs to, where it knows them. */
    public ExtractionResult extract(String text, KnownReport known) {
        if (text == null || text.isBlank()) {
            return new ExtractionResult(null, null, null, List.of());
        }
        Reading reading = read(text, known);
        List<Candidate> candidates = reading.candidates();
        if (proposalCheck != null) {
            candidates = proposalCheck.keep(candidates, reading.text().lower(), reading.clauses(), reading.header().level());
        }
        List<Proposal> proposals = CandidateSelector.select(candidates).stream()
                .map(c -> toProposal(c, reading.text(), reading.clauses()))
                .toList();
        ReportHeader header = reading.header();
        return new ExtractionResult(header.unitName(), header.province(), header.period(), proposals);
    }

    /** A text read up to its candidates: what the rules, the lexicon and the second opinion found, before one value per element is chosen. */
    record Reading(NormalizedText text, ReportHeader header, List<Clause> clauses, List<Candidate> candidates) {
    }

    Reading read(String text, KnownReport known) {
        NormalizedText normalized = NormalizedText.of(text);
        ReportHeader header = ReportHeader.detect(normalized, known == null ? KnownReport.NOTHING : known);
        List<Clause> clauses = Layout.clauses(normalized, header.periodEndYear(), header.level());
        ContextChecks checks = new ContextChecks(normalized.lower(), normalized.text(), header);
        List<Candidate> candidates = found(normalized, clauses, checks);
        ReadingStopped.checkpoint();
        PlanDocument.ownPlanOfItsYear(normalized.lower(), checks).ifPresent(candidates::add);
        candidates.addAll(fromHeadedTables(normalized, header));
        if (header.level() == UnitLevel.DEPARTMENT && ReportHeader.isAFormalReport(normalized.text())) {
            candidates.removeIf(c -> lexicon.territoryOnly(c.element()));
        }
        candidates.removeIf(c -> YearFigure.isAYearHeading(normalized.lower(), c));
        candidates.removeIf(c -> HeadlineFigures.restatedForOthers(normalized.lower(), c, clauses, checks));
        candidates.removeIf(c -> HeadlineFigures.restatedAsATarget(normalized.lower(), c, clauses, checks));
        candidates.removeIf(c -> ProvinceApprovalCount.countsSystems(normalized.lower(), c, clauses, header.level()));
        candidates.removeIf(c -> SecurityLevelScope.notTheUnitsOwn(normalized.lower(), c, clauses, header.level()));
        BudgetSpent.preferSpending(normalized.lower(), candidates);
        List<Candidate> beforeAdditions = List.copyOf(candidates);
        candidates.removeIf(c -> AddedOrIncludedCount.isAnAddition(normalized.lower(), c, beforeAdditions));
        candidates.replaceAll(c -> LabelAnsweredNo.read(normalized.lower(), c));
        List<Candidate> read = List.copyOf(candidates);
        candidates.removeIf(c -> PartsOfAWhole.breaksDownTheCountBefore(normalized.lower(), c, read));
        candidates.removeIf(c -> StaffWithARole.countsARole(normalized.lower(), c));
        candidates.removeIf(c -> RestrictedZero.isRestricted(normalized.lower(), c));
        candidates.removeIf(c -> AnotherBodysFigure.isAnotherBodys(normalized.lower(), c, clauses, header));
        candidates.removeIf(c -> ShareOfTheNextStatement.isTheShareBefore(normalized.lower(), c));
        List<Candidate> shares = List.copyOf(candidates);
        candidates.removeIf(c -> ShareOfTheNextStatement.isTheNearerPhrasesShare(normalized.lower(), c, shares));
        ReadingStopped.checkpoint();
        List<Candidate> found = List.copyOf(candidates);
        candidates.removeIf(c -> PartsOfAWhole.isAPartOfAnEarlierFigure(normalized.lower(), c, found, clauses));
        candidates.addAll(OwnTierPart.parts(normalized.lower(), List.copyOf(candidates), header.level()));
        if (header.period() == null) {
            List<Candidate> dated = List.copyOf(candidates);
            candidates.removeIf(c -> LaterYear.givesWay(normalized.lower(), c, dated, clauses));
        }
        if (NationalArticle.isNational(normalized.lower())) {
            candidates.removeIf(c -> NationalArticle.isTheCountrysFigure(normalized.lower(), c, header));
        }
        if (PlanDocument.setsTargetsOnly(normalized.lower())) {
            candidates.removeIf(c -> !(c.value() instanceof Boolean));
        }
        return new Reading(normalized, header, clauses, candidates);
    }

    /** What the rules, the lexicon and the second opinion find in a text. */
    private List<Candidate> found(NormalizedText normalized, List<Clause> clauses, ContextChecks checks) {
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            collect(rule, clauses, normalized.lower(), checks, candidates);
        }
        candidates.addAll(lexicon.candidates(normalized.lower(), clauses, checks, checks.header()));
        if (secondOpinion != null) {
            candidates.removeIf(c -> secondOpinion.vetoes(c, normalized.lower(), clauses));
            candidates.addAll(secondOpinion.candidates(normalized.lower(), clauses, checks, candidates, lexicon));
        }
        return candidates;
    }

    /**
     * Each figure of a headed table's own row, read as the statement "heading: figure" and placed on its cell. The statements
     * are read together, one list item each, so that a table costs one reading.
     */
    private List<Candidate> fromHeadedTables(NormalizedText normalized, ReportHeader header) {
        List<HeadedTables.CellStatement> cells = HeadedTables.statements(normalized, header);
        if (cells.isEmpty()) {
            return List.of();
        }
        StringBuilder items = new StringBuilder();
        int[] itemStarts = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            itemStarts[i] = items.length();
            items.append("- ").append(cells.get(i).statement()).append(";\n");
        }
        NormalizedText statements = NormalizedText.of(items.toString());
        List<Clause> clauses = Layout.clauses(statements, header.periodEndYear(), header.level());
        ContextChecks checks = new ContextChecks(statements.lower(), statements.text(), header);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found(statements, clauses, checks)) {
            int item = itemAt(itemStarts, statements.originalStart(c.start()));
            HeadedTables.CellStatement cell = cells.get(item);
            out.add(new Candidate(c.element(), c.value(), cell.start(), cell.end(), c.confidence(), "table:" + c.source()));
        }
        return out;
    }

    private static int itemAt(int[] itemStarts, int offset) {
        int item = 0;
        while (item + 1 < itemStarts.length && itemStarts[item + 1] <= offset) {
            item++;
        }
        return item;
    }

    /** One matcher per rule, moved from clause to clause: the rules never see across a clause. */
    private void collect(Rule rule, List<Clause> clauses, String lower, ContextChecks checks, List<Candidate> out) {
        Matcher m = rule.pattern().matcher(lower);
        Matcher when = rule.sentenceMustContain() == null ? null : rule.sentenceMustContain().matcher(lower);
        boolean percent = catalog.find(rule.element()).orElseThrow().type() == ValueType.PERCENT;
        for (Clause clause : clauses) {
            ReadingStopped.checkpoint();
            if (!rule.needs().metBy(clause)) {
                continue;
            }
            if (when != null && !when.region(clause.sentenceStart(), clause.sentenceEnd()).find()) {
                continue;
            }
            m.region(clause.start(), clause.end());
            while (m.find()) {
                candidate(rule, m, clause, checks)
                        .filter(c -> !lexicon.vetoes(c.element(), lower, c.start(), c.end()))
                        .filter(c -> !lexicon.forbiddenByTheTopic(c.element(), lower, clause, c.start(), checks))
                        .filter(c -> !lexicon.statesAPart(c.element(), lower, c.start(), c.end(), clause))
                        .filter(c -> !(percent && LexiconMatcher.isATargetWithItsResult(lower, c.end(), clause)))
                        .filter(c -> !(percent && LexiconMatcher.opensWithTheFigureOfTheStatementBefore(lower, c.start(), c.end())))
                        .map(c -> periodWeighted(c, lower, clause, checks)).ifPresent(out::add);
            }
        }
    }

    /** Cumulative or other-year statements weigh less, so that the period's own figure wins. */
    private Candidate periodWeighted(Candidate c, String lower, Clause clause, ContextChecks checks) {
        double weight = Math.min(0, lexicon.periodWeight(lower, clause, checks.header(), c.start()));
        return weight == 0 ? c : new Candidate(c.element(), c.value(), c.start(), c.end(), c.confidence() + weight, c.source());
    }

    private Optional<Candidate> candidate(Rule rule, Matcher m, Clause clause, ContextChecks checks) {
        ValueType type = catalog.find(rule.element()).orElseThrow().type();
        int start = m.start();
        int end = m.end();
        if (excluded(rule, type, ContextChecks.isOwnFact(catalog.find(rule.element()).orElseThrow()), clause, checks, m)) {
            return Optional.empty();
        }
        if (type == ValueType.PERCENT && OtherMembers.narrowedAfter(checks.lower(), end, clause.end())) {
            return Optional.empty();
        }
        boolean negated = checks.isNegated(clause, start, end) && rule.fixedValue() == null;
        if (negated && type.isNumeric()) {
            return Optional.empty();
        }
        double confidence = rule.confidence() - (group(m, "approx") != null ? 0.05 : 0);
        if (negated) {
            return Optional.of(new Candidate(rule.element(), Boolean.FALSE, start, end, 0.6, rule.id()));
        }
        return RuleValues.valueOf(rule, type, m).map(v -> new Candidate(rule.element(), v, start, end, confidence, rule.id()))
                .flatMap(c -> inItsColumn(c, figureStart(rule, m), type, checks));
    }

    private static int figureStart(Rule rule, Matcher m) {
        return group(m, rule.valueGroup()) == null ? -1 : m.start(rule.valueGroup());
    }

    /** A figure in a table row is read from the row's own column: the period's year, or the achieved rather than the planned one. */
    private static Optional<Candidate> inItsColumn(Candidate c, int figureStart, ValueType type, ContextChecks checks) {
        if (figureStart < 0 || !type.isNumeric()) {
            return Optional.of(c);
        }
        int cell = TableColumns.cellToRead(checks.lower(), figureStart, checks.header());
        if (cell == TableColumns.AS_IS) {
            return Optional.of(c);
        }
        if (cell == TableColumns.SKIP) {
            return Optional.empty();
        }
        return TableColumns.cellValue(checks.lower(), cell, type)
                .map(v -> new Candidate(c.element(), v.getKey(), c.start(), Math.max(c.end(), v.getValue()), c.confidence(), c.source()));
    }

    private static boolean excluded(Rule rule, ValueType type, boolean ownFact, Clause clause, ContextChecks checks, Matcher m) {
        int start = m.start();
        int end = m.end();
        if (clause.planSection()) {
            return true;
        }
        if (!rule.has(Rule.Option.PLAN_WORDS_OK) && checks.isPlanned(clause, start, end)
                || rule.has(Rule.Option.PLAN_WORDS_OK) && PlanParagraph.isAnItemOfATargetList(checks.lower(), clause, null)) {
            return true;
        }
        boolean territorial = rule.has(Rule.Option.TERRITORIAL);
        if (!territorial && (clause.communeSection() || checks.isAboutCommunesOnly(clause, start, end)
                || checks.isAboutOtherBodies(clause, start, end))) {
            return true;
        }
        if (territorial && (checks.isAboutAVillage(clause, end) || checks.isAttributedToOthers(clause)
                || clause.communeSection() && checks.header().level() == UnitLevel.DEPARTMENT)) {
            return true;
        }
        if (type.isNumeric() && (clause.cites(start) || checks.isProvinceWide(clause, start, end))) {
            return true;
        }
        if (rule.has(Rule.Option.OWN_ISSUANCE) && checks.isIssuedByOthers(clause)) {
            return true;
        }
        if (ownFact && rule.fixedValue() == null && (checks.isEachOfManyBodies(clause, start) || checks.isQualifiedByLowerTier(clause, end)
                || checks.namesAHigherTiersBody(start, Math.min(clause.end(), end + 12)))) {
            return true;
        }
        if (type.isNumeric() && (figureOutsideItsParenthesis(m, rule) || isChangeOrOtherYear(m, rule, clause, checks))) {
            return true;
        }
        return checks.isOutsidePeriod(group(m, "year"));
    }

    /** "tăng 2.300 hồ sơ" is a change, "65 - 70%" a range; "năm 2022 là 5.900 hồ sơ" in a 2023 report is another year's figure. */
    private static boolean isChangeOrOtherYear(Matcher m, Rule rule, Clause clause, ContextChecks checks) {
        if (group(m, rule.valueGroup()) == null) {
            return false;
        }
        int figure = m.start(rule.valueGroup());
        return figure > m.start() + 12 && LexiconMatcher.opensTheNextItem(checks.lower(), clause.start(), figure)
                || isChangeOrOtherYear(clause, checks, figure);
    }

    /** The figure at {@code figure} is a change, a range's end, a bound, or another year's figure. */
    static boolean isChangeOrOtherYear(Clause clause, ContextChecks checks, int figure) {
        String lower = checks.lower();
        return LexiconMatcher.CHANGE_BEFORE.matcher(lower.substring(Math.max(clause.start(), figure - 20), figure)).find()
                || LexiconMatcher.RANGE_BEFORE.matcher(lower.substring(Math.max(clause.start(), figure - 4), figure)).find()
                || LexiconMatcher.statedForAnotherPeriodOrPart(lower, clause, checks.header(), figure)
                || Thresholds.bounds(lower, clause.start(), clause.end(), figure);
    }

    /** "12.500 hồ sơ (trực tuyến 8.200)": the qualifier inside an opened parenthesis is not about the figure before it. */
    private static boolean figureOutsideItsParenthesis(Matcher m, Rule rule) {
        String value = group(m, rule.valueGroup());
        if (value == null) {
            return false;
        }
        int figureEnd = m.end(rule.valueGroup());
        int open = m.group().indexOf('(', figureEnd - m.start());
        return open >= 0 && m.group().indexOf(')', open) < 0;
    }

    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** The quote is the matched phrase; for a yes/no statement, the whole clause when it is short. */
    static Proposal toProposal(Candidate c, NormalizedText text, List<Clause> clauses) {
        int start = c.start();
        int end = c.end();
        if (c.value() instanceof Boolean) {
            Clause clause = clauses.stream().filter(cl -> cl.start() <= c.start() && c.end() <= cl.end()).findFirst().orElse(null);
            if (clause != null && clause.end() - clause.start() <= MAX_CLAUSE_QUOTE) {
                start = clause.start();
                end = clause.end();
            }
        }
        String s = text.text();
        while (start < end && (Character.isWhitespace(s.charAt(start)) || "-+•(,.".indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || "(,.:".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        int from = text.originalStart(start);
        int to = text.originalEnd(end);
        Object value = c.value() instanceof BigDecimal d ? VietnameseNumbers.normalise(d) : c.value();
        return new Proposal(c.element(), value, text.original().substring(from, to), from, to, c.confidence(), c.source());
    }
}
