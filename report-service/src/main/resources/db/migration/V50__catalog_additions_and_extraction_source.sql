-- Elements seen often in real agency reports (issue 13), and which rule or lexicon entry proposed an extracted value.
insert into data_element (code, value_type, pillar, name_vi, name_en, measure, min_value, max_value) values
    ('dvc.dossiers_online_pct', 'PERCENT', 'digital_government', 'Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến', 'Share of procedure dossiers received online', '%', 0, 100),
    ('dvc.online_payment_pct', 'PERCENT', 'digital_government', 'Tỷ lệ TTHC có phát sinh phí, lệ phí được thanh toán trực tuyến', 'Share of fee-bearing procedures paid online', '%', 0, 100),
    ('soc.vneid_residents_pct', 'PERCENT', 'digital_society', 'Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)', 'Share of residents with a VNeID account', '%', 0, 100),
    ('infra.computer_per_staff_pct', 'PERCENT', 'infrastructure', 'Tỷ lệ máy tính/cán bộ, công chức', 'Computers per civil servant (%)', '%', 0, 100),
    ('doc.dms_users_pct', 'PERCENT', 'digital_government', 'Tỷ lệ cán bộ, công chức sử dụng hệ thống quản lý văn bản và điều hành', 'Share of staff using the document-management system', '%', 0, 100),
    ('dir.plan_targets_met', 'COUNT', 'awareness', 'Số chỉ tiêu, nhiệm vụ kế hoạch chuyển đổi số đã hoàn thành', 'Plan targets met', null, 0, null),
    ('dir.plan_targets_total', 'COUNT', 'awareness', 'Tổng số chỉ tiêu, nhiệm vụ của kế hoạch chuyển đổi số', 'Plan targets planned', null, 0, null),
    ('soc.digital_skills_trained', 'COUNT', 'digital_society', 'Số người dân được tập huấn, phổ cập kỹ năng số trong kỳ', 'Residents trained in digital skills in the period', null, 0, null),
    ('sec.systems_level_approved', 'COUNT', 'cybersecurity', 'Số hệ thống thông tin đã được phê duyệt cấp độ an toàn', 'Information systems with an approved security level', null, 0, null);

insert into consistency_rule (code, left_codes, right_codes, message_vi, message_en) values
    ('dir.plan_targets_within_total', 'dir.plan_targets_met', 'dir.plan_targets_total',
     'Số chỉ tiêu hoàn thành không được lớn hơn tổng số chỉ tiêu', 'Targets met cannot exceed targets planned');

alter table report_value add column extraction_source varchar(200);
