import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../../pipelines/demo/build.ts';
import { buildDefaultWarehouse } from '../../../pipelines/stages/build-default.ts';
import { loadDemoSettings } from '../../../pipelines/demo/settings.ts';
import { counts, openTempWarehouse, rows, type TempWarehouse } from '../sources/temp-warehouse.ts';

const settings = loadDemoSettings();

/** A fingerprint of every demo number (ordered), to compare builds. */
const fingerprint = async (wh: TempWarehouse) =>
	(
		await rows<{ h: string }>(
			wh.conn,
			`SELECT md5(string_agg(concat_ws('|', section, row_code, grafa, region_code, period, value), ','
			        ORDER BY section, row_code, grafa, region_code, period)) AS h FROM form_cell`
		)
	)[0].h;

describe('build-default on an empty warehouse (published figures + synthetic demo)', () => {
	let a: TempWarehouse;
	let b: TempWarehouse;
	let ms = 0;
	beforeAll(async () => {
		[a, b] = await Promise.all([openTempWarehouse(), openTempWarehouse()]);
		const t = performance.now();
		await buildDefaultWarehouse(a.conn);
		ms = performance.now() - t;
	});
	afterAll(() => {
		a.close();
		b.close();
	});

	it('completes in a few seconds', () => {
		// Indicative (2 shared cores): about 2–3 s when measured; the bound only catches a regression
		// to row-by-row inserts (~15 s alone, far more on a loaded machine).
		expect(ms).toBeLessThan(30_000);
	});

	it('is deterministic for a seed and changes with the seed', async () => {
		await buildDemo(b.conn, { seed: settings.seed });
		expect(await fingerprint(b)).toBe(await fingerprint(a));
		await buildDemo(b.conn, { seed: settings.seed + 1 });
		expect(await fingerprint(b)).not.toBe(await fingerprint(a));
		await buildDemo(b.conn); // rebuilding replaces the demo, it does not add to it
		expect(await fingerprint(b)).toBe(await fingerprint(a));
	});

	it('sums the regions to ~98.5 % of the published national total each year', async () => {
		const got = await rows<{ year: string; regional: number; published: number | null }>(
			a.conn,
			`SELECT f.period AS year, sum(f.value) AS regional
			 FROM form_cell f WHERE f.section = 'R1-1' AND f.row_code = '1' AND f.grafa = '1'
			   AND length(f.period) = 4 GROUP BY f.period ORDER BY f.period`
		);
		expect(got.map((r) => r.year)).toEqual(Array.from({ length: 11 }, (_, i) => String(2015 + i)));
		for (const r of got) {
			const target = settings.nationalTargets[r.year];
			let national = target.value;
			if (target.publishedId) {
				// The target must be the published figure it names (data/published, by id).
				const [pub] = await rows<{ value: number; indicator: string; region_code: string }>(
					a.conn,
					'SELECT value, indicator, region_code FROM published_figure WHERE id = $1',
					[target.publishedId]
				);
				expect(pub).toMatchObject({
					value: target.value,
					indicator: 'registered_criminal_offences',
					region_code: 'KZ'
				});
				national = pub.value;
			}
			const share = r.regional / national;
			expect(share, `year ${r.year}`).toBeGreaterThan(0.975);
			expect(share, `year ${r.year}`).toBeLessThan(0.995);
		}
	});

	it('takes its severity splits from the published figures it names', async () => {
		for (const [year, split] of Object.entries(settings.severity.byYear)) {
			const got = await rows<{ id: string; value: number; period_start: string }>(
				a.conn,
				`SELECT id, value, strftime(period_start, '%Y') AS period_start FROM published_figure
				 WHERE id IN (SELECT unnest($1::VARCHAR[]))`,
				[`[${split.publishedIds.map((id) => `"${id}"`).join(',')}]`]
			);
			const byId = new Map(got.map((r) => [r.id, r]));
			const values = split.publishedIds.map((id) => byId.get(id)?.value);
			expect(values, year).toEqual([
				split.minor,
				split.medium,
				split.grave,
				split.especiallyGrave,
				split.allOffences
			]);
			expect(new Set(got.map((r) => r.period_start))).toEqual(new Set([year]));
		}
	});

	it('has no rows for regions before they existed (2018 and 2022 reforms)', async () => {
		const perYear = await rows<{ year: number; regions: number; early: number }>(
			a.conn,
			`SELECT p.year, count(DISTINCT f.region_code)::INT AS regions,
			        count(*) FILTER (WHERE (f.region_code = 'KZ-79' AND p.year < 2018)
			          OR (f.region_code IN ('KZ-10', 'KZ-33', 'KZ-62') AND p.year < 2022))::INT AS early
			 FROM form_cell f JOIN period p USING (period) GROUP BY p.year ORDER BY p.year`
		);
		// 2015–2017: 16 units (KZ-61 = South Kazakhstan with Shymkent); 2018–2021: 17 (+ Shymkent);
		// 2022 on: all 20.
		expect(perYear.map((r) => [r.year, r.regions, r.early])).toEqual([
			[2015, 16, 0],
			[2016, 16, 0],
			[2017, 16, 0],
			[2018, 17, 0],
			[2019, 17, 0],
			[2020, 17, 0],
			[2021, 17, 0],
			[2022, 20, 0],
			[2023, 20, 0],
			[2024, 20, 0],
			[2025, 20, 0]
		]);
	});

	it('flags every demo source synthetic, one per region × period, and nothing else', async () => {
		const src = await counts(
			a.conn,
			`SELECT count(*) FILTER (WHERE original_name LIKE 'demo:%')::INT AS demo,
			        count(*) FILTER (WHERE synthetic)::INT AS flagged,
			        count(*) FILTER (WHERE form = 'published' AND NOT synthetic)::INT AS published,
			        (SELECT count(*) FROM (SELECT DISTINCT region_code, period FROM form_cell))::INT AS perRegionPeriod
			 FROM source_file`
		);
		expect(src.flagged).toBe(src.demo);
		expect(src.published).toBe(2); // data/published: kz-published-figures.csv, founding-papers.csv
		const [orphans] = await rows<{ cells: number; pop: number; sources1m: number }>(
			a.conn,
			`SELECT
			   (SELECT count(*) FROM form_cell f LEFT JOIN source_file s ON s.sha256 = f.source_sha256
			    WHERE s.synthetic IS DISTINCT FROM true)::INT AS cells,
			   (SELECT count(*) FROM population p LEFT JOIN source_file s ON s.sha256 = p.source_sha256
			    WHERE s.synthetic IS DISTINCT FROM true)::INT AS pop,
			   (SELECT count(*) FROM source_file WHERE form = '1-M' AND synthetic)::INT AS sources1m`
		);
		expect(orphans).toEqual({ cells: 0, pop: 0, sources1m: src.perRegionPeriod });
		const [name] = await rows<{ original_name: string }>(
			a.conn,
			`SELECT original_name FROM source_file WHERE region_code = 'KZ-11' AND period = '2022' AND form = '1-M'`
		);
		expect(name.original_name).toBe('demo:1-M:KZ-11:2022');
	});

	it('passes the official control sums of R1, R1-1, R2 and R4 in every графа', async () => {
		const broken = await rows(
			a.conn,
			`WITH v AS (SELECT section, grafa, region_code, period,
			    sum(value) FILTER (WHERE row_code = '1') AS r1, sum(value) FILTER (WHERE row_code = '2') AS r2,
			    sum(value) FILTER (WHERE row_code = '3') AS r3,
			    sum(value) FILTER (WHERE row_code IN ('4', '5', '6', '7')) AS r47
			  FROM form_cell WHERE section IN ('R1', 'R1-1', 'R2', 'R4') GROUP BY ALL)
			 SELECT * FROM v WHERE abs(r1 - (r2 + r3)) > 1e-6 OR abs(r3 - r47) > 1e-6 LIMIT 5`
		);
		expect(broken).toEqual([]);
	});

	it('keeps R1 графа 2 equal to R1-1 графа 1, as the real workbooks do', async () => {
		// Akmola Region.XLSX 2022: R1!F7 (графа 2, row 1) = 5317 = R1-1!E7 (графа 1, row 1).
		const diff = await rows(
			a.conn,
			`SELECT a.* FROM form_cell a JOIN form_cell b USING (region_code, period, row_code)
			 WHERE a.section = 'R1' AND a.grafa = '2' AND b.section = 'R1-1' AND b.grafa = '1'
			   AND a.value <> b.value LIMIT 5`
		);
		expect(diff).toEqual([]);
		const [{ labels }] = await rows<{ labels: string }>(
			a.conn,
			`SELECT any_value(row_label) AS labels FROM form_cell WHERE section = 'R1' AND row_code = '14'`
		);
		expect(labels).toBe(
			'Всего правонарушений / Глава 1. Уголовные правонарушения против личности / Убийство (ст.99)'
		);
	});

	it('emits cumulative months for 2024–2025 that only grow and end at the year', async () => {
		const shrinking = await rows(
			a.conn,
			`WITH c AS (SELECT section, row_code, grafa, region_code, p.year, p.month_to, value,
			    lag(value) OVER (PARTITION BY section, row_code, grafa, region_code, p.year ORDER BY p.month_to) AS prev
			  FROM form_cell JOIN period p USING (period) WHERE p.year >= 2024)
			 SELECT * FROM c WHERE value < prev LIMIT 5`
		);
		expect(shrinking).toEqual([]);
		const periods = await rows<{ period: string }>(
			a.conn,
			`SELECT DISTINCT period FROM form_cell WHERE period LIKE '2024%' ORDER BY period`
		);
		expect(periods.map((p) => p.period)).toEqual([
			'2024',
			...Array.from({ length: 11 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`)
		]);
	});

	it('loads the published figures and reports the founding paper’s total≠sum', async () => {
		const [pub] = await rows<{ n: number }>(
			a.conn,
			'SELECT count(*)::INT AS n FROM published_figure'
		);
		expect(pub.n).toBe(275 + 41);
		const findings = await rows<{ expected: number; found: number }>(
			a.conn,
			`SELECT expected, found FROM finding WHERE rule = 'published.total≠sum'`
		);
		expect(findings).toEqual([{ expected: 4907, found: 4947 }]);
	});

	it('writes a synthetic population for every reporting unit and year', async () => {
		const pop = await counts(
			a.conn,
			`SELECT count(*)::INT AS n,
			        count(*) FILTER (WHERE region_code = 'KZ-79' AND year = 2017)::INT AS shymkent2017,
			        max(value) FILTER (WHERE region_code = 'KZ-61' AND year = 2017) AS kz61_2017,
			        max(value) FILTER (WHERE region_code = 'KZ-61' AND year = 2018) AS kz61_2018
			 FROM population`
		);
		// 2015–2017 × 16 units + 2018–2021 × 17 + 2022–2026 × 20 (2026: start of year, for means).
		expect(pop.n).toBe(3 * 16 + 4 * 17 + 5 * 20);
		expect(pop.shymkent2017).toBe(0);
		// Before 2018 KZ-61 holds South Kazakhstan with Shymkent: far larger than after.
		expect(pop.kz61_2017).toBeGreaterThan(pop.kz61_2018 * 1.3);
	});
});
