-- The scale data set (issue 16, point 1): loads FACTOR × a tenth of "10× Beijing" into a running platform's
-- PostgreSQL database, beside its demo data. Run by bench/pages.sh (FACTOR=10 gives the issue's figures):
--
--   psql -v factor=10 -v ON_ERROR_STOP=1 -h 127.0.0.1 -U tsbase -d tsbase_bench -f bench/scale.sql
--
-- At factor F: 5,000·F units over the 16 districts (valid credit codes, Chinese names), 2,000·F declarations over five
-- call years (80 calls), 500·F demonstration bases, 100,000·F audit entries and 20,000·F notifications.
-- Encrypted columns are copied from rows the platform wrote itself (a demo unit's contacts, the draft that
-- bench/pages.sh starts as xc_unit2), so every generated row opens like a real one. The generated audit entries carry
-- random tags: the audit page's chain check reports the first of them as a break (a bench database only).
-- Still to come: review records and expert scores, and the operation, guidance, casework and evaluation records
-- of the bases (issue 16).
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
	pg_temp.pick('{SUBMITTED,RECOMMENDED,RECOMMENDED,NOT_RECOMMENDED,RETURNED}', u.n),
	u.name, u.industry_code, template.content_json, 1,
	c.opens_at + interval '10 days', c.opens_at + interval '20 days', c.opens_at + interval '20 days',
	CASE WHEN u.n % 5 IN (1, 2, 3) THEN c.closes_at + interval '15 days' END, 0
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
ANALYZE unit, declaration_call, declaration, demonstration_base, audit_entry, notification;
SELECT 'units' AS what, count(*) FROM unit
UNION ALL SELECT 'declarations', count(*) FROM declaration
UNION ALL SELECT 'bases', count(*) FROM demonstration_base
UNION ALL SELECT 'audit entries', count(*) FROM audit_entry
UNION ALL SELECT 'notifications', count(*) FROM notification;
