package vn.dti.report.extraction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a matched figure is the unit's own achieved value: not a plan or target, not negated,
 * not about the communes or the whole province, not a document issued by someone else.
 * All checks read the lower-case cleaned text.
 */
final class ContextChecks {

    /** "Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch": "kế hoạch" in a body's name is no plan. */
    private static final Pattern PLAN_WORDS = Pattern.compile("(?<!\\p{L})(?:dự kiến|(?<!tài chính[ \\-–]{1,3})kế hoạch(?! và đầu tư)|phấn đấu|mục tiêu|chỉ tiêu(?! (?:số )?\\d)|(?<!hồ sơ )đề xuất"
            + "|(?<!phản ánh,? )kiến nghị|định hướng|khảo sát(?= (?:để|nhằm)(?!\\p{L}))|sẽ|phải đạt|cần đạt|yêu cầu đạt|dự toán|thời gian tới|năm tới|lộ trình"
            + "|đề nghị(?= (?:tỉnh|trung ương|bộ|chính phủ|ubnd|ủy ban|uỷ ban|các cấp|cấp trên|nhà nước)(?!\\p{L}))"
            + "|hướng (?:đến|tới)(?= (?:mục tiêu |tỷ lệ |tỉ lệ |đạt )?(?:\\d|$)))(?!\\p{L})");
    private static final Pattern PLAN_NOUN = Pattern.compile("kế hoạch|chỉ tiêu|mục tiêu");
    /** "đặt mục tiêu", "đã đề ra các chỉ tiêu", "xác định một số mục tiêu": a plan noun that a verb of setting governs. */
    private static final Pattern SETS_TARGETS = Pattern.compile("(?<!\\p{L})(?:đặt|đặt ra|đề ra|xác định|đưa ra)(?: các| những| một số| \\d+)? $");
    /** "hoàn thành toàn bộ 24 chỉ tiêu", "thực hiện tốt 04/04 chỉ tiêu", "đạt 19/19 chỉ tiêu": targets named as met. */
    private static final Pattern TARGETS_MET = Pattern.compile("(?<!\\p{L})(?<!để |nhằm |phải |cần |sẽ |chưa |không )(?:hoàn thành|thực hiện (?:tốt|được|đạt)|đạt(?: được)?)"
            + " (?:toàn bộ |tất cả |cả |được )?(?:\\d+(?:/\\d+)? )?(?:các )?(?:chỉ tiêu|mục tiêu|nhiệm vụ)(?!\\p{L})");
    /** "đã đề xuất bổ sung 19 dịch vụ công trực tuyến": the proposing is past, what it proposes is not done. */
    private static final Pattern PROPOSAL = Pattern.compile("đề xuất|kiến nghị");
    /** "(đạt 79% mục tiêu)": a share of the target reached, a result. */
    private static final Pattern REACHED = Pattern.compile("(?<!\\p{L})đạt(?!\\p{L})");
    /** "hồ sơ, kết quả giải quyết", "số hóa kết quả", "trả kết quả": the results a procedure hands out are a thing, not a result reported. */
    private static final Pattern ACHIEVED = Pattern.compile("(?<!\\p{L})(?:đã|đạt được|(?<!(?:hồ sơ,? |hồ sơ và |số hóa |số hoá |trả |cấp ))kết quả"
            + "|hoàn thành|thực hiện (?:đạt|được)|thực tế)(?!\\p{L})");
    /** "phòng họp không giấy", "thanh toán không dùng tiền mặt", "loa không dây": "không" inside a compound negates nothing. */
    private static final String NOT_A_COMPOUND = "(?! giấy| dùng tiền mặt| tiền mặt| dây| chạm)";
    private static final Pattern NEGATION = Pattern.compile("(?<!\\p{L})(?:chưa|không)(?!\\p{L})(?! chỉ| những| ngừng| ngại)" + NOT_A_COMPOUND);
    /** Up to the next table cell: "| 15 | 14 | Chưa đạt" notes that a target was missed, it negates no figure. */
    /** "48 người (chưa kể 31 người ở thôn)", "46 người (không tính …)": an exclusion after a figure sets others aside, it negates nothing. */
    private static final String NOT_AN_EXCLUSION = "(?! kể| tính| bao gồm)";
    private static final Pattern NEGATION_AFTER = Pattern.compile("^[^;,.|]{0,15}?(?<!\\p{L})(?:chưa|không)(?!\\p{L})" + NOT_A_COMPOUND + NOT_AN_EXCLUSION);
    private static final Pattern COMMUNE_LEVEL = Pattern.compile("cấp (?:xã|thôn|phường)|tổ dân phố");
    /** "cấp huyện", also at the end of a list of tiers with one "cấp": "cán bộ, công chức cấp xã, huyện". */
    private static final Pattern OWN_LEVEL = Pattern.compile("cấp (?:huyện|tỉnh|sở|quận|thị xã|thành phố)"
            + "|cấp (?:xã|phường|thị trấn),? (?:và )?(?:huyện|quận|thị xã)(?!\\p{L})");
    /** In a province's report, the district and commune tiers are parts: "cấp huyện đạt 45%". */
    private static final Pattern LOWER_TIERS_OF_PROVINCE = Pattern.compile("cấp (?:xã|thôn|phường|huyện|quận)|tổ dân phố");
    private static final Pattern TIER_RANGE = Pattern.compile("(?:từ )?cấp (?:xã|phường|huyện|quận) trở lên"
            + "|từ cấp (?:tỉnh|huyện|quận)(?: đến| tới| xuống)(?: cấp)? (?:huyện|quận|xã|phường|cơ sở)");
    private static final Pattern PROVINCE_TIER = Pattern.compile("cấp (?:tỉnh|sở)|toàn tỉnh|trên địa bàn tỉnh");
    /** "Một số xã tỷ lệ … chỉ đạt 60%": a few communes' figure is not the unit's. */
    private static final String SOME_COMMUNES = "|(?<!\\p{L})một số (?:xã|phường|thị trấn)(?!\\p{L})";
    private static final Pattern COMMUNES = Pattern.compile("cấp (?:xã|thôn|phường)|(?:tại|của|ở|cho) (?:các |mỗi )?(?:xã|phường|thị trấn)(?!\\p{L})"
            + "|các xã|xã, (?:thị trấn|phường)|tổ dân phố|ubnd xã" + SOME_COMMUNES);
    /** Many communes or their tier: a report of unknown level may be one commune's, so "tại xã X", "UBND xã" are not parts of its figures. */
    private static final Pattern MANY_COMMUNES = Pattern.compile("cấp (?:xã|thôn|phường)|(?<!\\p{L})(?:các|mỗi|những) (?:xã|phường|thị trấn)(?!\\p{L})"
            + "|xã, (?:thị trấn|phường)|tổ dân phố" + SOME_COMMUNES);
    private static final Pattern BODIES_COUNTED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d+)? ?(?:%|phần trăm)(?: số| các)?"
            + "(?:,? (?:và )?(?:sở|ban|ngành|ubnd|cơ quan|đơn vị|địa phương|cấp (?:tỉnh|huyện|xã)|huyện|quận|thị xã|xã|phường|thị trấn)(?!\\p{L}))+");
    private static final Pattern NOT_ONLY_COMMUNES = Pattern.compile("huyện|quận|thị xã|(?<!\\p{L})sở(?!\\p{L})|cơ quan|đơn vị");
    /** Figures of the whole country or of other bodies: "cả nước", "các Bộ, ngành", "các tỉnh, thành phố". */
    private static final Pattern OTHER_BODIES = Pattern.compile("(?<!\\p{L})(?:" + ContextChecks.NOT_A_RANKING + ContextChecks.NOT_A_COMPARISON + "(?:cả nước|toàn quốc|bình quân chung|trung bình chung)"
            + "|trên phạm vi cả nước|các bộ,? ngành|bộ,? ngành trung ương|các tỉnh,? thành phố|các địa phương trong cả nước"
            + "|" + ContextChecks.COUNTRY_AS_PLACE
            + "|" + ContextChecks.OTHER_TIERS + ")(?!\\p{L})");
    /**
     * "326 cuộc tấn công mạng ... vào các hệ thống thông tin tại Việt Nam", "Việt Nam có hơn 10.000 trang web ...", "Năm 2024, Việt Nam có
     * 87% dân số ..." (the country as the subject of a clause, also after a leading date), "Kế hoạch chuyển
     * đổi số của Bộ, ngành Tư pháp", "100% bộ, ngành và địa phương": the country or a ministry's sector, never a reporting unit.
     */
    static final String COUNTRY_AS_PLACE = "(?:tại|ở|của|trên không gian mạng) việt nam|(?:^|(?<=[,:] ))[^\\p{L}]*việt nam (?:có|đã|đang)"
            + "|(?:của|toàn|tại|ở) bộ,? ngành|\\d ?% (?:các )?bộ,? ngành";
    /** "thuộc tốp khá cả nước với 8.701 giao dịch", "đứng thứ 2 cả nước": the unit ranked in the country, not the country's figure. */
    /** "cao hơn mức trung bình cả nước", "so với bình quân chung": the unit's figure measured against the country's, not the country's. */
    static final String NOT_A_COMPARISON = "(?<!(?:cao hơn|thấp hơn|vượt|so với|hơn|gấp) (?:\\p{L}{1,9} )?(?:\\p{L}{1,9} )?(?:\\p{L}{1,9} )?(?:\\p{L}{1,9} )?)";
    static final String NOT_A_RANKING = "(?<!(?:tốp|top|dẫn đầu|đứng đầu|thứ \\d{1,2}) (?:\\p{L}{1,6} )?)";
    /**
     * "Cổng Dịch vụ công quốc gia đã cung cấp 3.805 DVC trực tuyến ...; hơn 4,78 triệu hồ sơ trực tuyến", "Theo Bộ Thông tin và
     * Truyền thông, ...": a sentence whose subject is the national portal or a ministry states national figures; the portal
     * as a place ("thanh toán trên Cổng DVC quốc gia") does not.
     */
    private static final Pattern NATIONAL_SUBJECT = Pattern.compile("(?<!(?:trên|qua|tại|từ|lên|vào|với|của|thông qua|tích hợp|kết nối) )"
            + "(?<!\\p{L})(?:cổng (?:dịch vụ công|dvc) quốc gia|cổng dvcqg)(?!\\p{L})"
            + "|^[\\s\\-+•]*theo (?:số liệu |thống kê |báo cáo )?(?:của )?(?:bộ(?! phận)|văn phòng chính phủ)(?!\\p{L})");
    /**
     * "các Sở, ban, ngành tiếp nhận 8.500 hồ sơ", "các huyện, thị xã, thành phố ...", "khối bộ, ngành": a group of bodies that is
     * never the reporting unit itself (a part of a province's figure, or other units); "các sở, ngành, địa phương" and "100% các
     * sở, ban, ngành" are all of them.
     */
    static final String OTHER_TIERS = "(?<!% |phần trăm |tất cả |toàn bộ )(?:các |khối (?:các )?)(?:sở,? (?:ban,? )?ngành|bộ,? ngành)(?!,? (?:và )?(?:các )?(?:địa phương|huyện|ubnd|cấp huyện))"
            + "|(?<!ubnd |ủy ban nhân dân )các (?:huyện,? (?:thị xã|thành phố)|quận,? huyện)";
    /** "18 huyện, thị xã, thành phố xây dựng xong kế hoạch": a statement about many other units ("Đề án 06 huyện" names a project). */
    private static final Pattern MANY_UNITS = Pattern.compile("(?<![\\d.,/])(?<!(?:dẫn đầu|đứng đầu|thứ|trong số|trên|năm|đề án) )(?!(?:19|20)\\d\\d(?!\\d))\\d+(?:/\\d+)? (?:huyện|quận|thị xã|tỉnh|sở|địa phương)(?!\\p{L})");
    /** "525 tổ tại ấp, khu vực", "tại thôn và tổ dân phố", "của ấp/khóm": the village tier in a list of tiers, not one village. */
    private static final String VILLAGE_TIER_LIST = "(?!(?:,? (?:và )?|/)(?:khu vực|khóm|khu phố|tổ dân phố|thôn|ấp|bản|xóm|buôn)(?!\\p{L}))";
    /** "Thôn 3 ...", "hạ tầng số của thôn": a single village or residential group, never the reporting unit itself. */
    private static final Pattern VILLAGE = Pattern.compile("(?<!\\p{L})(?:(?:của|tại|ở) (?:thôn|ấp|buôn|tổ dân phố|khu phố)(?!\\p{L})" + VILLAGE_TIER_LIST
            + "|(?:thôn|ấp|buôn|tổ dân phố|khu phố) (?:số )?\\d+(?![\\d%]|[.,/]\\d))");
    /** "thành phố Buôn Ma Thuột", "TP.Buôn Hồ", "huyện Buôn Đôn": a district-level place whose name starts like a village. */
    private static final String NOT_A_PLACE_NAMED_LIKE_A_VILLAGE = "(?<!(?:[Tt]hành phố|TP\\.?|[Tt]hị xã|[Hh]uyện|[Xx]ã) ?)";
    /** One village by its name or number: "ấp Trung Bình", "thôn Đông", "xóm 5"; "bản" only after a team, "tại", "của", "ở", "thuộc". */
    private static final Pattern NAMED_VILLAGE = Pattern.compile("(?<!\\p{L})(?<!các |những |\\d )" + NOT_A_PLACE_NAMED_LIKE_A_VILLAGE + "(?:[Tt]hôn|[Ấấ]p|[Bb]uôn|[Xx]óm|[Kk]hóm"
            + "|[Tt]ổ dân phố|[Kk]hu phố|(?<=(?:cộng đồng|[Tt]ại|của|ở|thuộc) )[Bb]ản) (?:\\p{Lu}\\p{Ll}*|\\d{1,3}(?![\\d%.,/]))");
    /** A ministry or national department named as the subject that opens a sentence ("Bộ Thông tin và Truyền thông đã tổ chức ..."). */
    private static final String MINISTRY = "(?:bộ (?:thông tin|tt&tt|tttt|khoa học|kh&cn|công an|nội vụ|tài chính|kế hoạch|y tế|giáo dục|tư pháp"
            + "|nông nghiệp|tài nguyên|xây dựng|công thương|giao thông|lao động|văn hóa|quốc phòng|ngoại giao)|cục|tổng cục)(?!\\p{L})";
    /** "Theo Bộ Thông tin và Truyền thông, ...": a sentence that reports a ministry's or a national statistic's statement. */
    private static final Pattern ATTRIBUTED_TO_OTHERS = Pattern.compile("^[^\\p{L}]*(?:theo (?:(?:số liệu|báo cáo|thống kê|đánh giá|công bố) (?:của )?)?"
            + "(?:bộ|cục|tổng cục|chính phủ|thủ tướng|ủy ban quốc gia|trung ương|hiệp hội)(?!\\p{L})|" + MINISTRY + ")");
    /**
     * "Xã Tân Hòa có 8 tổ ...", "tại phường An Lạc": one named commune or ward (case-sensitive, on the text in its own case); an
     * abbreviation in capitals is a kind, not a name ("xã NTM kiểu mẫu": a model new-rural commune).
     */
    private static final Pattern NAMED_COMMUNE = Pattern.compile("(?<!\\p{L})(?:[Xx]ã|[Pp]hường|[Tt]hị trấn) (?!Hội(?!\\p{L}))"
            + "(?!\\p{Lu}{2,}(?!\\p{Ll}))(?:\\p{Lu}[\\p{L}\\d]*|\\d{1,2}(?![\\d%.,/]))(?: \\p{Lu}[\\p{L}\\d]*){0,2}");
    /** "Sau hơn 1 năm triển khai, …", "Đến nay, …": a sentence that goes on about what the sentence before it was about. */
    private static final Pattern GOES_ON = Pattern.compile("^[\\s\\-+•]*(?:sau (?:hơn |gần |khoảng )?(?:\\d+|một|hai|ba) (?:năm|tháng)|sau khi"
            + "|qua (?:hơn |gần )?(?:\\d+|một|hai|ba) (?:năm|tháng)|nhờ đó|từ đó|kết quả là|đến nay)(?!\\p{L})");
    /**
     * "Xã An Trường được thành lập trên cơ sở sắp xếp các xã Trường Thành, Trường Thọ và Bát Trang", "sáp nhập toàn bộ … của xã Phú An":
     * the communes a unit was formed from are its own past, not another commune the next sentence goes on about.
     */
    private static final Pattern MERGED_FROM = Pattern.compile("(?<!\\p{L})(?:sắp xếp|sáp nhập|hợp nhất|nhập toàn bộ|trên cơ sở nhập)(?!\\p{L})");
    private static final Pattern PROVINCE_WORD = Pattern.compile("(?<!\\p{L})tỉnh(?!\\p{L})");
    private static final Pattern DISTRICT_WORD = Pattern.compile("(?<!\\p{L})(?:huyện|thị xã|quận)(?!\\p{L})");
    private static final Pattern COMMUNE_WORD = Pattern.compile("(?<!\\p{L})(?:xã|phường|thị trấn)(?!\\p{L})");
    private static final Pattern TIER_WORDS = Pattern.compile("(?<!\\p{L})(?:tỉnh|huyện|thị xã|quận|xã|phường|thị trấn|bộ|trung ương)(?!\\p{L})");
    /** Time words, then a bare tier ("tỉnh", "UBND huyện") that no capitalised name follows, then a verb or "có". */
    private static final Pattern TIER_SUBJECT = Pattern.compile("\\s*(?:(?:[Tt]rong |[Đđ]ến )?(?:[Nn]ăm (?:19|20)\\d\\d|\\d{1,2} tháng đầu năm(?: (?:19|20)\\d\\d)?"
            + "|[Qq]uý [IV1-4]+(?:/(?:19|20)\\d\\d| năm (?:19|20)\\d\\d)?|[Tt]rong (?:năm|kỳ)|[Đđ]ến nay|[Hh]iện nay|[Tt]ính đến [^,]{1,30}),? )?"
            + "(?:UBND |Ủy ban nhân dân |[Uu]ỷ ban nhân dân )?(?<tier>[Tt]ỉnh|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)"
            + "(?! \\p{Lu})(?: đã| đang| cũng)? (?:có|tiếp nhận|thành lập|triển khai|tổ chức|giải quyết|ban hành|cung cấp|đạt|hoàn thành|phát hành)(?!\\p{L})");
    private static final Pattern NAMED_DISTRICT = Pattern.compile("(?<!\\p{L})(?:[Hh]uyện|[Tt]hị xã|[Qq]uận) (?<name>\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,2})");
    private static final Pattern OWN_PLACE = Pattern.compile("(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|tp\\.?) ([\\p{L} ]+?)\\s*$");
    /** "của các sở, ngành": in a lower unit's report, the province's other agencies. */
    private static final Pattern OTHER_AGENCIES = Pattern.compile("(?<!\\p{L})các sở(?:,? ban)?(?:,? ngành)?(?!\\p{L})");
    private static final Set<String> TERRITORIAL_PILLARS = Set.of("infrastructure", "digital_society", "digital_economy");
    /** "... vào các hệ thống thông tin tại Việt Nam": the country named as the place anywhere in the clause. */
    private static final Pattern COUNTRY_IN_CLAUSE = Pattern.compile("(?<!(?:đầu tiên|dẫn đầu|đứng đầu|nhất) )(?<!\\p{L})(?:tại|ở|trên không gian mạng) việt nam(?!\\p{L})");
    /** The words right after a phrase, up to punctuation, "và" or a figure. */
    private static final Pattern WORDS_AFTER = Pattern.compile("(?:(?! và )[^,.;:()\\d])*");
    private static final Pattern SHARE_OF_BODIES = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d+)? ?(?:%|phần trăm) (?:các |số )?"
            + "(?:bộ|sở|ban,? ngành|tỉnh|huyện|quận|thị xã|xã|phường|địa phương|ubnd (?:các )?(?:huyện|xã))(?!\\p{L})");
    /** "mỗi đơn vị cấp xã thành lập 1 Tổ", "mỗi tổ có 5 thành viên": a figure for each of several things, not a total. */
    private static final Pattern PER_EACH = Pattern.compile("(?<!\\p{L})mỗi (?!năm|tháng|quý|tuần|ngày|lần|kỳ)\\p{L}");
    /** "đứng thứ nhất toàn tỉnh", "dẫn đầu toàn huyện": the unit's rank among the others, not a figure of the wider territory. */
    static final String NOT_A_RANK_IN_IT = "(?<!(?:tốp|top|dẫn đầu|đứng đầu|thứ \\d{1,2}|thứ nhất|thứ nhì|thứ hai|thứ ba|hạng \\d{1,2}) (?:trên )?)";
    private static final Pattern PROVINCE_WIDE = Pattern.compile(NOT_A_RANK_IN_IT + "(?:của tỉnh|toàn tỉnh|trên địa bàn tỉnh|trên phạm vi (?:toàn )?tỉnh|cả tỉnh)");
    /** In a commune's report, "toàn huyện", "trên địa bàn huyện" name the district's figure ("lớp tập huấn của huyện" may be the commune's). */
    private static final Pattern WIDER_THAN_COMMUNE = Pattern.compile(NOT_A_RANK_IN_IT + "(?:của tỉnh|toàn tỉnh|trên địa bàn tỉnh|trên phạm vi (?:toàn )?tỉnh|cả tỉnh"
            + "|toàn huyện|trên địa bàn huyện|cả huyện)");
    /** "Toàn tỉnh hiện có ..." opening the clause makes the province the subject. */
    /** Also a clause that opens with the province as its subject: "Tỉnh hiện có 1.871 tổ …" in a district's report. */
    private static final Pattern PROVINCE_SUBJECT = Pattern.compile(NOT_A_RANK_IN_IT + "(?:toàn tỉnh|trên địa bàn tỉnh|trên phạm vi (?:toàn )?tỉnh|cả tỉnh)"
            + "|^\\s*(?:[-–+•]\\s*)?tỉnh (?:hiện |đã |cũng )?(?:có|đạt|tiếp nhận|thành lập|triển khai|ghi nhận)\\b");
    /** In a commune's report, "toàn huyện ..." is the district's figure. */
    private static final Pattern DISTRICT_SUBJECT = Pattern.compile(NOT_A_RANK_IN_IT + "(?:toàn huyện|trên địa bàn huyện|cả huyện)|(?<!\\p{L})huyện (?:hiện )?có");
    /** "nền tảng ... của tỉnh" names the province's shared platform, not a province-wide figure. */
    private static final Pattern SHARED_PLATFORM = Pattern.compile("(?<!\\p{L})(?:nền tảng|hệ thống|cổng|trục|mạng|phần mềm|kho)(?!\\p{L})[^,;]{0,40}$");
    private static final Pattern OTHER_ISSUER = Pattern.compile("ubnd tỉnh|ủy ban nhân dân tỉnh|chủ tịch ubnd|tỉnh ủy|hđnd tỉnh"
            + "|của tỉnh|thủ tướng|chính phủ|bộ thông tin|bộ tt&tt|sở thông tin và truyền thông|sở tt&tt|ban thường vụ|trung ương");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern OWN_SUBJECT = Pattern.compile("(?<!\\p{L})(?:huyện|quận|thị xã|xã|phường|thị trấn|sở|đơn vị|cơ quan)(?!\\p{L})");
    private static final Pattern ISSUED_BEFORE = Pattern.compile("(?:đã|vừa)? ?(?:ban hành|xây dựng và ban hành)(?: các| những)? $");
    private static final Pattern DOCUMENT_NUMBER_AFTER = Pattern.compile(" (?:số )?\\d+/");

    private final String lower;
    private final String text;
    private final ReportHeader header;
    private final String unitLower;
    /** Built on first use: the province as a sentence's subject (empty when it does not apply to the unit). */
    private Optional<Pattern> provinceSubject;

    ContextChecks(String lower, ReportHeader header) {
        this(lower, null, header);
    }

    /** @param text the cleaned text in its own case, character for character like {@code lower}: names start with a capital */
    ContextChecks(String lower, String text, ReportHeader header) {
        this.lower = lower;
        this.text = text;
        this.header = header;
        this.unitLower = header.unitName() == null ? "" : header.unitName().toLowerCase(Locale.ROOT);
    }

    String lower() {
        return lower;
    }

    ReportHeader header() {
        return header;
    }

    /** A plan or target: a plan word earlier in the sentence that no "đã"/"đạt được" follows. */
    boolean isPlanned(Clause clause, int matchStart, int matchEnd) {
        return isPlanned(clause, matchStart, matchEnd, null);
    }

    /** @param allowed plan words that belong to the element's own wording ("chỉ tiêu" for plan targets met), or null */
    boolean isPlanned(Clause clause, int matchStart, int matchEnd, Pattern allowed) {
        String before = lower.substring(afterTheCitation(clause, statementStart(clause, matchStart), matchStart), matchStart);
        Matcher plan = PLAN_WORDS.matcher(before);
        int lastPlan = -1;
        int ownItemStart = before.lastIndexOf(';') + 1;
        while (plan.find()) {
            if (!isIssuedPlanDocument(before, plan.start(), plan.end()) && !isAllowed(plan.group(), allowed)
                    && !(before.startsWith("đã ", Math.max(0, plan.start() - 3)) && !PROPOSAL.matcher(plan.group()).matches())
                    && !isAchievedInAnEarlierItem(before, plan.start(), plan.group(), ownItemStart)
                    && !isAnAsideOfAnEarlierItem(before, plan.start(), ownItemStart)
                    && !namesTargetsMet(before, plan.start(), plan.end(), plan.group())) {
                lastPlan = plan.end();
            }
        }
        boolean plannedBefore = lastPlan >= 0 && !ACHIEVED.matcher(before.substring(lastPlan)).find();
        if (plannedBefore) {
            return true;
        }
        String match = lower.substring(matchStart, matchEnd);
        Matcher inside = PLAN_WORDS.matcher(match);
        while (inside.find()) {
            if (!isAllowed(inside.group(), allowed) && !isIssuedPlanDocument(match, inside.start(), inside.end())) {
                return true;
            }
        }
        return PlanParagraph.continuesATarget(lower, clause, allowed);
    }

    /**
     * "đã thực hiện 42/43 nhiệm vụ đề ra theo kế hoạch; chỉ số hài lòng đạt 92,6%": a plan or target that an earlier item of the
     * list says was carried out does not make the later items targets.
     */
    private static boolean isAchievedInAnEarlierItem(String before, int planStart, String planWord, int ownItemStart) {
        if (planStart >= ownItemStart || !PLAN_NOUN.matcher(planWord).matches() || setsTargets(before, planStart)) {
            return false;
        }
        int itemStart = before.lastIndexOf(';', planStart) + 1;
        String item = before.substring(itemStart, planStart);
        return ACHIEVED.matcher(item).find() || REACHED.matcher(item).find();
    }

    /**
     * "Sở đã xây dựng kế hoạch và đặt mục tiêu cụ thể: 90% …; 70% …", "huyện đã đề ra các chỉ tiêu: …": the "đã" is the act of setting
     * the targets, so the list they introduce stays a list of targets.
     */
    private static boolean setsTargets(String before, int planStart) {
        return SETS_TARGETS.matcher(before.substring(Math.max(0, planStart - 30), planStart)).find();
    }

    /**
     * "xã đã hoàn thành toàn bộ 24 chỉ tiêu chuyển đổi số đề ra trong kế hoạch: 100% hồ sơ …", "đã thực hiện tốt 04/04 chỉ tiêu thuộc
     * Tiêu chí 8, cụ thể: …": the targets are named as met, so the plan nouns that name them and the list after them are results.
     */
    private static boolean namesTargetsMet(String before, int planStart, int planEnd, String planWord) {
        if (!PLAN_NOUN.matcher(planWord).matches()) {
            return false;
        }
        int itemStart = before.lastIndexOf(';', planStart) + 1;
        Matcher met = TARGETS_MET.matcher(before).region(itemStart, planEnd);
        return met.find();
    }

    /**
     * "… dịch vụ công mức độ 4 (dự kiến xong trong tháng 7-2022); tỷ lệ hồ sơ xử lý trực tuyến đạt 17,65%": a plan word inside a
     * parenthesis closed in an earlier item of the list is an aside about that item, not a plan for the items after it.
     */
    private static boolean isAnAsideOfAnEarlierItem(String before, int planStart, int ownItemStart) {
        if (planStart >= ownItemStart) {
            return false;
        }
        int open = before.lastIndexOf('(', planStart);
        int close = before.indexOf(')', planStart);
        return open >= 0 && before.lastIndexOf(')', planStart) < open && close >= 0 && close < ownItemStart;
    }

    private static boolean isAllowed(String planWord, Pattern allowed) {
        return allowed != null && allowed.matcher(planWord).matches();
    }

    /** "Thực hiện Kế hoạch … định hướng đến năm 2030, Sở đang …": the plan words of the document cited do not make the result a target. */
    private static int afterTheCitation(Clause clause, int statementStart, int matchStart) {
        return clause.citationEnd() > statementStart && clause.citationEnd() <= matchStart ? clause.citationEnd() : statementStart;
    }

    /** A table row ("1 | Tỷ lệ ... | 80% | 72,5%") is a statement of its own: the heading row above it is not its sentence. */
    private int statementStart(Clause clause, int matchStart) {
        int lineStart = lower.lastIndexOf('\n', matchStart - 1) + 1;
        if (lineStart <= clause.sentenceStart()) {
            return clause.sentenceStart();
        }
        int lineEnd = lower.indexOf('\n', matchStart);
        String line = lower.substring(lineStart, lineEnd < 0 ? lower.length() : lineEnd);
        return line.indexOf('|') >= 0 ? lineStart : clause.sentenceStart();
    }

    /**
     * "đã ban hành kế hoạch ...", "Kế hoạch số 40/KH-UBND", "Kế hoạch hoạt động của Ban Chỉ đạo": a plan document named as a fact
     * (a committee's work plan is its document), not a target.
     */
    private static boolean isIssuedPlanDocument(String s, int start, int end) {
        if (!s.startsWith("kế hoạch", start)) {
            return false;
        }
        return s.startsWith("kế hoạch hoạt động của ban chỉ đạo", start) || ISSUED_BEFORE.matcher(s.substring(Math.max(0, start - 25), start)).find()
                || DOCUMENT_NUMBER_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 12))).lookingAt();
    }

    boolean isNegated(Clause clause, int matchStart, int matchEnd) {
        int from = Math.max(clause.start(), matchStart - 25);
        String around = lower.substring(from, matchEnd);
        String after = lower.substring(matchEnd, Math.min(clause.end(), matchEnd + 30));
        return NEGATION.matcher(around).find() || NEGATION_AFTER.matcher(after).find() || LabelAnsweredNo.saysNo(lower, matchEnd);
    }

    /** Only about communes: "một phần cấp xã là 47", "tại các xã, thị trấn ... 65.16%". */
    boolean isAboutCommunesOnly(Clause clause, int matchStart, int matchEnd) {
        if (header.level() == UnitLevel.COMMUNE) {
            return false;
        }
        String match = withoutTierRanges(lower.substring(matchStart, matchEnd));
        boolean provinceTier = header.level() == UnitLevel.PROVINCE;
        Pattern lowerTiers = provinceTier ? LOWER_TIERS_OF_PROVINCE : COMMUNE_LEVEL;
        Pattern ownTier = provinceTier ? PROVINCE_TIER : OWN_LEVEL;
        if (lowerTiers.matcher(match).find()) {
            return !ownTier.matcher(match).find();
        }
        if (ownTier.matcher(match).find()) {
            return false;
        }
        String context = withoutTierRanges(withoutSharesOfBodies(lower.substring(clause.start(), matchStart))) + match;
        Pattern communes = header.level() == UnitLevel.UNKNOWN ? MANY_COMMUNES : COMMUNES;
        if (provinceTier && LOWER_TIERS_OF_PROVINCE.matcher(context).find() && !PROVINCE_TIER.matcher(context).find()) {
            return true;
        }
        return communes.matcher(context).find() && !NOT_ONLY_COMMUNES.matcher(context).find();
    }

    /** "công chức từ cấp huyện trở lên", "từ cấp tỉnh đến cấp xã": a range of tiers that reaches up to the unit's own. */
    private static String withoutTierRanges(String text) {
        return TIER_RANGE.matcher(text).replaceAll(" ");
    }

    /**
     * "100% sở, ban, ngành, UBND cấp huyện, cấp xã có mạng LAN, tỷ lệ máy tính kết nối Internet đạt 98%": the tiers a share of bodies
     * counts belong to that share, not to a later figure of the clause.
     */
    private static String withoutSharesOfBodies(String before) {
        return BODIES_COUNTED.matcher(before).replaceAll(" ");
    }

    /**
     * The country, the ministries or many other units are the subject of the clause, a ministry is the sentence's source, or
     * the figure is stated for each of several things ("mỗi xã 1 tổ").
     */
    boolean isAboutOtherBodies(Clause clause, int matchStart, int matchEnd) {
        String upToMatch = lower.substring(clause.start(), matchEnd);
        return OTHER_BODIES.matcher(upToMatch).find() || MANY_UNITS.matcher(upToMatch).find() || isAboutAVillage(clause, matchEnd)
                || isAttributedToOthers(clause) || isPerEach(clause, matchStart, matchEnd)
                || header.level() != UnitLevel.PROVINCE && header.level() != UnitLevel.UNKNOWN && OTHER_AGENCIES.matcher(upToMatch).find()
                || isAboutAnotherNamedCommune(clause, matchStart)
                || isAboutAnotherNamedDistrict(clause, matchStart)
                || hasAnotherTierAsSubject(clause, matchStart)
                || TierScope.isAboutAnotherTier(lower, clause, matchStart, header)
                || COUNTRY_IN_CLAUSE.matcher(lower).region(clause.start(), clause.end()).find()
                || NATIONAL_SUBJECT.matcher(lower).region(clause.sentenceStart(), Math.max(clause.sentenceStart(), matchStart)).find()
                || TierScope.isOneTierOfASplit(lower, clause, matchStart, matchEnd, header)
                || hasTheProvinceAsSubject(clause, matchStart)
                || OtherMembers.singledOut(lower, clause.start(), matchEnd);
    }

    /**
     * In a province's report, the item of the provincial tier in a share split by tiers ("99,39% đối với cấp tỉnh, 96,52% đối với cấp
     * huyện", "ở các sở, ban, ngành của tỉnh đạt trên 99%; cấp huyện đạt gần 88%"): for the elements whose national indicator is set
     * tier by tier, the province's own figure.
     */
    boolean isTheProvincesTierOfASplit(Clause clause, int matchStart, int matchEnd) {
        return TierScope.isTheProvincesTierOfASplit(lower, clause, matchStart, matchEnd, header);
    }

    private static final Pattern PROVINCE_AGENCIES = Pattern.compile("(?<!\\p{L})(?:các )?sở,? (?:ban,? )?ngành(?!\\p{L})"
            + "|(?<!\\p{L})các huyện,? (?:thị xã|thành phố)(?:,? (?:và )?(?:thị xã|thành phố))?(?!\\p{L})");
    /** "Đối với cấp xã, đã tổ chức …", "Các huyện, thị xã, thành phố thành lập …": the province's own lower tiers as the subject. */
    private static final Pattern LOWER_TIERS_AS_SUBJECT = Pattern.compile("(?<!\\p{L})(?:(?:đối với|với|ở|tại) cấp (?:xã|huyện|thôn)"
            + "|các huyện,? (?:thị xã|thành phố))(?!\\p{L})");

    /** In a province's report (or one of unknown level), a clause whose subject is the province's lower tiers (not the country's). */
    boolean hasItsLowerTiersAsSubject(Clause clause, int matchStart) {
        return (header.level() == UnitLevel.PROVINCE || header.level() == UnitLevel.UNKNOWN || header.level() == null)
                && LOWER_TIERS_AS_SUBJECT.matcher(lower).region(clause.sentenceStart(), Math.max(clause.sentenceStart(), matchStart)).find();
    }

    /** The country, a ministry or another source is the subject, even of the provincial tier's item of a split. */
    boolean isAboutTheCountryOrOthers(Clause clause, int matchStart, int matchEnd) {
        String upToMatch = PROVINCE_AGENCIES.matcher(lower.substring(clause.start(), matchEnd)).replaceAll(" ");
        return OTHER_BODIES.matcher(upToMatch).find() || COUNTRY_IN_CLAUSE.matcher(lower).region(clause.start(), clause.end()).find()
                || NATIONAL_SUBJECT.matcher(lower).region(clause.sentenceStart(), Math.max(clause.sentenceStart(), matchStart)).find()
                || isAttributedToOthers(clause) || isAboutAnotherNamedDistrict(clause, matchStart);
    }

    /** A count of teams ("10 tổ", "1.292 Tổ") and the words after it up to the next figure; "125 tổ dân phố" are villages. */
    private static final Pattern TEAM_COUNT = Pattern.compile("(?<![\\d.,/])\\d{1,3}(?:\\.\\d{3})*\\s+tổ(?! dân phố)(?!\\p{L})([^\\d;.]{0,60})");
    private static final Pattern TEAM_TIER = Pattern.compile("cấp (xã|phường|thị trấn|thôn|huyện)|(?<!\\p{L})(thôn|ấp|bản|khóm|xóm|tổ dân phố|khu phố)(?!\\p{L})");

    /**
     * "Toàn huyện hiện có 10 tổ công nghệ số cộng đồng cấp xã, 100 tổ cấp thôn với trên 600 thành viên": teams counted tier by tier,
     * each count with its own tier, are parts; the unit's total is not stated ("gần 450 tổ … cấp xã và khóm, ấp" is one count).
     */
    boolean isOneOfTheTeamCountsByTier(Clause clause, int from, int to) {
        Matcher m = TEAM_COUNT.matcher(lower).region(clause.sentenceStart(), clause.sentenceEnd());
        String own = null;
        Set<String> others = new HashSet<>();
        while (m.find()) {
            String tier = teamTier(m.group(1));
            if (m.start() < to && m.end(1) > from) {
                own = tier;
            } else if (tier != null) {
                others.add(tier);
            }
        }
        others.remove(own);
        return own != null && !others.isEmpty();
    }

    private static String teamTier(String after) {
        Matcher t = TEAM_TIER.matcher(after);
        if (!t.find()) {
            return null;
        }
        String word = t.group(1) != null ? t.group(1) : t.group(2);
        return switch (word) {
            case "xã", "phường", "thị trấn" -> "commune";
            case "huyện" -> "district";
            default -> "village";
        };
    }

    /** Time words that may open a sentence before its subject: "Năm 2024,", "Đến nay,", "Tính đến hết quý II,". */
    private static final String LEADING_TIME = "(?:(?:trong |đến )?(?:năm (?:19|20)\\d\\d|\\d{1,2} tháng đầu năm(?: (?:19|20)\\d\\d)?"
            + "|quý [ivx1-4]+(?:/(?:19|20)\\d\\d| năm (?:19|20)\\d\\d)?|trong (?:năm|kỳ)|đến nay|hiện nay|tính đến [^,]{1,30}),? )?";

    /**
     * "Khánh Hòa đạt 100% văn bản hành chính được phát hành dưới dạng điện tử" in the report of a department, a district or a commune of
     * Khánh Hòa: the province, named bare or as "tỉnh …" as the subject of the sentence, states its own figure. A district or commune
     * that bears the province's name (the provincial capital "thành phố Tuyên Quang") is not told apart from it, so there only "tỉnh …"
     * counts.
     */
    private boolean hasTheProvinceAsSubject(Clause clause, int matchStart) {
        if (provinceSubject == null) {
            provinceSubject = Optional.ofNullable(provinceSubjectPattern());
        }
        return provinceSubject.isPresent() && matchStart > clause.sentenceStart()
                && provinceSubject.get().matcher(lower).region(clause.sentenceStart(), matchStart).lookingAt();
    }

    /** The province as a sentence's subject, for a department's, a district's or a commune's report whose province is known, else null. */
    private Pattern provinceSubjectPattern() {
        UnitLevel level = header.level();
        String name = provinceName();
        if (name.isEmpty() || level != UnitLevel.DEPARTMENT && level != UnitLevel.DISTRICT && level != UnitLevel.COMMUNE) {
            return null;
        }
        boolean sameName = level != UnitLevel.DEPARTMENT && ownPlaceName().equals(name);
        return Pattern.compile("^[\\s\\-+•]*" + LEADING_TIME + "(?:(?:ubnd |ủy ban nhân dân |uỷ ban nhân dân )?tỉnh )" + (sameName ? "" : "?")
                + Pattern.quote(name) + "(?: (?:đã|đang|hiện|cũng|hiện đã))? (?:đạt|có|là|ghi nhận|hoàn thành|tiếp nhận|cung cấp|triển khai)(?!\\p{L})");
    }

    private static final Pattern TIER_OF_PROVINCE = Pattern.compile("cấp tỉnh");
    private static final Pattern TIER_OF_DISTRICT = Pattern.compile("cấp (?:huyện|quận|thị xã|thành phố)");
    private static final Pattern TIER_OF_COMMUNE = Pattern.compile("cấp (?:xã|phường|thị trấn)");

    /** "01 Tổ cấp huyện với 13 thành viên, 22 tổ cấp xã …" in a district's report: the sentence names the unit's own tier. */
    boolean namesTheUnitsOwnTier(Clause clause) {
        Pattern own = switch (header.level()) {
            case PROVINCE -> TIER_OF_PROVINCE;
            case DISTRICT -> TIER_OF_DISTRICT;
            case COMMUNE -> TIER_OF_COMMUNE;
            default -> null;
        };
        return own != null && own.matcher(lower).region(clause.sentenceStart(), clause.sentenceEnd()).find();
    }

    /**
     * For a share of the territory ("100% thôn, xã có sóng di động"): the country, many other units, one village, another named
     * commune or another source, but not the communes and tiers that make the territory up.
     */
    boolean isAboutAnotherTerritory(Clause clause, int matchStart, int matchEnd) {
        String upToMatch = lower.substring(clause.start(), matchEnd);
        return OTHER_BODIES.matcher(upToMatch).find() || MANY_UNITS.matcher(upToMatch).find() || isAboutAVillage(clause, matchEnd)
                || isAttributedToOthers(clause) || isAboutAnotherNamedCommune(clause, matchStart)
                || COUNTRY_IN_CLAUSE.matcher(lower).region(clause.start(), clause.end()).find();
    }

    /** "Toàn bộ 15/15 huyện, thành phố, thị xã", "11/11 huyện": all of a province's districts, counted as a complete fraction. */
    private static final Pattern ALL_DISTRICTS = Pattern.compile("(?<![\\d.,/])(\\d+)/\\1 (?:huyện|quận|thị xã)(?!\\p{L})");

    /**
     * The same for a territorial yes/no fact (a video-conference system reaching every district): in a province's report, or one of
     * unknown level, every one of its districts named as a complete fraction ("Toàn bộ 15/15 huyện, thành phố, thị xã triển khai hệ
     * thống hội nghị truyền hình trực tuyến đến cấp xã") is the province's whole territory, not many other units.
     */
    boolean isAboutAnotherTerritoryThanAllItsDistricts(Clause clause, int matchStart, int matchEnd) {
        String upToMatch = lower.substring(clause.start(), matchEnd);
        boolean provinceOrUnknown = header.level() == UnitLevel.PROVINCE || header.level() == UnitLevel.UNKNOWN;
        if (!provinceOrUnknown || !ALL_DISTRICTS.matcher(upToMatch).find()
                || MANY_UNITS.matcher(upToMatch).results().anyMatch(r -> !ALL_DISTRICTS.matcher(r.group()).matches())) {
            return isAboutAnotherTerritory(clause, matchStart, matchEnd);
        }
        return OTHER_BODIES.matcher(upToMatch).find() || isAboutAVillage(clause, matchEnd) || isAttributedToOthers(clause)
                || isAboutAnotherNamedCommune(clause, matchStart) || COUNTRY_IN_CLAUSE.matcher(lower).region(clause.start(), clause.end()).find();
    }

    /**
     * "100% các sở, ban, ngành và địa phương đã thành lập Ban Chỉ đạo", "100% xã đã ban hành kế hoạch": a share of many bodies
     * states that each of them has the thing, not that the unit itself has it (a yes/no fact of the unit). "100% cơ quan, đơn vị
     * thuộc huyện" names the unit's own agencies and stays its statement.
     */
    boolean isEachOfManyBodies(Clause clause, int matchStart) {
        return SHARE_OF_BODIES.matcher(lower).region(clause.start(), Math.max(clause.start(), matchStart)).find()
                || AnotherBodysFigure.isEachOfAListOfBodies(lower, clause.start(), matchStart);
    }

    /**
     * "thành lập Ban chỉ đạo chuyển đổi số cấp xã" in a report that is not a commune's: the tier named right after a yes/no phrase
     * says whose committee or plan it is (a province's report also so for "cấp huyện").
     */
    boolean isQualifiedByLowerTier(Clause clause, int phraseEnd) {
        if (header.level() == UnitLevel.COMMUNE || phraseEnd >= clause.end()) {
            return false;
        }
        Matcher words = WORDS_AFTER.matcher(lower).region(phraseEnd, Math.min(clause.end(), phraseEnd + 25));
        if (!words.lookingAt()) {
            return false;
        }
        Pattern lowerTiers = header.level() == UnitLevel.PROVINCE ? LOWER_TIERS_OF_PROVINCE : COMMUNE_LEVEL;
        return lowerTiers.matcher(words.group()).find();
    }

    /**
     * "Ban Chỉ đạo chuyển đổi số tỉnh đã tổ chức …" in a district's, a department's or a commune's report: the body of a higher
     * tier, named by its tier right after the topic, is not the unit's own (unknown levels are left alone).
     */
    boolean namesAHigherTiersBody(int from, int to) {
        Pattern higher = switch (header.level()) {
            case DISTRICT, DEPARTMENT -> HIGHER_THAN_DISTRICT;
            case COMMUNE -> HIGHER_THAN_COMMUNE;
            default -> null;
        };
        return higher != null && from < to && higher.matcher(lower).region(from, to).find();
    }

    private static final Pattern HIGHER_THAN_DISTRICT = Pattern.compile("(?:chuyển đổi số|cđs|ban chỉ đạo|bcđ)(?: của)? tỉnh(?!\\p{L})");
    private static final Pattern HIGHER_THAN_COMMUNE = Pattern.compile(
            "(?:chuyển đổi số|cđs|ban chỉ đạo|bcđ)(?: của)? (?:tỉnh|huyện|quận|thị xã)(?!\\p{L})");

    /**
     * A yes/no fact every body has of its own (a committee, a plan, a regulation, an officer, an approval) rather than a state of
     * the territory ("100% xã đã có đường truyền số liệu chuyên dùng" is the district's network reaching its communes).
     */
    static boolean isOwnFact(CatalogElement element) {
        return element.type() == ValueType.BOOLEAN && !TERRITORIAL_PILLARS.contains(element.pillar());
    }

    /** "Trong đó, xã Tân Hòa có 8 tổ ..." in a district's report: a commune other than the unit, named before the figure in its sentence. */
    private boolean isAboutAnotherNamedCommune(Clause clause, int matchStart) {
        if (text == null || unitLower.isEmpty() || matchStart <= clause.sentenceStart()) {
            return false;
        }
        if (continuesAboutAnotherNamedCommune(clause)) {
            return true;
        }
        Matcher named = NAMED_COMMUNE.matcher(text).region(clause.sentenceStart(), matchStart);
        while (named.find()) {
            if (!isTheUnitsOwnName(named.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Đứng thứ 2 là huyện Bảo Yên, với tỷ lệ hài lòng đạt 83,11%" in a province's or another district's report: a district other
     * than the unit named before the figure in its clause, unless the unit itself is named there too ("xã A, huyện B đạt …").
     */
    /**
     * "… thí điểm mô hình xã thông minh tại xã Gia Phú. Sau hơn 1 năm triển khai, tỷ lệ hồ sơ trực tuyến đạt 93%": a sentence that
     * goes on about another commune that the sentence right before it, in the same paragraph, named.
     */
    /** "xã Bá Thước" in "UBND xã Bá Thước", also as "xã Bá Thước Nguyễn" when a person's name follows it ("Chủ tịch UBND xã Bá Thước Nguyễn Công Đức Anh"). */
    private boolean isTheUnitsOwnName(String named) {
        String place = named.toLowerCase(Locale.ROOT);
        int at = unitLower.indexOf(place.substring(0, place.indexOf(' ') + 1));
        return unitLower.contains(place) || at >= 0 && place.startsWith(unitLower.substring(at));
    }

    private boolean continuesAboutAnotherNamedCommune(Clause clause) {
        int sentence = clause.sentenceStart();
        if (!GOES_ON.matcher(lower).region(sentence, clause.sentenceEnd()).lookingAt()) {
            return false;
        }
        int paragraphStart = lower.lastIndexOf('\n', Math.max(0, sentence - 1)) + 1;
        int previousStart = Math.max(paragraphStart, lower.lastIndexOf(". ", Math.max(0, sentence - 3)) + 2);
        Matcher merged = MERGED_FROM.matcher(lower).region(Math.min(previousStart, sentence), sentence);
        int namesEnd = merged.find() ? merged.start() : sentence;
        Matcher named = NAMED_COMMUNE.matcher(text).region(Math.min(previousStart, namesEnd), namesEnd);
        String last = null;
        while (named.find()) {
            last = named.group();
        }
        return last != null && !isTheUnitsOwnName(last);
    }

    private boolean isAboutAnotherNamedDistrict(Clause clause, int matchStart) {
        if (text == null || unitLower.isEmpty() || matchStart <= clause.start()) {
            return false;
        }
        String ownName = ownPlaceName();
        if (!ownName.isEmpty() && lower.substring(clause.start(), matchStart).contains(ownName)) {
            return false;
        }
        Matcher named = NAMED_DISTRICT.matcher(text).region(clause.start(), matchStart);
        boolean other = false;
        while (named.find()) {
            String place = named.group("name").toLowerCase(Locale.ROOT);
            if (ownName.isEmpty() || ownName.contains(place) || place.contains(ownName)) {
                return false;
            }
            other = true;
        }
        return other;
    }

    /**
     * "Quý I/2024, tỉnh tiếp nhận 45.210 hồ sơ" in a district's report, "Năm 2024, huyện có 15 tổ …" in a commune's: a tier named
     * bare as the subject of the clause, after its time words, is that tier's government; when it is not the unit's own tier, the
     * figure is another unit's.
     */
    private boolean hasAnotherTierAsSubject(Clause clause, int matchStart) {
        if (text == null || header.level() == UnitLevel.UNKNOWN || matchStart <= clause.start()) {
            return false;
        }
        Matcher subject = TIER_SUBJECT.matcher(text).region(clause.start(), clause.end());
        if (!subject.lookingAt() || subject.start("tier") >= matchStart) {
            return false;
        }
        String tier = subject.group("tier").toLowerCase(Locale.ROOT);
        return switch (header.level()) {
            case PROVINCE -> !tier.equals("tỉnh");
            case DISTRICT -> !DISTRICT_WORD.matcher(tier).matches();
            case COMMUNE -> !COMMUNE_WORD.matcher(tier).matches();
            default -> false;
        };
    }

    private static final Pattern PROVINCE_IN_NAME = Pattern.compile("(?<!\\p{L})tỉnh ([\\p{L} \\-]+?)\\s*$");

    /** The header's province, else the one a department's name ends with ("Sở Tư pháp tỉnh Nghệ An"), lower-case, or "". */
    private String provinceName() {
        if (header.province() != null && !header.province().isBlank()) {
            return header.province().toLowerCase(Locale.ROOT);
        }
        Matcher m = PROVINCE_IN_NAME.matcher(unitLower);
        return m.find() ? m.group(1) : "";
    }

    /** "bảo thắng" of "UBND huyện Bảo Thắng": the unit's place name, or "" when its name has no place. */
    private String ownPlaceName() {
        Matcher m = OWN_PLACE.matcher(unitLower);
        return m.find() ? m.group(1) : "";
    }

    /** "tỉnh", "của UBND tỉnh" in a province's own report: a qualifier naming the unit's own tier does not change the meaning. */
    boolean namesOwnTier(String qualifier) {
        Pattern own = switch (header.level()) {
            case PROVINCE -> PROVINCE_WORD;
            case DISTRICT -> DISTRICT_WORD;
            case COMMUNE -> COMMUNE_WORD;
            default -> null;
        };
        return own != null && own.matcher(qualifier).find() && !TIER_WORDS.matcher(own.matcher(qualifier).replaceAll("")).find();
    }

    /** "mỗi thôn thành lập 1 Tổ", "Mỗi tổ ... có 6 thành viên": "mỗi" opens the statement before the figure. */
    private boolean isPerEach(Clause clause, int matchStart, int matchEnd) {
        Matcher each = PER_EACH.matcher(lower).region(clause.start(), matchEnd);
        while (each.find()) {
            if (each.start() < matchStart && (each.end() >= matchStart || !DIGIT.matcher(lower).region(each.end(), matchStart).find())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence reports what a ministry, the government or a national body says ("Theo Bộ TT&TT, ..."). */
    boolean isAttributedToOthers(Clause clause) {
        return ATTRIBUTED_TO_OTHERS.matcher(lower.substring(clause.sentenceStart(), clause.sentenceEnd())).find();
    }

    /** "Thôn 3 ...; tỷ lệ hài lòng đạt 99%": the sentence is about one village, even for figures of the territory. */
    boolean isAboutAVillage(Clause clause, int matchEnd) {
        return VILLAGE.matcher(lower.substring(clause.sentenceStart(), matchEnd)).find() || isAboutANamedVillage(clause, matchEnd);
    }

    /**
     * "Tổ công nghệ số cộng đồng ấp Trung Bình ... với 07 thành viên", "Tổ ... bản 4 Vành có 5 thành viên": one village named before
     * the figure (case-sensitive, on the text in its own case); "các thôn Bình Tịnh, Tân An" are many.
     */
    private boolean isAboutANamedVillage(Clause clause, int matchEnd) {
        return text != null && matchEnd > clause.sentenceStart()
                && NAMED_VILLAGE.matcher(text).region(clause.sentenceStart(), matchEnd).find();
    }

    /** "941 thủ tục hành chính ... toàn trình của tỉnh Bình Định": a figure of a wider territory than the unit. */
    boolean isProvinceWide(Clause clause, int matchStart, int matchEnd) {
        String before = lower.substring(clause.start(), matchStart);
        if (OTHER_BODIES.matcher(before).find() || OTHER_BODIES.matcher(lower.substring(matchStart, matchEnd)).find()) {
            return true;
        }
        if (header.level() == UnitLevel.PROVINCE || header.level() == UnitLevel.UNKNOWN && header.unitName() == null) {
            return false;
        }
        if (PROVINCE_SUBJECT.matcher(before).find()
                || header.level() == UnitLevel.COMMUNE && DISTRICT_SUBJECT.matcher(before).find()) {
            return true;
        }
        int end = matchEnd;
        int limit = Math.min(clause.end(), matchEnd + 30);
        while (end < limit && lower.charAt(end) != ',') {
            end++;
        }
        Matcher m = (header.level() == UnitLevel.COMMUNE ? WIDER_THAN_COMMUNE : PROVINCE_WIDE).matcher(lower.substring(matchStart, end));
        while (m.find()) {
            if (!SHARED_PLATFORM.matcher(lower.substring(matchStart, matchStart + m.start())).find() || namesTheTerritory(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "… trên môi trường mạng … trên địa bàn tỉnh đạt trên 98%": the territory named after a network or a software is where the figure
     * was counted, not the owner of a shared platform ("phần mềm quản lý văn bản của tỉnh").
     */
    private static boolean namesTheTerritory(String wideWords) {
        return wideWords.startsWith("trên địa bàn") || wideWords.startsWith("trên phạm vi");
    }

    /** Issued by the province, the government or another agency rather than by the unit. */
    boolean isIssuedByOthers(Clause clause) {
        Matcher m = OTHER_ISSUER.matcher(lower).region(clause.start(), clause.end());
        while (m.find()) {
            if (!isTheIssuer(m.group(), m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "UBND tỉnh" is the issuer of a plan in the report of UBND tỉnh itself, not in that of "Văn phòng UBND tỉnh", whose name only
     * contains it: the unit is the issuer its name starts with.
     */
    private boolean isTheIssuer(String issuer, int at) {
        if (!unitLower.contains(issuer)) {
            return false;
        }
        boolean office = unitLower.startsWith("văn phòng");
        return !office || unitLower.startsWith(issuer) || lower.startsWith("văn phòng ", Math.max(0, at - 10));
    }

    /**
     * "UBND tỉnh ban hành 35 văn bản" in a district's report: another issuer is the subject before the figure, with no own
     * subject ("huyện", "UBND xã", "Sở", "đơn vị") between it and the figure; "Thực hiện chỉ đạo của UBND tỉnh, huyện ban hành
     * 12 văn bản" and "huyện ban hành Kế hoạch ... triển khai Kế hoạch của UBND tỉnh" stay the unit's own.
     */
    boolean isIssuedByOthersBefore(Clause clause, int matchStart) {
        if (unitLower.isEmpty() && header.level() == UnitLevel.UNKNOWN) {
            return false;
        }
        Matcher m = OTHER_ISSUER.matcher(lower).region(clause.sentenceStart(), matchStart);
        int lastEnd = -1;
        while (m.find()) {
            if (!isTheIssuer(m.group(), m.start()) && !headsTheUnitsOwnCommittee(m.group(), m.end())) {
                lastEnd = m.end();
            }
        }
        if (lastEnd < 0) {
            return false;
        }
        Matcher own = OWN_SUBJECT.matcher(lower).region(lastEnd, matchStart);
        while (own.find()) {
            if (!namesABodyOutsideTheUnit(own.group())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Chủ tịch UBND huyện đã phê duyệt Kế hoạch …" in a commune's report, "UBND xã ban hành …" in a department's: a subject word of
     * another tier names a body outside the unit, not the unit itself.
     */
    private boolean namesABodyOutsideTheUnit(String subject) {
        return switch (header.level() == null ? UnitLevel.UNKNOWN : header.level()) {
            case COMMUNE -> subject.equals("huyện") || subject.equals("quận") || subject.equals("thị xã") || subject.equals("sở");
            case DISTRICT -> subject.equals("sở");
            case DEPARTMENT -> !subject.equals("sở") && !subject.equals("đơn vị") && !subject.equals("cơ quan");
            default -> false;
        };
    }

    private static final Pattern OWN_COMMITTEE_TIER = Pattern.compile("^ubnd (tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn) ");

    /**
     * "Chủ tịch UBND tỉnh đã ký quyết định phê duyệt Kế hoạch …" in a province's report, "Chủ tịch UBND huyện ban hành …" in a
     * district's: the chair of the unit's own People's Committee signs for the unit.
     */
    private boolean headsTheUnitsOwnCommittee(String issuer, int end) {
        Matcher tier = OWN_COMMITTEE_TIER.matcher(unitLower);
        if (!issuer.equals("chủ tịch ubnd") || !tier.find() || !lower.startsWith(" " + tier.group(1), end)) {
            return false;
        }
        int after = end + 1 + tier.group(1).length();
        return after >= lower.length() || !Character.isLetter(lower.charAt(after));
    }

    /** A plan for a year outside the report's period ("... năm 2025" in a 2023 report). */
    /**
     * With no period in the header, a plan for a year after the one year the text reviews ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024" …
     * "Kế hoạch … Chuyển đổi số tỉnh Trà Vinh năm 2025") is the next period's plan.
     */
    boolean isAfterTheReviewedYear(String year) {
        if (year == null || header.period() != null) {
            return false;
        }
        Integer reviewed = PlanDocument.reviewedYear(lower);
        return reviewed != null && Integer.parseInt(year) > reviewed;
    }

    boolean isOutsidePeriod(String year) {
        if (year == null || header.period() == null) {
            return false;
        }
        int y = Integer.parseInt(year);
        return y < header.periodStartYear() || y > header.periodEndYear();
    }
}
