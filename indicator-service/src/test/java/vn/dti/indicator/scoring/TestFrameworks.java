package vn.dti.indicator.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.scoring.FrameworkDocument.Applicability;
import vn.dti.indicator.scoring.FrameworkDocument.Component;
import vn.dti.indicator.scoring.FrameworkDocument.MainIndex;
import vn.dti.indicator.scoring.FrameworkDocument.Parameters;
import vn.dti.indicator.scoring.FrameworkDocument.Step;

/** Small frameworks for engine tests, and the seeded one read from its Flyway migration. */
public final class TestFrameworks {

    public static final String SEED_MIGRATION = "db/migration/V3__seed_dti_mau_2024.sql";
    public static final UnitProfile DEPARTMENT = new UnitProfile("TST.SA", UnitLevel.DEPARTMENT, "so-ban-nganh");
    public static final UnitProfile DISTRICT = new UnitProfile("TST.HA", UnitLevel.DISTRICT, "huyen");

    private TestFrameworks() {
    }

    /** The seeded document, taken from between the dollar quotes of the migration. */
    public static FrameworkDocument seedDocument() {
        try (InputStream sql = TestFrameworks.class.getClassLoader().getResourceAsStream(SEED_MIGRATION)) {
            String text = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            String json = text.substring(text.indexOf("$framework$") + "$framework$".length(), text.lastIndexOf("$framework$"));
            return new ObjectMapper().readValue(json, FrameworkDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CompiledFramework seed() {
        return FrameworkCompiler.compile(seedDocument(), ElementCodes.fromClasspath());
    }

    /** A framework with one main index holding the given components; totals add up. */
    public static CompiledFramework of(Component... components) {
        return FrameworkCompiler.compile(document(components), ElementCodes.fromClasspath());
    }

    public static FrameworkDocument document(Component... components) {
        BigDecimal total = Arrays.stream(components).map(Component::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        MainIndex index = new MainIndex("I", "Chỉ số thử", "Test index", total, "CQS", List.of(components));
        return new FrameworkDocument("test", "Bộ thử", "Test", null, total, List.of(index));
    }

    public static Component component(String code, String method, int max, String input) {
        return new Component(code, "Thành phần " + code, "Component " + code, BigDecimal.valueOf(max), method, input,
                null, null, null, null, null, null, null);
    }

    public static Component ratio(String code, int max, String numerator, String denominator) {
        return new Component(code, "Tỷ số " + code, "Ratio " + code, BigDecimal.valueOf(max), "RATIO", numerator,
                denominator, null, null, null, null, null, null);
    }

    public static Component withParameters(Component c, Parameters parameters) {
        return new Component(c.code(), c.nameVi(), c.nameEn(), c.maxPoints(), c.method(), c.input(), c.denominator(),
                parameters, c.applies(), c.pillar(), c.evidence(), c.dataSource(), c.verifiedBy());
    }

    public static Component applying(Component c, Applicability applies) {
        return new Component(c.code(), c.nameVi(), c.nameEn(), c.maxPoints(), c.method(), c.input(), c.denominator(),
                c.parameters(), applies, c.pillar(), c.evidence(), c.dataSource(), c.verifiedBy());
    }

    public static Step points(String op, String value, String points) {
        return new Step(op, new BigDecimal(value), new BigDecimal(points), null);
    }

    public static Step fraction(String op, String value, String fraction) {
        return new Step(op, new BigDecimal(value), null, new BigDecimal(fraction));
    }

    /** values("a.b", "1", "c.d", "2.5") */
    public static Map<String, InputValue> values(String... pairs) {
        Map<String, InputValue> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], InputValue.of(pairs[i], pairs[i + 1]));
        }
        return values;
    }
}
