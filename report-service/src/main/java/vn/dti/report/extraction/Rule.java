package vn.dti.report.extraction;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One way a report states the value of a catalog element: a pattern over the lower-case cleaned
 * text whose named group {@code num} (or {@link #valueGroup}) holds the figure, or a fixed value
 * for statements such as "đã thành lập Ban Chỉ đạo chuyển đổi số" (true).
 */
record Rule(String element, Pattern pattern, double confidence, Pattern sentenceMustContain, Set<Option> options,
        Object fixedValue, String valueGroup, Needs needs, String id) {

    Rule withId(String newId) {
        return new Rule(element, pattern, confidence, sentenceMustContain, options, fixedValue, valueGroup, needs, newId);
    }

    /** What a clause must contain for the rule to have a chance; lets most clauses be skipped. */
    enum Needs {
        NOTHING, DIGIT, PERCENT;

        static Needs of(String template) {
            if (template.contains("{P}")) {
                return PERCENT;
            }
            boolean figure = template.contains("{N}") || template.contains("{F}") || template.contains("{M}")
                    || template.contains("{LEVEL}");
            return figure ? DIGIT : NOTHING;
        }

        boolean metBy(Clause clause) {
            return switch (this) {
                case NOTHING -> true;
                case DIGIT -> clause.hasDigit();
                case PERCENT -> clause.hasPercent();
            };
        }
    }

    enum Option {
        /** Plan words before the match do not make it a plan ("đã ban hành Kế hoạch ..." is the fact itself). */
        PLAN_WORDS_OK,
        /** A figure about the territory (communes covered by 4G): commune wording does not exclude it. */
        TERRITORIAL,
        /** Must be issued by the unit itself, not by the province or a ministry. */
        OWN_ISSUANCE
    }

    boolean has(Option option) {
        return options.contains(option);
    }

    static Builder of(String element, double confidence, String template) {
        return new Builder(element, confidence, template);
    }

    static final class Builder {
        private final String element;
        private final double confidence;
        private final String template;
        private String sentenceMustContain;
        private final Set<Option> options = EnumSet.noneOf(Option.class);
        private Object fixedValue;
        private String valueGroup = "num";

        private Builder(String element, double confidence, String template) {
            this.element = element;
            this.confidence = confidence;
            this.template = template;
        }

        /** The sentence around the match must contain this (a template too). */
        Builder when(String sentenceTemplate) {
            this.sentenceMustContain = sentenceTemplate;
            return this;
        }

        Builder with(Option option) {
            options.add(option);
            return this;
        }

        Builder value(Object value) {
            this.fixedValue = value;
            return this;
        }

        Builder from(String group) {
            this.valueGroup = group;
            return this;
        }

        Rule build() {
            Pattern when = sentenceMustContain == null ? null : Pattern.compile(RuleTemplates.expand(sentenceMustContain));
            return new Rule(element, Pattern.compile(RuleTemplates.expand(template)), confidence, when,
                    Set.copyOf(options), fixedValue, valueGroup, fixedValue == null ? Needs.of(template) : Needs.NOTHING,
                    "rule:" + element);
        }
    }
}
