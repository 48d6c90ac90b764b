-- The topics a unit may ask guidance on (指导申请); administrators extend the list.
INSERT INTO reference_item (category, code, name, name_en, sort_order, active, version) VALUES
('GUIDANCE_TOPIC', 'LAW_CONSULTATION', '法规咨询', 'Legal consultation', 1, TRUE, 0),
('GUIDANCE_TOPIC', 'RISK_ASSESSMENT', '风险评估', 'Risk assessment', 2, TRUE, 0),
('GUIDANCE_TOPIC', 'TRAINING', '培训', 'Training', 3, TRUE, 0),
('GUIDANCE_TOPIC', 'CONFIDENTIALITY_RULES', '建立保密制度', 'Setting up confidentiality rules', 4, TRUE, 0),
('GUIDANCE_TOPIC', 'PROTECTION_SYSTEM', '搭建保密体系', 'Building a protection system', 5, TRUE, 0),
('GUIDANCE_TOPIC', 'PROTECTION_MEASURES', '完善保密措施', 'Improving protection measures', 6, TRUE, 0),
('GUIDANCE_TOPIC', 'DOCUMENT_TEMPLATES', '规范文本模板', 'Standard document templates', 7, TRUE, 0),
('GUIDANCE_TOPIC', 'OTHER', '其他', 'Other', 8, TRUE, 0);
