-- Seed: the demonstration framework of shared/domain/DTI-FRAMEWORK.md, version 1, active for every
-- province, peer group and period from 2021 on; tests read the document from this file.
insert into framework (code, name_vi, name_en, legal_basis, max_points, status) values (
    'dti-mau-2024', 'DTI cấp sở, ngành, huyện — bản mẫu 2024', 'DTI for departments and districts — 2024 template',
    'Bản mẫu theo cấu trúc QĐ 922/QĐ-BTTTT / Template shaped like Decision 922/QĐ-BTTTT', 1000, 'ACTIVE');

insert into framework_version (framework_code, version, total_points, status, created_by, document) values (
    'dti-mau-2024', 1, 1000, 'ACTIVE', 'seed', $framework$
{
  "code": "dti-mau-2024",
  "nameVi": "DTI cấp sở, ngành, huyện — bản mẫu 2024",
  "nameEn": "DTI for departments and districts — 2024 template",
  "legalBasis": "Bản mẫu theo cấu trúc QĐ 922/QĐ-BTTTT / Template shaped like Decision 922/QĐ-BTTTT",
  "totalPoints": 1000,
  "indices": [
    {
      "code": "I",
      "nameVi": "Nhận thức số",
      "nameEn": "Digital awareness",
      "maxPoints": 100,
      "components": [
        {
          "code": "1.1",
          "nameVi": "Ban Chỉ đạo chuyển đổi số được thành lập/kiện toàn",
          "nameEn": "DX steering committee established or renewed",
          "maxPoints": 30,
          "method": "BOOLEAN",
          "input": "dir.steering_committee",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Văn bản (số, ngày, trích yếu, tệp đính kèm) / Document (number, date, abstract, file)",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "1.2",
          "nameVi": "Chuyên mục Chuyển đổi số trên cổng/trang TTĐT",
          "nameEn": "DX section on the unit's web portal",
          "maxPoints": 20,
          "method": "BOOLEAN",
          "input": "dir.dx_portal_section",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Đường dẫn chuyên mục / Link to the section",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "1.3",
          "nameVi": "Tin bài về chuyển đổi số trong kỳ",
          "nameEn": "DX news items in the period",
          "maxPoints": 30,
          "method": "THRESHOLDS",
          "input": "dir.dx_news_posts",
          "parameters": {
            "steps": [
              {
                "op": ">=",
                "value": 24,
                "points": 30
              },
              {
                "op": ">=",
                "value": 12,
                "points": 20
              },
              {
                "op": ">=",
                "value": 6,
                "points": 10
              },
              {
                "op": ">=",
                "value": 1,
                "points": 5
              }
            ]
          },
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Danh sách tin bài kèm đường dẫn / List of items with links",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "1.4",
          "nameVi": "Văn bản chỉ đạo điều hành về CNTT/CĐS",
          "nameEn": "Directive documents on IT/DX",
          "maxPoints": 20,
          "method": "CAPPED_COUNT",
          "input": "dir.directive_docs",
          "parameters": {
            "perItem": 4
          },
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Văn bản (số, ngày, trích yếu, tệp đính kèm) / Document (number, date, abstract, file)",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        }
      ]
    },
    {
      "code": "II",
      "nameVi": "Thể chế số",
      "nameEn": "Digital institutions",
      "maxPoints": 100,
      "components": [
        {
          "code": "2.1",
          "nameVi": "Kế hoạch chuyển đổi số của kỳ được ban hành",
          "nameEn": "DX plan for the period issued",
          "maxPoints": 30,
          "method": "BOOLEAN",
          "input": "dir.annual_plan",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Văn bản (số, ngày, trích yếu, tệp đính kèm) / Document (number, date, abstract, file)",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "2.2",
          "nameVi": "Quy chế bảo đảm an toàn thông tin",
          "nameEn": "Information-security regulation",
          "maxPoints": 25,
          "method": "BOOLEAN",
          "input": "inst.security_policy",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Văn bản (số, ngày, trích yếu, tệp đính kèm) / Document (number, date, abstract, file)",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "2.3",
          "nameVi": "Phân công công chức phụ trách chuyển đổi số",
          "nameEn": "Civil servant assigned to DX",
          "maxPoints": 25,
          "method": "BOOLEAN",
          "input": "dir.dx_staff_assigned",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Văn bản (số, ngày, trích yếu, tệp đính kèm) / Document (number, date, abstract, file)",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "2.4",
          "nameVi": "Kinh phí thực hiện chuyển đổi số",
          "nameEn": "DX spending",
          "maxPoints": 20,
          "method": "BEST_IN_GROUP",
          "input": "fin.dx_budget",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Báo cáo quyết toán kinh phí / Spending statement",
          "dataSource": "Báo cáo tài chính của đơn vị / The unit's financial report",
          "verifiedBy": "Sở Tài chính / Department of Finance"
        }
      ]
    },
    {
      "code": "III",
      "nameVi": "Hạ tầng số",
      "nameEn": "Digital infrastructure",
      "maxPoints": 100,
      "components": [
        {
          "code": "3.1",
          "nameVi": "Tỷ lệ CBCC được trang bị máy tính",
          "nameEn": "Share of civil servants with a computer",
          "maxPoints": 30,
          "method": "RATIO",
          "input": "infra.staff_with_computer",
          "denominator": "infra.staff_total",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "3.2",
          "nameVi": "Tỷ lệ máy tính kết nối LAN/Internet",
          "nameEn": "Share of computers connected to LAN/Internet",
          "maxPoints": 25,
          "method": "PERCENT",
          "input": "infra.computers_networked_pct",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "3.3",
          "nameVi": "Kết nối mạng truyền số liệu chuyên dùng",
          "nameEn": "Connected to the dedicated government data network",
          "maxPoints": 25,
          "method": "BOOLEAN",
          "input": "infra.dedicated_network",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "3.4",
          "nameVi": "Hệ thống hội nghị truyền hình/họp trực tuyến",
          "nameEn": "Video-conference system",
          "maxPoints": 20,
          "method": "BOOLEAN",
          "input": "infra.video_conference",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        }
      ]
    },
    {
      "code": "IV",
      "nameVi": "Nhân lực số",
      "nameEn": "Digital human resources",
      "maxPoints": 100,
      "components": [
        {
          "code": "4.1",
          "nameVi": "Công chức chuyên trách/kiêm nhiệm CNTT",
          "nameEn": "Dedicated or part-time IT staff",
          "maxPoints": 40,
          "method": "THRESHOLDS",
          "input": "hr.it_staff",
          "parameters": {
            "steps": [
              {
                "op": ">=",
                "value": 2,
                "points": 40
              },
              {
                "op": ">=",
                "value": 1,
                "points": 25
              }
            ]
          },
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Quyết định phân công / Assignment decision",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "4.2",
          "nameVi": "Tỷ lệ lượt CBCC được bồi dưỡng CNTT/CĐS/ATTT",
          "nameEn": "Share of civil servants trained in IT/DX/security",
          "maxPoints": 40,
          "method": "RATIO",
          "input": "hr.trained_staff",
          "denominator": "infra.staff_total",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "4.3",
          "nameVi": "Tổ công nghệ số cộng đồng",
          "nameEn": "Community digital-technology teams",
          "maxPoints": 20,
          "method": "THRESHOLDS",
          "input": "hr.community_tech_teams",
          "parameters": {
            "steps": [
              {
                "op": ">=",
                "value": 1,
                "points": 20
              }
            ]
          },
          "applies": {
            "scope": "LOCAL"
          },
          "evidence": "Quyết định thành lập tổ / Decision establishing the teams",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        }
      ]
    },
    {
      "code": "V",
      "nameVi": "An toàn thông tin mạng",
      "nameEn": "Cybersecurity",
      "maxPoints": 100,
      "components": [
        {
          "code": "5.1",
          "nameVi": "Cấp độ an toàn HTTT được phê duyệt",
          "nameEn": "Approved information-system security level",
          "maxPoints": 40,
          "method": "LEVEL_MAP",
          "input": "sec.security_level",
          "parameters": {
            "steps": [
              {
                "op": ">=",
                "value": 2,
                "fraction": 1
              },
              {
                "op": "=",
                "value": 1,
                "fraction": 0.5
              }
            ]
          },
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Quyết định phê duyệt cấp độ / Security-level approval decision",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "5.2",
          "nameVi": "Tỷ lệ máy tính cài phần mềm phòng chống mã độc",
          "nameEn": "Share of computers with anti-malware",
          "maxPoints": 30,
          "method": "PERCENT",
          "input": "sec.antivirus_pct",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "5.3",
          "nameVi": "Không để xảy ra sự cố mất ATTT",
          "nameEn": "No information-security incident",
          "maxPoints": 30,
          "method": "THRESHOLDS",
          "input": "sec.incidents",
          "parameters": {
            "steps": [
              {
                "op": "=",
                "value": 0,
                "points": 30
              },
              {
                "op": "<=",
                "value": 2,
                "points": 15
              }
            ]
          },
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở KH&CN, Công an tỉnh / Department of Science and Technology, provincial police"
        }
      ]
    },
    {
      "code": "VI",
      "nameVi": "Hoạt động chính quyền số",
      "nameEn": "Digital government activity",
      "maxPoints": 200,
      "pillar": "CQS",
      "components": [
        {
          "code": "6.1",
          "nameVi": "Tỷ lệ TTHC cung cấp DVCTT toàn trình",
          "nameEn": "Share of procedures offered fully online",
          "maxPoints": 40,
          "method": "RATIO",
          "input": "dvc.online_full",
          "denominator": "dvc.procedures_total",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Cổng dịch vụ công, hệ thống thông tin giải quyết TTHC tỉnh / Provincial public-service portal",
          "verifiedBy": "Văn phòng UBND tỉnh / Provincial People's Committee Office"
        },
        {
          "code": "6.2",
          "nameVi": "Tỷ lệ TTHC cung cấp DVCTT (toàn trình và một phần)",
          "nameEn": "Share of procedures offered online (full or partial)",
          "maxPoints": 20,
          "method": "RATIO",
          "input": "dvc.online_full + dvc.online_partial",
          "denominator": "dvc.procedures_total",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Cổng dịch vụ công, hệ thống thông tin giải quyết TTHC tỉnh / Provincial public-service portal",
          "verifiedBy": "Văn phòng UBND tỉnh / Provincial People's Committee Office"
        },
        {
          "code": "6.3",
          "nameVi": "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến",
          "nameEn": "Share of dossiers received online",
          "maxPoints": 30,
          "method": "RATIO",
          "input": "dvc.dossiers_online",
          "denominator": "dvc.dossiers_received",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Cổng dịch vụ công, hệ thống thông tin giải quyết TTHC tỉnh / Provincial public-service portal",
          "verifiedBy": "Văn phòng UBND tỉnh / Provincial People's Committee Office"
        },
        {
          "code": "6.4",
          "nameVi": "Tỷ lệ hồ sơ giải quyết đúng hạn",
          "nameEn": "Share of dossiers resolved on time",
          "maxPoints": 20,
          "method": "PERCENT",
          "input": "dvc.dossiers_on_time_pct",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Cổng dịch vụ công, hệ thống thông tin giải quyết TTHC tỉnh / Provincial public-service portal",
          "verifiedBy": "Văn phòng UBND tỉnh / Provincial People's Committee Office"
        },
        {
          "code": "6.5",
          "nameVi": "Tỷ lệ số hóa hồ sơ và kết quả giải quyết TTHC",
          "nameEn": "Digitisation of dossiers and procedure results",
          "maxPoints": 20,
          "method": "PERCENT",
          "input": "(dvc.dossier_digitization_pct + dvc.result_digitization_pct) / 2",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Cổng dịch vụ công, hệ thống thông tin giải quyết TTHC tỉnh / Provincial public-service portal",
          "verifiedBy": "Văn phòng UBND tỉnh / Provincial People's Committee Office"
        },
        {
          "code": "6.6",
          "nameVi": "Tỷ lệ văn bản xử lý trên môi trường mạng",
          "nameEn": "Share of documents processed electronically",
          "maxPoints": 30,
          "method": "PERCENT",
          "input": "doc.electronic_pct",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Hệ thống quản lý văn bản và điều hành / Document-management system",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "6.7",
          "nameVi": "Tỷ lệ văn bản đi được ký số",
          "nameEn": "Share of outgoing documents digitally signed",
          "maxPoints": 20,
          "method": "PERCENT",
          "input": "doc.signed_pct",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Hệ thống quản lý văn bản và điều hành / Document-management system",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "6.8",
          "nameVi": "Tỷ lệ CBCC sử dụng thư điện tử công vụ",
          "nameEn": "Share of staff using official e-mail",
          "maxPoints": 20,
          "method": "PERCENT",
          "input": "doc.official_email_pct",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        }
      ]
    },
    {
      "code": "VII",
      "nameVi": "Hoạt động kinh tế số",
      "nameEn": "Digital economy activity",
      "maxPoints": 150,
      "pillar": "KTS",
      "components": [
        {
          "code": "7.1",
          "nameVi": "Giao dịch thanh toán trực tuyến",
          "nameEn": "Online payment transactions",
          "maxPoints": 60,
          "method": "BEST_IN_GROUP",
          "input": "dvc.online_payments",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Cổng dịch vụ công, hệ thống thông tin giải quyết TTHC tỉnh / Provincial public-service portal",
          "verifiedBy": "Văn phòng UBND tỉnh / Provincial People's Committee Office"
        },
        {
          "code": "7.2",
          "nameVi": "Giá trị thanh toán trực tuyến",
          "nameEn": "Value of online payments",
          "maxPoints": 40,
          "method": "BEST_IN_GROUP",
          "input": "dvc.online_payment_amount",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Cổng dịch vụ công, hệ thống thông tin giải quyết TTHC tỉnh / Provincial public-service portal",
          "verifiedBy": "Văn phòng UBND tỉnh / Provincial People's Committee Office"
        },
        {
          "code": "7.3",
          "nameVi": "Doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử",
          "nameEn": "Businesses using e-invoices",
          "maxPoints": 50,
          "method": "BEST_IN_GROUP",
          "input": "eco.einvoice_businesses",
          "applies": {
            "scope": "LOCAL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Cục Thuế tỉnh / Provincial tax department",
          "verifiedBy": "Thuế tỉnh / Provincial tax office"
        }
      ]
    },
    {
      "code": "VIII",
      "nameVi": "Hoạt động xã hội số",
      "nameEn": "Digital society activity",
      "maxPoints": 150,
      "pillar": "XHS",
      "components": [
        {
          "code": "8.1",
          "nameVi": "Tỷ lệ CBCC có định danh điện tử mức 2",
          "nameEn": "Share of staff with level-2 electronic identity",
          "maxPoints": 45,
          "method": "PERCENT",
          "input": "soc.vneid_staff_pct",
          "applies": {
            "scope": "ALL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Báo cáo của đơn vị / The unit's report",
          "verifiedBy": "Công an tỉnh / Provincial police"
        },
        {
          "code": "8.2",
          "nameVi": "Tỷ lệ xã được phủ sóng di động 3G/4G",
          "nameEn": "Share of communes covered by 3G/4G",
          "maxPoints": 35,
          "method": "PERCENT",
          "input": "soc.mobile_coverage_pct",
          "applies": {
            "scope": "LOCAL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Doanh nghiệp viễn thông / Telecom operators",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "8.3",
          "nameVi": "Tỷ lệ hộ gia đình có Internet cáp quang",
          "nameEn": "Share of households with fibre broadband",
          "maxPoints": 35,
          "method": "PERCENT",
          "input": "soc.household_fiber_pct",
          "applies": {
            "scope": "LOCAL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Doanh nghiệp viễn thông / Telecom operators",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        },
        {
          "code": "8.4",
          "nameVi": "Tỷ lệ thuê bao di động dùng điện thoại thông minh",
          "nameEn": "Share of mobile subscribers using smartphones",
          "maxPoints": 35,
          "method": "PERCENT",
          "input": "soc.smartphone_pct",
          "applies": {
            "scope": "LOCAL"
          },
          "evidence": "Số liệu kèm văn bản, báo cáo chứng minh / Figures with the supporting report or document",
          "dataSource": "Doanh nghiệp viễn thông / Telecom operators",
          "verifiedBy": "Sở Khoa học và Công nghệ / Department of Science and Technology"
        }
      ]
    }
  ]
}
$framework$);

insert into framework_activation (framework_code, version, province_code, unit_group, from_year, to_year, created_by)
values ('dti-mau-2024', 1, null, null, 2021, null, 'seed');
