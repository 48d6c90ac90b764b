-- The scale data set (issue 16, point 1): loads FACTOR × a tenth of "10× Beijing" into a running platform's
-- PostgreSQL database, beside its demo data. Run by bench/pages.sh (FACTOR=10 gives the issue's figures):
--
--   psql -v factor=10 -v ON_ERROR_STOP=1 -h 127.0.0.1 -U tsbase -d tsbase_bench -f bench/scale.sql
--
-- At factor F: 5,000·F units over the 16 districts (valid credit codes, Chinese names), 2,000·F declarations over five
-- call years (80 calls) with their district reviews, recommendations and selection candidates, 30·F experts, a review
-- round per year whose candidates are each scored by 5–15 experts (about 10,000·F expert scores, each with a line per
-- rubric item), 500·F demonstration bases with, for every year since their batch, an annual plan, three trainings or
-- publicity events, four quarterly liaison reports and a guidance visit (two guidance officers per district), a leak
-- incident for about one base in ten a year, a published evaluation for every year after its designation up to last
-- year (one round per year, graded through the indicator systems' thresholds and 优秀 cap; a rectification order for
-- each 不合格), 100,000·F audit entries and 20,000·F notifications.
-- Encrypted columns are copied from rows the platform wrote itself (a demo unit's contacts, the draft that
-- bench/pages.sh starts as xc_unit2, the leak incident it reports as xc_unit), so every generated row opens like a
-- real one. The generated audit entries carry random tags: the audit page's chain check reports the first of them as
-- a break (a bench database only).
-- Generated experts and guidance officers have no login (negative account ids).
\set ON_ERROR_STOP on
BEGIN;
SELECT set_config('bench.factor', :'factor', true);

CREATE TEMP TABLE bench_district AS
SELECT code, name, (row_number() OVER (ORDER BY code) - 1)::int AS i
FROM reference_item WHERE category = 'DISTRICT' AND active;
CREATE TEMP TABLE bench_industry AS
SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS i
FROM reference_item WHERE category = 'INDUSTRY' AND active AND code <> 'OTHER';
CREATE TEMP TABLE bench_unit_type AS
SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS i
FROM reference_item WHERE category = 'UNIT_TYPE' AND active;

-- a valid unified social credit code (GB 32100) for a district and a number
CREATE FUNCTION pg_temp.uscc(district text, n bigint) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
	alphabet constant text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
	w constant int[] := '{1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28}';
	ow constant int[] := '{3,7,9,10,5,8,4,2}';
	body text := '7' || lpad(n::text, 7, '0');
	s int := 0;
	c int;
	first17 text;
BEGIN
	FOR k IN 1..8 LOOP
		s := s + substr(body, k, 1)::int * ow[k];
	END LOOP;
	c := 11 - s % 11;
	first17 := '91' || district || body || CASE c WHEN 10 THEN 'X' WHEN 11 THEN '0' ELSE c::text END;
	s := 0;
	FOR k IN 1..17 LOOP
		s := s + (strpos(alphabet, substr(first17, k, 1)) - 1) * w[k];
	END LOOP;
	c := 31 - s % 31;
	RETURN first17 || substr(alphabet, CASE c WHEN 31 THEN 1 ELSE c + 1 END, 1);
END $$;

CREATE FUNCTION pg_temp.pick(a text[], n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT a[1 + (n % array_length(a, 1))::int]
$$;

\echo == units
INSERT INTO unit (name, uscc, unit_type_code, industry_code, district_code, address, postcode, legal_representative,
	headcount, annual_output, contact_person, contact_title, contact_mobile, contact_email, registered_at, updated_at,
	version)
SELECT '北京' || pg_temp.pick('{华信,中科,京创,博远,新源,同方,瑞达,恒通,天工,智联,清源,启明,金桥,海纳,长城,燕山}', g)
		|| pg_temp.pick('{数据,精密,生物,软件,电子,材料,医药,信息,光电,能源,机器人,检测,智能,网络}', g / 16)
		|| pg_temp.pick('{科技,技术,仪器,工程,服务}', g / 224)
		|| CASE WHEN g % 7 = 0 THEN '研究院' ELSE '有限公司' END
		|| CASE WHEN g >= 1120 THEN pg_temp.pick('{第一,第二,第三,第四,第五,第六,第七,第八,第九}', g / 1120) || '分公司' ELSE '' END,
	pg_temp.uscc(d.code, g),
	(SELECT code FROM bench_unit_type WHERE i = g % (SELECT count(*) FROM bench_unit_type)),
	(SELECT code FROM bench_industry WHERE i = g % (SELECT count(*) FROM bench_industry)),
	d.code,
	'北京市' || d.name || pg_temp.pick('{中关村大街,金融街,西直门外大街,建国路,丰台路,科学城路,通州大道}', g) || (g % 300 + 1) || '号',
	'100' || lpad((g % 999)::text, 3, '0'),
	pg_temp.pick('{王,李,张,刘,陈,杨,赵,黄,周,吴}', g) || pg_temp.pick('{建国,海燕,志强,丽华,伟,敏,静,磊,洋,婷}', g / 10),
	20 + g % 980, (g % 5000) * 10000.00,
	pg_temp.pick('{孙,马,朱,胡,郭,何,高,林}', g) || pg_temp.pick('{晓明,春梅,立新,雪,鹏,楠}', g / 8),
	pg_temp.pick('{法务部经理,保密办主任,综合部主任,知识产权专员}', g),
	template.contact_mobile, template.contact_email,
	now() - ((g % 1825) || ' days')::interval, now() - ((g % 1825) || ' days')::interval, 0
FROM generate_series(1, 5000 * current_setting('bench.factor')::int) AS g
JOIN bench_district d ON d.i = g % 16
CROSS JOIN (SELECT contact_mobile, contact_email FROM unit ORDER BY id LIMIT 1) template;

\echo == calls: one per district and year, five years
INSERT INTO declaration_call (district_code, title, call_year, requirements_html, opens_at, closes_at, quota_points,
	quota_zones, created_by, created_at, version)
SELECT d.code, y || '年度' || d.name || '商业秘密保护示范基地申报', y, '<p>按《实施方案》要求申报。</p>',
	make_timestamptz(y, 3, 1, 9, 0, 0, 'Asia/Shanghai'), make_timestamptz(y, 4, 30, 17, 0, 0, 'Asia/Shanghai'),
	20, 2, 'bench', make_timestamptz(y, 2, 20, 9, 0, 0, 'Asia/Shanghai'), 0
FROM bench_district d CROSS JOIN generate_series(extract(year FROM now())::int - 5, extract(year FROM now())::int - 1) AS y;
INSERT INTO declaration_call_base_type (call_id, base_type)
SELECT c.id, t FROM declaration_call c CROSS JOIN (VALUES ('POINT'), ('ZONE')) AS v(t) WHERE c.created_by = 'bench';

\echo == declarations: the newest units of each district apply, one call year each
CREATE TEMP TABLE bench_unit AS
SELECT u.id, u.name, u.district_code, u.industry_code, row_number() OVER (ORDER BY u.id) AS n
FROM unit u WHERE u.uscc LIKE '91______7%' AND u.id > (SELECT max(id) FROM unit) - 5000 * current_setting('bench.factor')::int;
INSERT INTO declaration (call_id, unit_id, district_code, base_type, status, unit_name, industry_code, content_json,
	submitted_version, created_at, updated_at, submitted_at, decided_at, version)
SELECT c.id, u.id, u.district_code, CASE WHEN u.n % 10 = 0 THEN 'ZONE' ELSE 'POINT' END,
	-- the status by n / 5, the call year by n: every call year has recommended declarations, so the bases come from
	-- all five batches (by n alike, they came from two)
	pg_temp.pick('{SUBMITTED,RECOMMENDED,RECOMMENDED,NOT_RECOMMENDED,RETURNED}', u.n / 5),
	u.name, u.industry_code, template.content_json, 1,
	c.opens_at + interval '10 days', c.opens_at + interval '20 days', c.opens_at + interval '20 days',
	CASE WHEN u.n / 5 % 5 IN (1, 2, 3) THEN c.closes_at + interval '15 days' END, 0
FROM bench_unit u
JOIN declaration_call c ON c.created_by = 'bench' AND c.district_code = u.district_code
	AND c.call_year = extract(year FROM now())::int - 1 - (u.n % 5)::int
CROSS JOIN (SELECT content_json FROM declaration ORDER BY id DESC LIMIT 1) template
WHERE u.n <= 2000 * current_setting('bench.factor')::int;

\echo == demonstration bases
INSERT INTO demonstration_base (publication_id, declaration_id, unit_id, unit_name, uscc, base_type, batch_year,
	district_code, industry_code, document_number, document_date, status, created_at, version, certificate_number,
	verification_code)
SELECT template.publication_id, dcl.id, dcl.unit_id, dcl.unit_name, u.uscc, dcl.base_type, c.call_year,
	dcl.district_code, dcl.industry_code, '京市监发〔' || c.call_year || '〕' || (dcl.id % 90 + 10) || '号',
	make_date(c.call_year, 9, 1), CASE WHEN dcl.id % 50 = 0 THEN 'REVOKED' ELSE 'ACTIVE' END,
	make_timestamptz(c.call_year, 9, 1, 9, 0, 0, 'Asia/Shanghai'), 0,
	'BENCH-' || c.call_year || '-' || lpad(dcl.id::text, 8, '0'), 'B' || left(md5(dcl.id::text), 19)
FROM declaration dcl
JOIN declaration_call c ON c.id = dcl.call_id AND c.created_by = 'bench'
JOIN unit u ON u.id = dcl.unit_id
CROSS JOIN (SELECT publication_id FROM demonstration_base ORDER BY id LIMIT 1) template
WHERE dcl.status = 'RECOMMENDED'
ORDER BY dcl.id
LIMIT 500 * current_setting('bench.factor')::int;

\echo == district reviews: each declaration the district decided on or returned, with its score and opinion
INSERT INTO district_review (declaration_id, call_id, district_code, scores_json, total_score, opinion, decision,
	reason, reviewer, updated_at, version)
SELECT d.id, d.call_id, d.district_code, '{}', 60 + d.id % 40,
	pg_temp.pick('{保密制度健全，管理机构明确，建议推荐。,商业秘密管理体系较完善，培训记录齐全。,制度建设尚可，涉密载体管理有待加强。,申报材料完整，示范带动作用明显。}', d.id),
	CASE d.status WHEN 'RECOMMENDED' THEN 'RECOMMEND' WHEN 'NOT_RECOMMENDED' THEN 'NOT_RECOMMEND' END,
	CASE d.status WHEN 'NOT_RECOMMENDED' THEN '综合得分未达推荐名额线。' WHEN 'RETURNED' THEN '请补充保密制度文件。' END,
	'bench', d.updated_at, 0
FROM declaration d JOIN declaration_call c ON c.id = d.call_id AND c.created_by = 'bench'
WHERE d.status IN ('RECOMMENDED', 'NOT_RECOMMENDED', 'RETURNED');

\echo == recommendations and the candidates of the municipal selection
INSERT INTO recommendation (call_id, district_code, finalized_by, finalized_at)
SELECT c.id, c.district_code, 'bench', c.closes_at + interval '14 days'
FROM declaration_call c
WHERE c.created_by = 'bench' AND EXISTS (SELECT 1 FROM declaration d WHERE d.call_id = c.id AND d.status = 'RECOMMENDED');
INSERT INTO recommendation_entry (recommendation_id, position, declaration_id, unit_name, base_type, industry_code,
	total_score)
SELECT r.id, row_number() OVER (PARTITION BY r.id ORDER BY d.id), d.id, d.unit_name, d.base_type, d.industry_code,
	60 + d.id % 40
FROM recommendation r JOIN declaration_call c ON c.id = r.call_id AND c.created_by = 'bench'
JOIN declaration d ON d.call_id = r.call_id AND d.status = 'RECOMMENDED';
INSERT INTO selection_candidate (declaration_id, recommendation_id, call_id, call_year, district_code, unit_id,
	unit_name, uscc, base_type, industry_code, district_score, status, pre_review_note, collected_at, version)
SELECT d.id, r.id, d.call_id, c.call_year, d.district_code, d.unit_id, d.unit_name, u.uscc, d.base_type,
	d.industry_code, 60 + d.id % 40,
	CASE WHEN b.id IS NOT NULL THEN 'PROPOSED' WHEN d.id % 4 = 0 THEN 'PRE_REVIEW_FAILED' ELSE 'NOT_PROPOSED' END,
	CASE WHEN b.id IS NULL AND d.id % 4 = 0 THEN '申报材料不符合形式审查要求。' END,
	c.closes_at + interval '20 days', 0
FROM declaration d JOIN declaration_call c ON c.id = d.call_id AND c.created_by = 'bench'
JOIN recommendation r ON r.call_id = d.call_id
JOIN unit u ON u.id = d.unit_id
LEFT JOIN demonstration_base b ON b.declaration_id = d.id
WHERE d.status = 'RECOMMENDED';

\echo == experts (300 at factor 10), a review round per year, each candidate scored by several experts
INSERT INTO expert (name, title, affiliation_name, affiliation_uscc, email, phone, fields, available, account_id,
	username, created_at, version)
SELECT pg_temp.pick('{王,李,张,刘,陈,杨,赵,黄,周,吴,徐,孙}', g) || pg_temp.pick('{立群,文博,振华,雅琴,海峰,明远,若兰,志刚}', g / 12),
	pg_temp.pick('{教授,研究员,高级工程师,律师,副教授}', g),
	pg_temp.pick('{北京大学法学院,清华大学知识产权研究中心,中国人民大学法学院,北京市知识产权局专家库,中国政法大学,北京理工大学}', g),
	NULL, template.email, template.phone, pg_temp.pick('{LEGAL,TECHNICAL,MANAGEMENT}', g), true, -1000000 - g,
	'bench_expert' || g, now() - interval '2 years', 0
FROM generate_series(1, 30 * current_setting('bench.factor')::int) AS g
CROSS JOIN (SELECT email, phone FROM expert ORDER BY id LIMIT 1) template;
CREATE TEMP TABLE bench_expert AS
SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM expert;
INSERT INTO review_round (round_year, name, rubric_id, experts_per_declaration, maximum_load, deadline,
	divergence_threshold, status, created_by, created_at, released_at, decided_by, decided_at, version)
SELECT y, y || '年度示范基地专家评审', (SELECT min(id) FROM review_rubric),
	least(15, greatest(5, ceil(10000.0 * current_setting('bench.factor')::int
		/ greatest(1, (SELECT count(*) FROM selection_candidate WHERE status <> 'PRE_REVIEW_FAILED'))))::int),
	1000, make_timestamptz(y, 7, 15, 17, 0, 0, 'Asia/Shanghai'), 15, 'DECIDED', 'bench',
	make_timestamptz(y, 6, 1, 9, 0, 0, 'Asia/Shanghai'), make_timestamptz(y, 6, 5, 9, 0, 0, 'Asia/Shanghai'), 'bench',
	make_timestamptz(y, 7, 25, 9, 0, 0, 'Asia/Shanghai'), 0
FROM (SELECT DISTINCT call_year AS y FROM declaration_call WHERE created_by = 'bench') years;
INSERT INTO review_round_expert (round_id, expert_id)
SELECT r.id, e.id FROM review_round r CROSS JOIN bench_expert e WHERE r.created_by = 'bench';
INSERT INTO review_round_candidate (round_id, candidate_id, declaration_id, proposed, version)
SELECT r.id, s.id, s.declaration_id, s.status = 'PROPOSED', 0
FROM selection_candidate s
JOIN declaration_call c ON c.id = s.call_id AND c.created_by = 'bench'
JOIN review_round r ON r.created_by = 'bench' AND r.round_year = s.call_year
WHERE s.status <> 'PRE_REVIEW_FAILED';
INSERT INTO review_assignment (round_id, expert_id, declaration_id, manual, expertise_match, created_at, version)
SELECT rc.round_id, e.id, rc.declaration_id, false, k % 2 = 0, r.released_at, 0
FROM review_round_candidate rc
JOIN review_round r ON r.id = rc.round_id AND r.created_by = 'bench'
CROSS JOIN generate_series(0, 14) AS k
JOIN bench_expert e ON e.i = (rc.id * 7 + k * 13) % (SELECT count(*) FROM bench_expert)
WHERE k < r.experts_per_declaration;
INSERT INTO expert_score (assignment_id, status, overall_comment, saved_at, submitted_at, version)
SELECT a.id, 'SUBMITTED',
	pg_temp.pick('{保护体系完整，具有较好的示范意义。,制度较健全，但培训覆盖面不足。,涉密人员管理规范，建议入选。,材料翔实，技术秘密保护措施有待细化。}', a.id),
	r.deadline - interval '3 days', r.deadline - interval '3 days', 0
FROM review_assignment a JOIN review_round r ON r.id = a.round_id AND r.created_by = 'bench';
INSERT INTO expert_score_line (score_id, item_code, score, veto_failed, comment)
SELECT s.id, i.item ->> 'code',
	CASE WHEN NOT (i.item ->> 'veto')::boolean THEN round(coalesce((i.item ->> 'points')::numeric, 10) * (0.6 + ((s.id * 7 + i.position) % 40) / 100.0), 1) END,
	CASE WHEN (i.item ->> 'veto')::boolean THEN false END, NULL
FROM expert_score s
JOIN review_assignment a ON a.id = s.assignment_id
JOIN review_round r ON r.id = a.round_id AND r.created_by = 'bench'
JOIN review_rubric b ON b.id = r.rubric_id
CROSS JOIN LATERAL jsonb_array_elements(b.content::jsonb -> 'dimensions' -> 0 -> 'indicators') WITH ORDINALITY AS i(item, position);

\echo == the generated bases over their years: annual plans, trainings and publicity, quarterly liaison reports
CREATE TEMP TABLE bench_base_year AS
SELECT b.id AS base_id, b.unit_id, b.unit_name, b.district_code, b.base_type, y AS year
FROM demonstration_base b
CROSS JOIN LATERAL generate_series(b.batch_year + 1, extract(year FROM now())::int) AS y
WHERE b.certificate_number LIKE 'BENCH-%';
INSERT INTO annual_plan_filing (district_code, plan_year, deadline, opened_by, opened_at, version)
SELECT DISTINCT district_code, year, make_date(year, 3, 31), 'bench', make_timestamptz(year, 1, 10, 9, 0, 0, 'Asia/Shanghai'), 0
FROM bench_base_year
ON CONFLICT DO NOTHING;
INSERT INTO annual_plan (base_id, unit_id, unit_name, district_code, base_type, plan_year, status, goals, resources,
	budget, standards_work, target_training_ratio, target_legal_events, target_demo_enterprises, target_rules_ratio,
	submitted_version, submitted_at, decided_by, decided_at, updated_at, version)
SELECT base_id, unit_id, unit_name, district_code, base_type, year,
	CASE WHEN year < extract(year FROM now())::int THEN 'ACCEPTED' ELSE pg_temp.pick('{SUBMITTED,ACCEPTED,RETURNED,DRAFT}', base_id) END,
	year || '年度完善商业秘密保护制度，开展全员培训，建立涉密人员台账。', '专职保密管理员2名，年度经费保障。',
	50000 + base_id % 20 * 10000, '落实五项建设标准，按季度报送联络员报告。', 80 + base_id % 20, 2 + base_id % 4,
	CASE WHEN base_type = 'ZONE' THEN 5 + base_id % 10 END, 70 + base_id % 30, 1,
	make_timestamptz(year, 3, 1, 10, 0, 0, 'Asia/Shanghai'),
	CASE WHEN year < extract(year FROM now())::int THEN 'bench' END,
	CASE WHEN year < extract(year FROM now())::int THEN make_timestamptz(year, 3, 20, 10, 0, 0, 'Asia/Shanghai') END,
	make_timestamptz(year, 3, 1, 10, 0, 0, 'Asia/Shanghai'), 0
FROM bench_base_year
ON CONFLICT DO NOTHING;
INSERT INTO base_activity (base_id, unit_id, district_code, kind, held_on, topic, online, place, participants,
	organiser, recorded_by, recorded_at, version, evidence_count)
SELECT base_id, unit_id, district_code, CASE WHEN k = 2 THEN 'PUBLICITY' ELSE 'TRAINING' END,
	least(make_date(year, 2 + k * 4, 1 + base_id::int % 27), current_date),
	pg_temp.pick('{商业秘密保护基础知识培训,涉密人员保密义务专题讲座,离职人员保密管理培训,“4·26”知识产权宣传周活动,商业秘密保护进园区宣讲}', base_id + k),
	k = 1, CASE WHEN k <> 1 THEN '公司多功能厅' END, 20 + (base_id + k) % 80, unit_name, 'bench',
	make_timestamptz(year, 2 + k * 4, 1, 9, 0, 0, 'Asia/Shanghai'), 0, 0
FROM bench_base_year CROSS JOIN generate_series(0, 2) AS k
WHERE make_date(year, 2 + k * 4, 1) <= current_date;
INSERT INTO liaison_report (base_id, unit_id, unit_name, district_code, period_start, period_end, due_on, status,
	work_status, suggestions, first_submitted_on, late, submitted_by, submitted_at, decided_by, decided_at,
	updated_at, version)
SELECT base_id, unit_id, unit_name, district_code, make_date(year, 1 + q * 3, 1),
	(make_date(year, 1 + q * 3, 1) + interval '3 months' - interval '1 day')::date,
	(make_date(year, 1 + q * 3, 1) + interval '3 months' + interval '9 days')::date, 'ACCEPTED',
	'本季度开展保密培训1次，更新涉密人员台账，未发生泄密事件。', NULL,
	(make_date(year, 1 + q * 3, 1) + interval '3 months' + ((base_id + q) % 14 || ' days')::interval)::date,
	(base_id + q) % 14 > 9, 'bench', make_timestamptz(year, 1 + q * 3, 1, 9, 0, 0, 'Asia/Shanghai') + interval '3 months',
	'bench', make_timestamptz(year, 1 + q * 3, 1, 9, 0, 0, 'Asia/Shanghai') + interval '100 days',
	make_timestamptz(year, 1 + q * 3, 1, 9, 0, 0, 'Asia/Shanghai') + interval '100 days', 0
FROM bench_base_year CROSS JOIN generate_series(0, 3) AS q
WHERE make_date(year, 1 + q * 3, 1) + interval '3 months' + interval '9 days' < current_date
ON CONFLICT DO NOTHING;

\echo == guidance officers (two per district) and a visit per base and year
INSERT INTO guidance_officer (account_id, username, display_name, district_code, expertise, phone, email, active,
	appointed_by, appointed_at, version)
SELECT -2000000 - d.i * 2 - k, 'bench_guide_' || d.code || '_' || k,
	pg_temp.pick('{郑,冯,蒋,沈,韩,杨,朱,秦}', d.i + k) || pg_temp.pick('{卫东,晓燕,国强,丽娟}', d.i * 2 + k),
	d.code, pg_temp.pick('{商业秘密管理,技术秘密保护,合同与竞业限制,信息安全}', d.i + k), NULL, NULL, true, 'bench',
	now() - interval '5 years', 0
FROM bench_district d CROSS JOIN generate_series(0, 1) AS k;
INSERT INTO guidance_visit (officer_id, unit_id, unit_name, district_code, base_id, visited_on, visit_year, mode,
	participants, topics, checked, findings, status, recorded_by, recorded_at, version)
SELECT o.id, y.unit_id, y.unit_name, y.district_code, y.base_id,
	least(make_date(y.year, 5, 1) + (y.base_id % 150)::int, current_date), y.year,
	CASE WHEN y.base_id % 5 = 0 THEN 'ONLINE' ELSE 'ON_SITE' END, '企业保密负责人、法务负责人',
	'保密制度落实情况；涉密人员管理', 'LEDGERS', '台账基本齐全，建议完善离职人员保密承诺书归档。',
	CASE WHEN y.year < extract(year FROM now())::int THEN 'CONFIRMED' ELSE 'RECORDED' END, o.username,
	make_timestamptz(y.year, 5, 1, 9, 0, 0, 'Asia/Shanghai'), 0
FROM bench_base_year y
JOIN guidance_officer o ON o.username = 'bench_guide_' || y.district_code || '_' || (y.base_id % 2);

\echo == leak incidents: about one base in ten a year (texts copied from the one bench/pages.sh reports as xc_unit)
INSERT INTO leak_incident (unit_id, unit_name, district_code, base_id, discovered_on, reported_at, reported_by,
	origin, intent, secret_category, channel, description, evidence_secured, access_revoked, letters_sent,
	police_reported, actions_taken, help_wanted, remedy, status, first_contact_at, response_minutes, referral, responded_by,
	closed_at, closed_by, version)
SELECT unit_id, unit_name, district_code, base_id, make_date(year, 1 + base_id::int % 11, 10),
	make_timestamptz(year, 1 + base_id::int % 11, 11, 10, 0, 0, 'Asia/Shanghai'), 'bench',
	pg_temp.pick('{INTERNAL,EXTERNAL}', base_id), pg_temp.pick('{MALICIOUS,ACCIDENTAL}', base_id / 3),
	pg_temp.pick('{TECHNICAL,BUSINESS}', base_id / 7),
	pg_temp.pick('{DEPARTING_STAFF,INSIDER,THIRD_PARTY,NETWORK_INTRUSION,LOST_MEDIA}', base_id),
	template.description, true, true, base_id % 2 = 0, base_id % 5 = 0, template.actions_taken, base_id % 3 = 0, pg_temp.pick('{CIVIL,ADMINISTRATIVE,UNDECIDED}', base_id), 'CLOSED',
	make_timestamptz(year, 1 + base_id::int % 11, 11, 10, 0, 0, 'Asia/Shanghai') + ((30 + base_id % 600) || ' minutes')::interval,
	30 + base_id % 600, 'NONE', 'bench', make_timestamptz(year, 1 + base_id::int % 11, 25, 10, 0, 0, 'Asia/Shanghai'),
	'bench', 0
FROM bench_base_year
CROSS JOIN (SELECT description, actions_taken FROM leak_incident ORDER BY id LIMIT 1) template
WHERE (base_id + year) % 10 = 0 AND make_date(year, 1 + base_id::int % 11, 25) < current_date;

\echo == annual evaluations: a published round per year since the first batch, every generated base graded each year after its designation
-- The indicator systems of the rounds: a year that has a round keeps its systems; another gets a copy of the newest
-- platform default of each type (frozen: in use).
-- (none without a platform default indicator system to copy: the bench profile writes none, the benchmarks create
-- them through the indicator systems page before the load)
CREATE TEMP TABLE bench_eval_year AS
SELECT DISTINCT year FROM bench_base_year
WHERE year < extract(year FROM now())::int AND EXISTS (SELECT 1 FROM indicator_system WHERE platform_default);
INSERT INTO indicator_system (system_year, base_type, name, status, platform_default, content, excellent_min, good_min,
	pass_min, excellent_cap_percent, cap_scope, copied_from, created_by, created_at, version)
SELECT y.year, s.base_type, y.year || CASE s.base_type WHEN 'ZONE' THEN ' 示范区评价指标（平台默认）' ELSE ' 示范点评价指标（平台默认）' END,
	'IN_USE', true, s.content, s.excellent_min, s.good_min, s.pass_min, s.excellent_cap_percent, s.cap_scope, s.id,
	'bench', make_timestamptz(y.year, 8, 1, 9, 0, 0, 'Asia/Shanghai'), 0
FROM bench_eval_year y
CROSS JOIN LATERAL (SELECT DISTINCT ON (base_type) * FROM indicator_system WHERE platform_default
	ORDER BY base_type, system_year DESC, id DESC) s
WHERE NOT EXISTS (SELECT 1 FROM evaluation_round r WHERE r.round_year = y.year)
ON CONFLICT DO NOTHING;
INSERT INTO evaluation_round (round_year, designated_before, self_deadline, district_deadline, point_system_id,
	zone_system_id, status, document_number, published_on, opened_by, opened_at, version)
SELECT y.year, make_date(y.year, 1, 1), make_date(y.year, 10, 31), make_date(y.year, 11, 30),
	(SELECT id FROM indicator_system WHERE system_year = y.year AND base_type = 'POINT' AND created_by = 'bench'),
	(SELECT id FROM indicator_system WHERE system_year = y.year AND base_type = 'ZONE' AND created_by = 'bench'),
	'PUBLISHED', '京知发〔' || y.year || '〕' || (40 + y.year % 50) || '号', make_date(y.year, 12, 20), 'bench',
	make_timestamptz(y.year, 9, 1, 9, 0, 0, 'Asia/Shanghai'), 1
FROM bench_eval_year y
WHERE NOT EXISTS (SELECT 1 FROM evaluation_round r WHERE r.round_year = y.year);
-- every indicator of the rounds' systems, read from the systems' own content
CREATE TEMP TABLE bench_indicator AS
SELECT s.id AS system_id, i.value ->> 'code' AS code, (i.value ->> 'points')::numeric AS points,
	coalesce((i.value ->> 'veto')::boolean, false) AS veto, row_number() OVER (PARTITION BY s.id) AS position
FROM indicator_system s
CROSS JOIN LATERAL jsonb_array_elements(s.content::jsonb -> 'dimensions') d
CROSS JOIN LATERAL jsonb_array_elements(d.value -> 'indicators') i
WHERE s.id IN (SELECT point_system_id FROM evaluation_round UNION SELECT zone_system_id FROM evaluation_round);
-- Each base and year gets a level: most bases score 62–100 % of the points (steady per base, varying by year), one
-- base-year in 25 falls below the pass mark, and a base with an incident of the year fails the veto item one time in
-- seven. Only published rounds take generated evaluations (an open round stays as the platform left it).
CREATE TEMP TABLE bench_eval AS
SELECT y.base_id, y.unit_id, y.unit_name, y.district_code, y.base_type, y.year, r.id AS round_id,
	CASE y.base_type WHEN 'ZONE' THEN r.zone_system_id ELSE r.point_system_id END AS system_id,
	CASE WHEN abs(hashtext(y.base_id || ':' || y.year)) % 25 = 0 THEN 0.45 + 0.14 * ((y.base_id * 7 + y.year * 3) % 100) / 100.0
		ELSE 0.62 + 0.30 * ((y.base_id * 37) % 100) / 100.0 + 0.08 * ((y.base_id * 11 + y.year * 17) % 100) / 100.0
	END AS level,
	y.base_id % 7 = 0 AND EXISTS (SELECT 1 FROM leak_incident l WHERE l.base_id = y.base_id
		AND extract(year FROM l.discovered_on) = y.year) AS veto_failed
FROM bench_base_year y
JOIN evaluation_round r ON r.round_year = y.year AND r.status = 'PUBLISHED'
WHERE y.year < extract(year FROM now())::int
	AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.round_id = r.id AND e.base_id = y.base_id);
CREATE TEMP TABLE bench_eval_line AS
SELECT e.base_id, e.year, i.code, i.veto,
	CASE WHEN i.veto THEN NULL ELSE least(i.points, round(i.points * least(1.0, e.level + 0.04
		+ ((e.base_id + e.year * 31 + i.position * 17) % 11 - 5) / 100.0), 1)) END AS self_score,
	CASE WHEN i.veto THEN 0 ELSE least(i.points, round(i.points * greatest(0.0, least(1.0, e.level
		+ ((e.base_id + e.year * 31 + i.position * 17) % 11 - 5) / 100.0)), 1)) END AS district_score,
	i.veto AND i.code = (SELECT min(code) FROM bench_indicator v WHERE v.system_id = e.system_id AND v.veto)
		AND e.veto_failed AS veto_failed
FROM bench_eval e JOIN bench_indicator i ON i.system_id = e.system_id;
CREATE TEMP TABLE bench_eval_sheet AS
SELECT base_id, year, sum(self_score) AS self_total, sum(district_score) AS district_total,
	bool_or(veto_failed) AS veto_failed,
	jsonb_build_object('entries', jsonb_object_agg(code, jsonb_build_object(
		'selfText', CASE WHEN veto THEN NULL ELSE pg_temp.pick('{已按要求落实，相关制度与记录齐全。,本年度持续推进，详见佐证材料。,基本落实，部分记录仍在完善。}', base_id + year) END,
		'selfScore', self_score, 'districtScore', district_score,
		'districtComment', CASE WHEN veto_failed THEN '年度内发生泄密事件，未按应急预案及时处置。'
			WHEN NOT veto AND district_score < self_score THEN '佐证材料不够充分，酌情扣分。' END,
		'vetoFailed', veto_failed, 'municipalScore', NULL, 'municipalReason', NULL)))::text AS items
FROM bench_eval_line GROUP BY base_id, year;
INSERT INTO evaluation (round_id, base_id, unit_id, unit_name, district_code, base_type, system_id, status, items,
	self_total, district_total, final_total, veto_failed, proposed_grade, final_grade, site_check_findings,
	site_checked_on, submitted_at, proposed_at, version)
SELECT e.round_id, e.base_id, e.unit_id, e.unit_name, e.district_code, e.base_type, e.system_id, 'PUBLISHED', s.items,
	s.self_total, s.district_total, s.district_total, s.veto_failed, g.grade, g.grade,
	CASE WHEN e.base_id % 20 = 3 THEN '现场核查：制度文件与台账基本一致，培训记录齐全。' END,
	CASE WHEN e.base_id % 20 = 3 THEN make_date(e.year, 12, 5) END,
	make_timestamptz(e.year, 10, 20 + (e.base_id % 10)::int, 10, 0, 0, 'Asia/Shanghai'),
	make_timestamptz(e.year, 11, 20 + (e.base_id % 10)::int, 10, 0, 0, 'Asia/Shanghai'), 4
FROM bench_eval e
JOIN bench_eval_sheet s ON s.base_id = e.base_id AND s.year = e.year
JOIN indicator_system sys ON sys.id = e.system_id
CROSS JOIN LATERAL (SELECT CASE WHEN s.veto_failed OR s.district_total < sys.pass_min THEN 'FAIL'
	WHEN s.district_total >= sys.excellent_min THEN 'EXCELLENT' WHEN s.district_total >= sys.good_min THEN 'GOOD'
	ELSE 'PASS' END AS grade) g;
-- the 优秀 cap of each round's system (GradingPolicy): floor(n × percent / 100) places per group (the round, or a
-- district); the 优秀 from the first one without a place down, ties included, are graded 良好 with the reason
WITH ev AS (
	SELECT ev.id, ev.round_id, ev.system_id, CASE sys.cap_scope WHEN 'DISTRICT' THEN ev.district_code ELSE '' END AS grp,
		ev.final_total AS total, ev.proposed_grade, sys.excellent_cap_percent AS percent
	FROM evaluation ev JOIN indicator_system sys ON sys.id = ev.system_id
	WHERE ev.round_id IN (SELECT DISTINCT round_id FROM bench_eval)
), g AS (
	SELECT round_id, system_id, grp, count(*) AS n, (count(*) * min(percent) / 100)::int AS places
	FROM ev GROUP BY round_id, system_id, grp
), x AS (
	SELECT ev.id, ev.round_id, ev.system_id, ev.grp, ev.total, g.n, g.places,
		row_number() OVER (PARTITION BY ev.round_id, ev.system_id, ev.grp ORDER BY ev.total DESC, ev.id) AS rank
	FROM ev JOIN g USING (round_id, system_id, grp)
	WHERE ev.proposed_grade = 'EXCELLENT'
), b AS (
	SELECT round_id, system_id, grp, max(total) FILTER (WHERE rank = places + 1) AS boundary,
		max(total) FILTER (WHERE rank = places) AS last_placed
	FROM x GROUP BY round_id, system_id, grp
)
UPDATE evaluation e SET final_grade = 'GOOD',
	cap_note = x.rank || ',' || x.places || ',' || x.n || ',' || (x.places > 0 AND x.total = b.boundary AND b.last_placed = b.boundary)
FROM x JOIN b USING (round_id, system_id, grp)
WHERE e.id = x.id AND b.boundary IS NOT NULL AND x.total <= b.boundary;
-- rectification orders for the 不合格: the older ones accepted (a few failed for good), last year's in progress
INSERT INTO rectification (base_id, unit_id, unit_name, district_code, evaluation_id, evaluation_year, origin, status,
	items, required_evidence, deadline, plan, progress, decision_reason, proposed_at, issued_by, issued_on,
	submitted_at, closed_on, version)
SELECT e.base_id, e.unit_id, e.unit_name, e.district_code, e.id, r.round_year,
	CASE WHEN e.veto_failed THEN 'VETO_ITEM_FAILED' ELSE 'EVALUATION_FAILED' END, st.status,
	'1. 修订商业秘密管理制度并组织全员培训；2. 完善涉密人员与载体台账；3. 开展一次内部自查。',
	'修订后的制度文件、培训签到表、台账及自查报告',
	CASE WHEN st.status IN ('ISSUED', 'SUBMITTED') THEN greatest(make_date(r.round_year + 1, 3, 31), current_date + 30)
		ELSE make_date(r.round_year + 1, 3, 31) END,
	CASE WHEN st.status <> 'ISSUED' THEN '成立整改工作小组，按季度推进制度修订、培训与台账完善。' END,
	CASE WHEN st.status <> 'ISSUED' THEN '制度已修订并印发，完成全员培训，台账已补齐。' END,
	CASE st.status WHEN 'ACCEPTED' THEN '整改材料齐全，同意验收。' WHEN 'FAILED' THEN '整改逾期且主要问题未解决，不予通过。' END,
	make_timestamptz(r.round_year, 12, 20, 10, 0, 0, 'Asia/Shanghai'), 'bench', make_date(r.round_year, 12, 28),
	CASE WHEN st.status <> 'ISSUED' THEN make_timestamptz(r.round_year + 1, 3, 15, 10, 0, 0, 'Asia/Shanghai') END,
	CASE WHEN st.status IN ('ACCEPTED', 'FAILED') THEN make_date(r.round_year + 1, 4, 10) END, 2
FROM evaluation e
JOIN evaluation_round r ON r.id = e.round_id
JOIN bench_eval b ON b.round_id = e.round_id AND b.base_id = e.base_id
CROSS JOIN LATERAL (SELECT CASE
	WHEN r.round_year < extract(year FROM now())::int - 1 THEN CASE WHEN e.base_id % 6 = 0 THEN 'FAILED' ELSE 'ACCEPTED' END
	ELSE pg_temp.pick('{SUBMITTED,ACCEPTED,ISSUED}', e.base_id) END AS status) st
WHERE e.final_grade = 'FAIL';

\echo == audit entries
INSERT INTO audit_entry (seq, occurred_at, recorded_at, actor, ip, event, object_type, object_id, outcome, detail,
	prev_tag, tag)
SELECT head.last_seq + g, now() - ((100000 * current_setting('bench.factor')::int - g) || ' seconds')::interval,
	now() - ((100000 * current_setting('bench.factor')::int - g) || ' seconds')::interval,
	pg_temp.pick('{xc_officer,city_officer,hd_officer,xc_unit,expert1,xc_guide}', g), '10.1.' || (g % 250) || '.' || (g % 199),
	pg_temp.pick('{LOGIN_SUCCEEDED,DECLARATION_VIEWED,LIST_EXPORTED,UNIT_PROFILE_CHANGED,LOGOUT}', g), 'Unit', (g % 50000)::text,
	'SUCCESS', NULL, md5((g - 1)::text) || md5((g - 1)::text || 'x'), md5(g::text) || md5(g::text || 'x')
FROM generate_series(1, 100000 * current_setting('bench.factor')::int) AS g
CROSS JOIN (SELECT last_seq FROM audit_chain_head WHERE id = 1) head;
UPDATE audit_chain_head SET last_seq = (SELECT max(seq) FROM audit_entry),
	last_tag = (SELECT tag FROM audit_entry ORDER BY seq DESC LIMIT 1) WHERE id = 1;

\echo == notifications
INSERT INTO notification (recipient_id, message_key, message_args, link, created_at, read_at)
SELECT a.id, 'notification.kind.DECLARATION_SUBMITTED', '["北京示例科技有限公司","' || g || '"]', '/review/declarations',
	now() - ((g % 86400) || ' minutes')::interval, CASE WHEN g % 3 > 0 THEN now() END
FROM generate_series(1, 20000 * current_setting('bench.factor')::int) AS g
JOIN (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM user_account) a
	ON a.i = g % (SELECT count(*) FROM user_account);

COMMIT;
ANALYZE unit, declaration_call, declaration, demonstration_base, audit_entry, notification, district_review,
	recommendation, recommendation_entry, selection_candidate, expert, review_round, review_round_expert,
	review_round_candidate, review_assignment, expert_score, expert_score_line, annual_plan, annual_plan_filing,
	base_activity, liaison_report, guidance_officer, guidance_visit, leak_incident, indicator_system, evaluation_round,
	evaluation, rectification;
SELECT 'units' AS what, count(*) FROM unit
UNION ALL SELECT 'declarations', count(*) FROM declaration
UNION ALL SELECT 'district reviews', count(*) FROM district_review
UNION ALL SELECT 'selection candidates', count(*) FROM selection_candidate
UNION ALL SELECT 'experts', count(*) FROM expert
UNION ALL SELECT 'expert scores', count(*) FROM expert_score
UNION ALL SELECT 'bases', count(*) FROM demonstration_base
UNION ALL SELECT 'annual plans', count(*) FROM annual_plan
UNION ALL SELECT 'activities', count(*) FROM base_activity
UNION ALL SELECT 'liaison reports', count(*) FROM liaison_report
UNION ALL SELECT 'guidance visits', count(*) FROM guidance_visit
UNION ALL SELECT 'leak incidents', count(*) FROM leak_incident
UNION ALL SELECT 'evaluation rounds', count(*) FROM evaluation_round
UNION ALL SELECT 'evaluations', count(*) FROM evaluation
UNION ALL SELECT 'rectifications', count(*) FROM rectification
UNION ALL SELECT 'audit entries', count(*) FROM audit_entry
UNION ALL SELECT 'notifications', count(*) FROM notification;
