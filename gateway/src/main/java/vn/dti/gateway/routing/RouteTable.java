package vn.dti.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns an API path. Rules are tried in order; the first match wins, so the
 * narrower rules (a unit's rank history) come before the broader ones (units).
 */
public final class RouteTable {

    private record Rule(Pattern path, Service service) {
    }

    private static final List<Rule> RULES = List.of(
            rule("/api/v1/units/[^/]+/rank-history/?", Service.RANKING),
            rule("/api/v1/admin/ranking(/.*)?", Service.RANKING),
            rule("/api/v1/admin/indicator(/.*)?", Service.INDICATOR),
            rule("/api/v1/(rankings|public)(/.*)?", Service.RANKING),
            rule("/api/v1/(frameworks|scores|exports)(/.*)?", Service.INDICATOR),
            rule("/api/v1/(units|data-elements|data-value-sets|reports|extractions|campaigns|periods|groups|audit)(/.*)?", Service.REPORT));

    private RouteTable() {
    }

    public static Optional<Service> serviceFor(String path) {
        return RULES.stream().filter(rule -> rule.path().matcher(path).matches()).map(Rule::service).findFirst();
    }

    private static Rule rule(String regex, Service service) {
        return new Rule(Pattern.compile(regex), service);
    }
}
