package vn.dti.report.extraction;

import static vn.dti.report.extraction.Rule.Option.OWN_ISSUANCE;
import static vn.dti.report.extraction.Rule.Option.PLAN_WORDS_OK;
import static vn.dti.report.extraction.Rule.Option.TERRITORIAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How Vietnamese digital-transformation reports state each catalog element. Every rule is a phrase
 * pattern over lower-case text (see {@link RuleTemplates} for the pieces in braces); the context
 * checks (plans, negation, communes, province) are applied by {@link ContextChecks}, not here.
 */
final class RuleBook {

    /** "951 thủ tục (59,6%) được cung cấp trực tuyến toàn trình": the count's own share in parentheses before what it counts. */
    private static final String SHARE_ASIDE = "(?: \\((?:chiếm |đạt )?\\d{1,3}(?:[.,]\\d+)? ?%\\))?";

    private RuleBook() {
    }

    static List<Rule> rules() {
        List<Rule.Builder> r = new ArrayList<>();
        awareness(r);
        institutions(r);
        infrastructure(r);
        humanResources(r);
        cybersecurity(r);
        onlineServices(r);
        documents(r);
        societyAndEconomy(r);
        funding(r);
        Map<String, Integer> counters = new HashMap<>();
        return r.stream().map(Rule.Builder::build)
                .map(rule -> rule.withId("rule:" + rule.element() + "#" + counters.merge(rule.element(), 1, Integer::sum)))
                .toList();
    }

    private static void awareness(List<Rule.Builder> r) {
        r.add(Rule.of("dir.steering_committee", 0.9,
                "(?:đã|quyết định)[^;]{0,80}?(?:thành lập|kiện toàn) ban chỉ đạo (?:về )?(?:thực hiện )?{TOPIC}"));
        r.add(Rule.of("dir.steering_committee", 0.85,
                "ban chỉ đạo (?:về )?{TOPIC}[^;]{0,60}?(?:đã được|được|đã) (?:thành lập|kiện toàn)"));
        r.add(Rule.of("dir.steering_committee", 0.7, "(?:chưa|không) (?:thành lập|kiện toàn|có) ban chỉ đạo (?:về )?(?:thực hiện )?{TOPIC}")
                .value(Boolean.FALSE));

        // "đã ban hành các Kế hoạch ứng dụng CNTT, chuyển đổi số"; the year its title names must lie in the period
        r.add(Rule.of("dir.annual_plan", 0.85,
                "(?:đã|vừa) ban hành (?:các |những )?kế hoạch (?:số [^ ]+ )?(?:ngày [\\d/]+ )?(?:về )?(?:việc )?(?:ứng dụng {TOPIC}|{TOPIC})"
                        + "(?:[^;,.\\d]{0,40}? năm (?<year>\\d{4}){E})?")
                .with(PLAN_WORDS_OK).with(OWN_ISSUANCE));
        // "Kế hoạch số 424/KH-SNgV ngày 31/8/2020 ứng dụng CNTT ... năm 2021 của Sở Ngoại vụ"
        r.add(Rule.of("dir.annual_plan", 0.8,
                "kế hoạch số \\d+/kh-[^ ]+ ngày [\\d/]+ (?:của [^;]{1,30}? )?(?:về )?(?:việc )?"
                        + "(?:(?:xây dựng|triển khai|thực hiện|phát triển)(?: và (?:xây dựng|triển khai|thực hiện|phát triển))? )?"
                        + "(?:ứng dụng )?{TOPIC}(?:[^;]{0,160}? năm (?<year>\\d{4}){E})?")
                .with(PLAN_WORDS_OK).with(OWN_ISSUANCE));

        r.add(Rule.of("dir.directive_docs", 0.8, "(?:ban hành|phát hành) (?:được )?{N} văn bản{G}{TOPIC}").with(OWN_ISSUANCE));
        r.add(Rule.of("dir.directive_docs", 0.8, "{N} văn bản chỉ đạo(?:,? điều hành)?{G}{TOPIC}").with(OWN_ISSUANCE));

        r.add(Rule.of("dir.dx_news_posts", 0.8, "{N} (?:tin,? bài|tin bài|bài viết|bài|tin){G}(?:chuyển đổi số|cđs){E}"));
        r.add(Rule.of("dir.dx_news_posts", 0.75, "chuyên mục (?:về )?\"?chuyển đổi số\"?{G}{N} (?:tin|bài)"));

        r.add(Rule.of("dir.dx_portal_section", 0.9,
                "(?:mở|tạo|xây dựng|thiết lập|duy trì|bổ sung|có)(?: mới)? (?:01 |một )?chuyên mục (?:về )?\"?(?:chuyển đổi số)"));
        r.add(Rule.of("dir.dx_portal_section", 0.85,
                "chuyên mục (?:về )?\"?chuyển đổi số\"?[^;]{0,40}?(?:trên|tại) (?:cổng|trang)"));

        // session 12: staff given IT work only ("bố trí 02 công chức kiêm nhiệm công nghệ thông tin") is hr.it_staff, not a DX assignment
        r.add(Rule.of("dir.dx_staff_assigned", 0.85,
                "(?:phân công|bố trí|giao) (?:\\d+ )?{STAFF}[^;]{0,60}?(?:chuyên trách|kiêm nhiệm|phụ trách|theo dõi|đầu mối)[^;]{0,60}?"
                        + "(?:chuyển đổi số|cđs|chính quyền (?:điện tử|số)|chính phủ (?:điện tử|số))"));
    }

    private static void institutions(List<Rule.Builder> r) {
        r.add(Rule.of("inst.security_policy", 0.85,
                "(?:đã )?ban hành (?:các |bộ )?(?:quy chế|quy định)[^;\\d]{0,40}?(?:bảo đảm|đảm bảo)? ?an toàn,? (?:an ninh )?thông tin")
                .with(OWN_ISSUANCE));
        r.add(Rule.of("inst.it_regulations", 0.75, "{N} (?:quy chế|quy định|văn bản quy định){G}{TOPIC}").with(OWN_ISSUANCE));
    }

    private static void infrastructure(List<Rule.Builder> r) {
        r.add(Rule.of("infra.staff_total", 0.8,
                "tổng số {STAFF}(?:,? (?:và )?người lao động)?(?: của (?:cơ quan|đơn vị|sở|ubnd huyện))?{IS}{N}"));
        r.add(Rule.of("infra.staff_with_computer", 0.8, "{N} {STAFF}{G}(?:được trang bị|có) máy (?:vi )?tính"));
        // "12/15 cán bộ, công chức được trang bị máy tính": 12 equipped of 15 staff
        r.add(Rule.of("infra.staff_with_computer", 0.8, "{F} {STAFF}{G}(?:được trang bị|có) máy (?:vi )?tính"));
        r.add(Rule.of("infra.staff_total", 0.7, "{F} {STAFF}{G}(?:được trang bị|có) máy (?:vi )?tính").from("den"));

        r.add(Rule.of("infra.computers_networked_pct", 0.9, "{P} {PC}[^;%]{0,100}?kết nối[^;%]{0,30}?(?:mạng|lan|internet)"));
        r.add(Rule.of("infra.computers_networked_pct", 0.85, "{RATE} máy (?:vi )?tính[^;%]{0,40}?kết nối[^;%]{0,60}?{P}"));

        r.add(Rule.of("infra.dedicated_network", 0.85,
                "(?:mạng|đường truyền|hệ thống) (?:truyền )?số liệu chuyên dùng|mạng tslcd|mạng truyền số liệu"));
        r.add(Rule.of("infra.video_conference", 0.85,
                "(?:hệ thống|thiết bị|phòng họp|điểm cầu)[^;.]{0,30}?(?:hội nghị truyền hình|hội nghị trực tuyến|họp trực tuyến|truyền hình trực tuyến)"));

        r.add(Rule.of("infra.desktops", 0.9, "{N} (?:bộ |chiếc |cái )?máy (?:vi )?tính để bàn"));
        r.add(Rule.of("infra.desktops", 0.85, "máy (?:vi )?tính để bàn{IS}{N}"));
        r.add(Rule.of("infra.laptops", 0.9, "{N} (?:bộ |chiếc |cái )?(?:máy (?:vi )?tính xách tay|laptop)"));
        r.add(Rule.of("infra.laptops", 0.85, "(?:máy (?:vi )?tính xách tay|laptop){IS}{N}"));
    }

    private static void humanResources(List<Rule.Builder> r) {
        r.add(Rule.of("hr.it_staff", 0.8,
                "{N} {STAFF} (?:chuyên trách|kiêm nhiệm|phụ trách)(?: ?(?:/|,|và|hoặc) ?(?:chuyên trách|kiêm nhiệm))? (?:về )?(?:cntt|công nghệ thông tin)"));
        r.add(Rule.of("hr.it_staff", 0.75,
                "{STAFF} (?:chuyên trách|kiêm nhiệm)(?: ?(?:/|,|và|hoặc) ?(?:chuyên trách|kiêm nhiệm))? (?:về )?(?:cntt|công nghệ thông tin){IS}{N}"));

        String trainingTopic = "(?:cntt|công nghệ thông tin|chuyển đổi số|an toàn thông tin|kỹ năng số|chính quyền số)";
        r.add(Rule.of("hr.trained_staff", 0.8,
                "{N} (?:lượt )?(?:{STAFF}|người|học viên){G}(?:được |tham gia |tham dự )?(?:đào tạo|bồi dưỡng|tập huấn)")
                .when(trainingTopic));
        r.add(Rule.of("hr.trained_staff", 0.75,
                "(?:đào tạo|bồi dưỡng|tập huấn){G}cho {N} (?:lượt )?(?:{STAFF}|người|học viên)").when(trainingTopic));
        r.add(Rule.of("hr.training_courses", 0.8,
                "(?:tổ chức|mở) (?:được )?{N} (?:lớp|khóa|đợt|buổi) (?:đào tạo|bồi dưỡng|tập huấn)").when(trainingTopic));

        String communityTeams = "(?:tổ )?công nghệ số cộng đồng|tổ cnsc[đd]";
        r.add(Rule.of("hr.community_tech_teams", 0.85,
                "{N} tổ(?! chức| dân phố| hỗ trợ| giúp việc| công tác| chỉ đạo| tình nguyện| xung kích)(?: công nghệ số cộng đồng| cnsc[đd])?(?: cấp (?:huyện|xã|thôn|tỉnh|thị xã|thành phố|phường))?{E}")
                .when(communityTeams));
        r.add(Rule.of("hr.community_tech_members", 0.85,
                "tổ(?! chức| dân phố)[^;\\d]{0,60}?(?:với|gồm|có) {N} thành viên").when(communityTeams));
    }

    private static void cybersecurity(List<Rule.Builder> r) {
        r.add(Rule.of("sec.security_level", 0.9,
                "cấp độ an toàn[^;]{0,160}?(?:phê duyệt|được duyệt)[^;]{0,40}?(?:ở |tại |là )?\\(?cấp độ {LEVEL}"));
        r.add(Rule.of("sec.security_level", 0.9, "phê duyệt[^;]{0,40}?cấp độ an toàn[^;]{0,80}?\\(?cấp độ {LEVEL}"));
        r.add(Rule.of("sec.security_level", 0.85, "hồ sơ (?:đề xuất )?cấp độ {LEVEL}[^;]{0,80}?(?:đã được|được)[^;]{0,60}?phê duyệt"));

        r.add(Rule.of("sec.security_level_approved", 0.85, "cấp độ an toàn[^;]{0,160}?(?:đã được|được)[^;]{0,60}?phê duyệt"));
        r.add(Rule.of("sec.security_level_approved", 0.85,
                "phê duyệt (?:hồ sơ )?(?:đề xuất )?cấp độ an toàn[^;]{0,120}?(?:quyết định|qđ)"));
        r.add(Rule.of("sec.security_level_approved", 0.85, "(?:đã được|được) phê duyệt (?:hồ sơ )?(?:đề xuất )?cấp độ"));

        r.add(Rule.of("sec.antivirus_pct", 0.9, "{P} {PC}[^;%]{0,60}?(?:cài đặt|trang bị|sử dụng|có) (?:phần mềm )?{ANTIVIRUS}"));
        r.add(Rule.of("sec.antivirus_pct", 0.85, "{RATE} máy (?:vi )?tính[^;%]{0,40}?{ANTIVIRUS}[^;%]{0,40}?{P}"));
        r.add(Rule.of("sec.central_malware_connected", 0.8,
                "{N} (?:máy tính|máy trạm|thiết bị|điểm cuối){G}(?:kết nối|cài đặt){G}(?:phòng,? ?chống mã độc tập trung|giám sát,? phòng chống mã độc)"));

        r.add(Rule.of("sec.incidents", 0.75, "{N} (?:sự cố|vụ tấn công)(?: mất)?(?: an toàn thông tin| an ninh mạng| tấn công mạng)?"));
        r.add(Rule.of("sec.incidents", 0.6,
                "(?:không|chưa) (?:xảy ra|ghi nhận|phát hiện)(?: có| bất kỳ)? (?:sự cố|vụ tấn công)").value(BigDecimal.ZERO));
    }

    private static void onlineServices(List<Rule.Builder> r) {
        // "mức độ 3, mức độ 4", "mức độ 3 và mức độ 4": both levels named together are not the full online services alone
        String full = "(?:toàn trình|(?<!mức độ 3(?:,| và| hoặc| -| –) )mức độ 4)";
        // "mức độ 3, 4", "mức độ 3 và 4": both levels together are every online service, not the partial ones
        String partial = "(?:một phần|mức độ 3(?! ?(?:,|và|-|–) ?(?:mức độ )?4(?!\\d)))";
        // "cung cấp DVCTT toàn trình cho 05/06 TTHC"
        r.add(Rule.of("dvc.online_full", 0.9, "{DVCTT} " + full + "[^;\\d]{0,30}?{F} ?{TTHC}"));
        r.add(Rule.of("dvc.online_partial", 0.9, "{DVCTT} " + partial + "[^;\\d]{0,30}?{F} ?{TTHC}"));
        r.add(Rule.of("dvc.procedures_total", 0.85, "{DVCTT} (?:toàn trình|một phần|mức độ [34])[^;\\d]{0,30}?{F} ?{TTHC}").from("den"));
        // "05 thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình"
        // not "267 TTHC, trong đó DVCTT toàn trình 121 TTHC, DVCTT một phần 146 TTHC": a total before its parts, each part
        // followed by its own figure
        String notTheWhole = "(?:(?!trong đó|bao gồm)[^;\\d%]){0,60}?";
        String ownFigureAfter = "(?! ?(?:là |: ?|có |đạt |gồm )?\\d)";
        r.add(Rule.of("dvc.online_full", 0.85, "{N} {TTHC}" + SHARE_ASIDE + notTheWhole + "(?:{DVCTT}|trực tuyến) " + full + ownFigureAfter));
        r.add(Rule.of("dvc.online_partial", 0.85, "{N} {TTHC}" + notTheWhole + "(?:{DVCTT}|trực tuyến) " + partial + ownFigureAfter));
        // "dịch vụ công trực tuyến một phần cấp huyện là 47 và toàn trình cấp huyện là 23"
        String level = "(?: cấp (?:huyện|xã|tỉnh|sở|thị xã|thành phố|phường))?";
        r.add(Rule.of("dvc.online_full", 0.85, "{B}" + full + level + " ?(?:là|:|gồm|có|đạt) ?{N}").when("{DVCTT}"));
        r.add(Rule.of("dvc.online_partial", 0.85, "{B}" + partial + level + " ?(?:là|:|gồm|có|đạt) ?{N}").when("{DVCTT}"));

        // The total of procedures, not of online services ("tổng số dịch vụ công trực tuyến một phần là 47").
        r.add(Rule.of("dvc.procedures_total", 0.8, "tổng số (?:tthc|thủ tục hành chính)(?![^;\\d]{0,30}?trực tuyến){G}(?:là|:|gồm|có) ?{N}"));
        r.add(Rule.of("dvc.procedures_total", 0.75, "(?<!(?:đơn giản h(?:óa|oá)|cắt giảm|bãi bỏ) ){N} {TTHC} thuộc (?:thẩm quyền|phạm vi)"));

        r.add(Rule.of("dvc.dossiers_received", 0.8,
                "(?:tổng số|tổng) hồ sơ{G}tiếp nhận ?(?:là|:)? ?{N}(?! hồ sơ (?:dịch vụ công |dvc )?(?:trực tuyến|qua mạng|online|(?:qua|trên) môi trường mạng))"));
        r.add(Rule.of("dvc.dossiers_received", 0.75, "(?<!(?:mỗi|một|hằng|hàng) (?:ngày|tuần|tháng) )tiếp nhận (?:được |mới )?{N} hồ sơ(?! (?:dịch vụ công |dvc )?(?:trực tuyến|qua mạng|online|(?:qua|trên) môi trường mạng))"));
        r.add(Rule.of("dvc.dossiers_online", 0.8, "{N} hồ sơ(?:(?!với tỷ lệ|với tỉ lệ)[^;,\\d]){0,30}?(?:trực tuyến|qua mạng|dvctt)"));
        r.add(Rule.of("dvc.dossiers_online", 0.75, "(?:tiếp nhận|nộp) (?:hồ sơ )?trực tuyến{IS}{N}"));

        r.add(Rule.of("dvc.dossiers_on_time_pct", 0.8, "(?:đúng hạn|trước hạn)[^;%]{0,40}?{P}"));
        r.add(Rule.of("dvc.dossiers_on_time_pct", 0.8, "{P} (?:hồ sơ)[^;%]{0,60}?(?:đúng hạn|trước hạn)"));
        r.add(Rule.of("dvc.satisfaction_pct", 0.75, "hài lòng[^;%]{0,40}?{P}"));
        r.add(Rule.of("dvc.satisfaction_pct", 0.75, "{P}[^;%,]{0,60}?hài lòng"));

        r.add(Rule.of("dvc.dossier_digitization_pct", 0.85,
                "số hóa hồ sơ(?: (?:tthc|thủ tục hành chính))?(?: khi tiếp nhận)?[^;%]{0,50}?{P}"));
        r.add(Rule.of("dvc.result_digitization_pct", 0.85,
                "số hóa kết quả(?: giải quyết)?(?: (?:tthc|thủ tục hành chính))?[^;%]{0,50}?{P}"));
        r.add(Rule.of("dvc.result_digitization_pct", 0.8, "số hóa {P} kết quả giải quyết"));

        String paying = "thanh toán (?:trực tuyến|điện tử|không dùng tiền mặt)";
        r.add(Rule.of("dvc.online_payments", 0.8, "{N} (?:giao dịch|lượt thanh toán|lượt giao dịch|hồ sơ thanh toán)").when(paying));
        r.add(Rule.of("dvc.online_payment_amount", 0.8, paying + "[^;%]{0,80}?{M}"));
        r.add(Rule.of("dvc.online_payment_amount", 0.75, "(?:tổng số tiền|số tiền|giá trị){G}{M}").when(paying));
    }

    private static void documents(List<Rule.Builder> r) {
        r.add(Rule.of("doc.incoming", 0.9, "{N} văn bản đến{E}"));
        r.add(Rule.of("doc.incoming", 0.85, "(?:tổng )?số văn bản đến{IS}{N}"));
        r.add(Rule.of("doc.outgoing", 0.9, "{N} văn bản đi{E}"));
        r.add(Rule.of("doc.outgoing", 0.85, "(?:tổng )?số văn bản đi{E}{IS}{N}"));

        String electronic = "(?:văn bản điện tử|dạng điện tử|môi trường mạng|hoàn toàn điện tử)";
        r.add(Rule.of("doc.electronic_pct", 0.85, "{P} (?:các )?văn bản(?! đi (?:được )?ký số)[^;%]{0,120}?" + electronic));
        r.add(Rule.of("doc.electronic_pct", 0.85, "văn bản[^;%]{0,120}?" + electronic + "[^;%]{0,40}?{P}"));

        r.add(Rule.of("doc.signed_pct", 0.85, "{P} (?:các )?văn bản đi{E}[^;%]{0,40}?(?:được )?ký số"));
        r.add(Rule.of("doc.signed_pct", 0.8, "{RATE} văn bản đi (?:được )?ký số{IS}{P}"));

        r.add(Rule.of("doc.digital_signature_pct", 0.85,
                "{P} (?:các )?(?:{STAFF}|cơ quan|đơn vị)[^;%]{0,100}?(?:sử dụng|được cấp|có|cấp) (?:chữ ký số|chứng thư số)"));
        r.add(Rule.of("doc.digital_signature_pct", 0.8, "{STAFF}[^;%]{0,40}?(?:có|sử dụng|được cấp) chữ ký số[^;%]{0,30}?{P}"));

        r.add(Rule.of("doc.official_email_pct", 0.85, "{P} (?:{STAFF}|người)[^;%]{0,80}?thư điện tử"));
        r.add(Rule.of("doc.official_email_pct", 0.85, "{RATE} {STAFF}[^;%]{0,60}?thư điện tử[^;%]{0,80}?{P}"));
    }

    private static void societyAndEconomy(List<Rule.Builder> r) {
        // A share of communes and villages, not of the population ("99,9% dân số được phủ sóng" is no value).
        r.add(Rule.of("soc.mobile_coverage_pct", 0.8, "{P}(?! dân số)[^;%]{0,60}?phủ sóng").with(TERRITORIAL));
        r.add(Rule.of("soc.mobile_coverage_pct", 0.8, "(?<!dân số (?:được )?)phủ sóng[^;%]{0,60}?{P}(?! ?dân số)").with(TERRITORIAL));
        r.add(Rule.of("soc.household_fiber_pct", 0.85, "hộ gia đình[^;%]{0,80}?(?:cáp quang|băng rộng)[^;%]{0,40}?{P}").with(TERRITORIAL));
        r.add(Rule.of("soc.household_fiber_pct", 0.85, "{P} (?:số )?hộ gia đình[^;%]{0,80}?(?:cáp quang|băng rộng)").with(TERRITORIAL));
        r.add(Rule.of("soc.smartphone_pct", 0.8, "(?:thuê bao|người dân|người dùng|dân số)[^;%]{0,60}?điện thoại (?:di động )?thông minh[^;%]{0,30}?{P}")
                .with(TERRITORIAL));
        r.add(Rule.of("soc.smartphone_pct", 0.75, "{P} (?:thuê bao|người dân|người dùng|dân số)[^;%]{0,60}?điện thoại (?:di động )?thông minh")
                .with(TERRITORIAL));
        r.add(Rule.of("soc.vneid_staff_pct", 0.8,
                "{STAFF}[^;%]{0,80}?(?:vneid|định danh điện tử|mã định danh|tài khoản định danh)[^;%]{0,160}?{P}"));
        r.add(Rule.of("soc.vneid_staff_pct", 0.8, "{P} {STAFF}[^;%]{0,80}?(?:vneid|định danh điện tử|tài khoản định danh)"));

        r.add(Rule.of("eco.einvoice_businesses", 0.8,
                "{N} (?:doanh nghiệp|dn|hộ kinh doanh|cơ sở kinh doanh|tổ chức){G}hóa đơn điện tử").with(TERRITORIAL));
    }

    private static void funding(List<Rule.Builder> r) {
        r.add(Rule.of("fin.dx_budget", 0.8, "(?:tổng )?(?:kinh phí|ngân sách|nguồn vốn|vốn|chi phí)[^;\\d%]{0,60}?{M}").when("{TOPIC}"));
    }
}
