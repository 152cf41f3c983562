-- Sarapshy warehouse: typed views on top of the staging tables (schema.sql). The web tier reads
-- only these. Applied by applySchema() after schema.sql; every statement is idempotent.
--
-- Conventions
--   * Figures are exactly as published; views never "fix" them. Missing = NULL, never 0.
--   * Periods are cumulative from January: '2022' = the whole year, '2023-03' = January–March.
--     year and month_to are derived from the period key (period_year / period_month_to).
--   * Real imports take precedence over the synthetic demo panel for the same form, region and
--     period: v_form_cell hides synthetic cells wherever a real source exists for that scope,
--     and every view built on it carries a `synthetic` flag so a chart can label demo data.
--   * Regions do not sum to the republic: the national total also holds non-territorial units
--     (transport, military). Never compute a national figure as a sum of regions; use the
--     republic's own report or a published figure (published_figure).
--
-- Row codes and графы used (Form 1-M, the same in R1 and R1-1; checked on the 2022 workbooks):
--   R1 / R1-1 rows: 1 all offences, 2 criminal misdemeanours, 3 crimes, 4 minor, 5 medium,
--     6 grave, 7 especially grave; chapters are rows labelled «Глава N», articles carry (ст.NNN).
--   R1-1 графа 1: registered in the current period (the Committee's published figure).
--   R1 графа 2: registered in ЕРДР in the period (includes offences of earlier years);
--     графа 6 finished; графа 7 sent to court.
--   R2 графа 1 finished; 3 by juveniles (or with them); 4 of графа 3 registered this year;
--     5 by previously offending persons (recidivism); 7 of them with an unspent conviction.
--   R4 графа 1 established material damage; 7 recovered during the pre-trial investigation
--     (thousand tenge).
--   R5 графа 2 registered; графы 3–12 by type of institution (minimum, medium, maximum,
--     extraordinary, full security, juvenile medium, mixed security, probation service,
--     temporary detention (ИВС), other); 13 finished; 14 sent to court.

CREATE OR REPLACE MACRO period_year(p) AS CAST(substr(p, 1, 4) AS INTEGER);
CREATE OR REPLACE MACRO period_month_to(p) AS
	CASE WHEN length(p) = 4 THEN 12 ELSE CAST(substr(p, 6, 2) AS INTEGER) END;

-- Every cell, with the demo hidden where real data exists for the same form/region/period.
CREATE OR REPLACE VIEW v_form_cell AS
SELECT fc.*, sf.synthetic, period_year(fc.period) AS year, period_month_to(fc.period) AS month_to
FROM form_cell fc
JOIN source_file sf ON sf.sha256 = fc.source_sha256
WHERE NOT sf.synthetic
   OR NOT EXISTS (
	SELECT 1 FROM source_file r
	WHERE NOT r.synthetic AND r.status <> 'replaced' AND r.form = fc.form AND r.region_code = fc.region_code
	  AND r.period = fc.period);

-- Registered offences by region and period, by kind and severity. `registered_*` come from
-- R1-1 графа 1 (the published figure); `erdr_*` from R1 графа 2. One line per measure: the
-- two blocks look alike (a pivot of rows 1–7 twice), but each line is a different figure.
CREATE OR REPLACE VIEW v_registered_offences AS
SELECT region_code, period, any_value(year) AS year, any_value(month_to) AS month_to,
	max(value) FILTER (WHERE section = 'R1-1' AND row_code = '1') AS registered_all,
	max(value) FILTER (WHERE section = 'R1-1' AND row_code = '2') AS registered_misdemeanours,
	max(value) FILTER (WHERE section = 'R1-1' AND row_code = '3') AS registered_crimes,
	max(value) FILTER (WHERE section = 'R1-1' AND row_code = '4') AS registered_minor,
	max(value) FILTER (WHERE section = 'R1-1' AND row_code = '5') AS registered_medium,
	max(value) FILTER (WHERE section = 'R1-1' AND row_code = '6') AS registered_grave,
	max(value) FILTER (WHERE section = 'R1-1' AND row_code = '7') AS registered_especially_grave,
	max(value) FILTER (WHERE section = 'R1' AND row_code = '1') AS erdr_all,
	max(value) FILTER (WHERE section = 'R1' AND row_code = '2') AS erdr_misdemeanours,
	max(value) FILTER (WHERE section = 'R1' AND row_code = '3') AS erdr_crimes,
	max(value) FILTER (WHERE section = 'R1' AND row_code = '4') AS erdr_minor,
	max(value) FILTER (WHERE section = 'R1' AND row_code = '5') AS erdr_medium,
	max(value) FILTER (WHERE section = 'R1' AND row_code = '6') AS erdr_grave,
	max(value) FILTER (WHERE section = 'R1' AND row_code = '7') AS erdr_especially_grave,
	bool_or(synthetic) AS synthetic
FROM v_form_cell
WHERE form = '1-M' AND row_code IN ('1', '2', '3', '4', '5', '6', '7')
  AND ((section = 'R1-1' AND grafa = '1') OR (section = 'R1' AND grafa = '2'))
GROUP BY region_code, period;

-- R1/R1-1 rows with their measures side by side (shared by the article and chapter views).
CREATE OR REPLACE VIEW v_r1_rows AS
SELECT region_code, period, any_value(year) AS year, any_value(month_to) AS month_to, row_code,
	any_value(chapter) AS chapter, any_value(article) AS article,
	any_value(row_label) FILTER (WHERE section = 'R1') AS row_label,
	max(value) FILTER (WHERE section = 'R1-1' AND grafa = '1') AS registered,
	max(value) FILTER (WHERE section = 'R1' AND grafa = '2') AS registered_erdr,
	max(value) FILTER (WHERE section = 'R1' AND grafa = '6') AS finished,
	max(value) FILTER (WHERE section = 'R1' AND grafa = '7') AS sent_to_court,
	bool_or(synthetic) AS synthetic
FROM v_form_cell
WHERE form = '1-M' AND section IN ('R1', 'R1-1') AND grafa IN ('1', '2', '6', '7')
GROUP BY region_code, period, row_code;

-- Offences by Criminal Code article (rows with '(ст.NNN)'; technical rows 000/001 included,
-- filter them out for offence counts).
CREATE OR REPLACE VIEW v_offences_by_article AS
SELECT region_code, period, year, month_to, chapter, article, row_code, row_label AS label,
	registered, registered_erdr, finished, sent_to_court, synthetic
FROM v_r1_rows
WHERE article IS NOT NULL;

-- Offences by chapter of the Criminal Code (the «Глава N» rows).
CREATE OR REPLACE VIEW v_offences_by_chapter AS
SELECT region_code, period, year, month_to,
	regexp_extract(string_split(row_label, ' / ')[-1], 'Глава\s+(\d+)', 1) AS chapter,
	row_code, string_split(row_label, ' / ')[-1] AS label,
	registered, registered_erdr, finished, sent_to_court, synthetic
FROM v_r1_rows
WHERE regexp_matches(string_split(row_label, ' / ')[-1], '^\s*Глава\s+\d+');

-- R2 and R4 by severity (rows 1–7), one row per region, period and row with the графы the
-- views below read: the common ground of v_recidivism, v_juveniles and v_damage.
CREATE OR REPLACE VIEW v_r2_r4_rows AS
SELECT section, region_code, period, any_value(year) AS year, any_value(month_to) AS month_to,
	row_code, any_value(row_label) AS label, bool_or(synthetic) AS synthetic,
	max(value) FILTER (WHERE grafa = '1') AS g1,
	max(value) FILTER (WHERE grafa = '3') AS g3,
	max(value) FILTER (WHERE grafa = '4') AS g4,
	max(value) FILTER (WHERE grafa = '5') AS g5,
	max(value) FILTER (WHERE grafa = '7') AS g7
FROM v_form_cell
WHERE form = '1-M' AND section IN ('R2', 'R4') AND row_code IN ('1', '2', '3', '4', '5', '6', '7')
GROUP BY section, region_code, period, row_code;

-- Recidivism (R2): finished offences (графа 1) and those by previously offending persons
-- (графа 5; графа 7 with an unspent conviction), rows 1–7.
CREATE OR REPLACE VIEW v_recidivism AS
SELECT region_code, period, year, month_to, row_code, label,
	g1 AS finished, g5 AS by_previous_offenders, g7 AS with_unspent_conviction,
	g5 / nullif(g1, 0) AS recidivism_share, synthetic
FROM v_r2_r4_rows WHERE section = 'R2';

-- Juveniles (R2): finished offences committed by juveniles or with their participation
-- (графа 3; графа 4 of them registered this year).
CREATE OR REPLACE VIEW v_juveniles AS
SELECT region_code, period, year, month_to, row_code, label,
	g1 AS finished, g3 AS by_juveniles, g4 AS by_juveniles_registered_this_year,
	g3 / nullif(g1, 0) AS juvenile_share, synthetic
FROM v_r2_r4_rows WHERE section = 'R2';

-- Material damage (R4 графа 1) and its recovery (графа 7), thousand tenge, rows 1–7.
CREATE OR REPLACE VIEW v_damage AS
SELECT region_code, period, year, month_to, row_code, label,
	g1 AS established, g7 AS recovered, g7 / nullif(g1, 0) AS recovery_share, synthetic
FROM v_r2_r4_rows WHERE section = 'R4';

-- Penitentiary offences (R5, all offences row 1): registered in total (institution 'all',
-- графа 2) and by type of institution (графы 3–12, named by the form's column label).
CREATE OR REPLACE VIEW v_penitentiary AS
SELECT region_code, period, year, month_to, grafa,
	CASE WHEN grafa = '2' THEN 'all' ELSE trim(string_split(column_label, ' / ')[-1]) END AS institution,
	value AS registered, cell, source_sha256, synthetic
FROM v_form_cell
WHERE form = '1-M' AND section = 'R5' AND row_code = '1'
  AND TRY_CAST(grafa AS INTEGER) BETWEEN 2 AND 12;

-- Population at the beginning of each year, and the mean population of a year
-- ((1 January of the year + 1 January of the next) / 2, only where both exist). As with the
-- forms, a real population source hides the synthetic demo population for the same
-- region, year and sex.
CREATE OR REPLACE VIEW v_population_source AS
SELECT p.*, sf.synthetic
FROM population p
JOIN source_file sf ON sf.sha256 = p.source_sha256
WHERE NOT sf.synthetic
   OR NOT EXISTS (
	SELECT 1 FROM population r JOIN source_file rs ON rs.sha256 = r.source_sha256 AND NOT rs.synthetic
	WHERE r.region_code = p.region_code AND r.year = p.year AND r.sex = p.sex);

CREATE OR REPLACE VIEW v_population AS
SELECT p.region_code, p.year, p.sex, p.value AS population_start,
	(p.value + n.value) / 2 AS population_mean, p.label, p.source_sha256,
	p.synthetic OR coalesce(n.synthetic, false) AS synthetic
FROM v_population_source p
LEFT JOIN v_population_source n
	ON n.region_code = p.region_code AND n.sex = p.sex AND n.year = p.year + 1;

-- Registered offences per 10,000 mean population, by region and whole year.
CREATE OR REPLACE VIEW v_rates AS
SELECT o.region_code, o.year, o.registered_all, o.registered_crimes, p.population_mean,
	o.registered_all * 10000 / p.population_mean AS registered_per_10k,
	o.registered_crimes * 10000 / p.population_mean AS crimes_per_10k,
	o.synthetic OR p.synthetic AS synthetic
FROM v_registered_offences o
JOIN v_population p ON p.region_code = o.region_code AND p.year = o.year AND p.sex = 'all'
WHERE o.month_to = 12 AND p.population_mean IS NOT NULL;

-- De-cumulated values: what happened between two consecutive reports of the same year
-- (one month, or a quarter when reports are quarterly). January is its own value; a year
-- with only the whole-year report has no de-cumulated value. A negative value is kept and is
-- also a validation finding (rule 'decumulated>=0'). Series: R1-1 графа 1, R1 графы 2, 6, 7.
CREATE OR REPLACE VIEW v_monthly AS
WITH s AS (
	SELECT form, region_code, period, year, month_to, section, row_code, grafa, value, synthetic
	FROM v_form_cell
	WHERE form = '1-M'
	  AND ((section = 'R1-1' AND grafa = '1') OR (section = 'R1' AND grafa IN ('2', '6', '7')))),
w AS (
	SELECT *, lag(value) OVER k AS previous_value, lag(month_to) OVER k AS previous_month,
		lag(period) OVER k AS previous_period
	FROM s WINDOW k AS (PARTITION BY form, region_code, year, section, row_code, grafa ORDER BY month_to))
SELECT form, region_code, year, period, coalesce(previous_month, 0) + 1 AS month_from, month_to,
	section, row_code, grafa, value AS cumulative, previous_period,
	CASE WHEN previous_value IS NOT NULL THEN value - previous_value WHEN month_to = 1 THEN value END
		AS decumulated,
	synthetic
FROM w
WHERE previous_value IS NOT NULL OR month_to = 1;

-- Coverage: for every period with any official form imported, each form × each region that
-- existed at the end of that period: imported (real file), synthetic (demo only) or missing.
CREATE OR REPLACE VIEW v_coverage AS
WITH periods AS (
	SELECT DISTINCT period FROM source_file
	WHERE form IN ('1-M', 'СНГ-1') AND period IS NOT NULL AND NOT synthetic
	  AND status <> 'replaced'),
p AS (
	SELECT period, period_year(period) AS year, period_month_to(period) AS month_to,
		last_day(make_date(period_year(period), period_month_to(period), 1)) AS period_end
	FROM periods),
grid AS (
	SELECT p.period, p.year, p.month_to, f.form, r.code AS region_code, r.name_ru AS region_name
	FROM p
	CROSS JOIN (SELECT unnest(['1-M', 'СНГ-1']) AS form) f
	JOIN region r ON r.kind <> 'country'
		AND (r.valid_from IS NULL OR r.valid_from <= p.period_end)
		AND (r.valid_to IS NULL OR r.valid_to >= p.period_end)),
real_src AS (
	SELECT form, region_code, period, any_value(original_name) AS original_name,
		any_value(sha256) AS sha256
	FROM source_file WHERE NOT synthetic AND status <> 'replaced' GROUP BY ALL),
demo AS (
	SELECT DISTINCT form, region_code, period FROM form_cell
	WHERE source_sha256 IN (SELECT sha256 FROM source_file WHERE synthetic))
SELECT g.period, g.year, g.month_to, g.form, g.region_code, g.region_name,
	CASE WHEN rs.sha256 IS NOT NULL THEN 'imported'
	     WHEN d.form IS NOT NULL THEN 'synthetic'
	     ELSE 'missing' END AS status,
	rs.original_name, rs.sha256,
	(SELECT count(*) FROM finding f
	 WHERE f.form = g.form AND f.region_code = g.region_code AND f.period = g.period) AS findings
FROM grid g
LEFT JOIN real_src rs USING (form, region_code, period)
LEFT JOIN demo d USING (form, region_code, period);

-- Validation findings with names for display.
CREATE OR REPLACE VIEW v_findings AS
SELECT f.*, r.name_ru AS region_name, sf.original_name AS source_name
FROM finding f
LEFT JOIN region r ON r.code = f.region_code
LEFT JOIN source_file sf ON sf.sha256 = f.source_sha256;
