/**
 * The research notebooks, end to end: built with `npm run notebooks` against (a) a warehouse
 * made from ../shared/data (the embedded default plus every real 2022 file) and (b) the
 * embedded default alone, then opened in headless Chromium. Every page must render its charts,
 * show no error cell, make no request off the machine, and print the warehouse's figures.
 * Built against warehouses that lack their inputs — (c) the real 2022 Form 1-M workbooks alone
 * and (d) an empty warehouse — every page says once which input is missing, prints no
 * "undefined", "NaN", "n/a", "Infinity" or "∞", and draws no chart over empty data.
 *
 * Hand-checked figures (read in the sheet XML of ../shared/data/qamqor/form-1m/2022/*.XLSX):
 * - R1-1, row code 1 («Всего правонарушений»), графа 1 = cell E7: Akmola Region.XLSX 5,317;
 *   the 16 workbooks: Abay 2,474 + Akmola 5,317 + Aktobe 6,824 + Almaty Region 12,571 +
 *   Astana 17,144 + Atyrau 4,875 + East-Kazakhstan 7,764 + Karagandy 9,771 + Kostanay 7,091 +
 *   Kyzylorda 3,164 + Mangistay 3,716 + North-Kazakhstan 4,583 + Pavlodar 5,022 + Shymkent 9,791 +
 *   West-Kazakhstan 5,908 + Zhambyl 5,273 = 111,288.
 * - R5, row code 1, графа 2 = cell F7 (registered in the period), summed over the 16 files: 194;
 *   West-Kazakhstan Region.XLSX F7 = 82. Графы 3–9 (cells G7–M7, penal institutions) sum to 12
 *   (Karagandy J7 1, Akmola I7 2, North-Kazakhstan G7 1 + H7 2, West-Kazakhstan H7 3, Zhambyl
 *   H7 2 + I7 1); графа 10 (N7, probation service) sums to 137.
 * - Regions without a 2022 Form 1-M workbook: Almaty city KZ-75, Jetisu KZ-33, Turkistan KZ-61,
 *   Ulytau KZ-62 (../shared/data/README.md: 16 of 20 regions; the 20 are those of
 *   src/lib/domain/regions.ts valid in 2022, Abai, Jetisu and Ulytau included).
 * - Founding papers (/work/shared/docs/domain.md, «Context figures»): convicted 2015–2022 sum to
 *   31,603 + 21,997 + 33,671 + 31,652 + 27,156 + 29,882 + 28,602 + 27,061 = 231,624 (= the stated
 *   total); acquitted 743 + 326 + 825 + 875 + 877 + 469 + 413 + 379 = 4,907 against a stated
 *   4,947: a gap of 40.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { calibrate, parseLevers, project, scenarioInputs } from '../../src/lib/scenario';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	launchChromium,
	renderPage,
	serveDirectory,
	type RenderedPage,
	type StaticSite
} from './browser.ts';
import {
	buildDefaultWarehouse,
	buildEmptyWarehouse,
	buildNotebooks,
	buildNotebooksExpectingFailure,
	buildRealFormsWarehouse,
	buildRealWarehouse,
	REPO_ROOT,
	requireSharedData,
	type NotebookBuild
} from './warehouses.ts';

const NOTEBOOKS = readdirSync(join(REPO_ROOT, 'notebooks'))
	.filter((name) => name.endsWith('.html'))
	.sort();
/**
 * The bench output the forecast notebook reads when none is named (notebooks/pipeline/stage.ts):
 * this machine's last `npm run bench:forecast`, else the committed output of a named run.
 */
const BENCH_OUTPUTS = ['bench/out/forecast-results.json', 'bench/results/forecast-results.json'];

/** The bench output a build will read, and its text (read just before the build). */
function readBenchOutput(): { path: string; text: string } | null {
	const path = BENCH_OUTPUTS.find((candidate) => existsSync(join(REPO_ROOT, candidate)));
	return path ? { path, text: readFileSync(join(REPO_ROOT, path), 'utf8') } : null;
}

/** Charts each notebook draws whatever the data (Plot SVGs, legends included). */
const MIN_CHARTS: Record<string, number> = {
	'crime-2022-by-region.html': 4,
	'convictions-acquittals-2015-2022.html': 2,
	'penitentiary-crime.html': 3,
	'forecast-accuracy.html': 1
};

/**
 * real: the default plus every real file; default: the embedded default alone; forms: the real
 * 2022 Form 1-M workbooks alone; empty: nothing imported.
 */
type Kind = 'real' | 'default' | 'forms' | 'empty';
const KINDS: Kind[] = ['real', 'default', 'forms', 'empty'];
interface Built {
	warehouse: string;
	build: NotebookBuild;
	pages: Map<string, RenderedPage>;
	bench: { path: string; text: string } | null;
}

let tmp: string;
let browser: Browser;
const sites: StaticSite[] = [];
const built = new Map<Kind, Built>();

async function queryWarehouse<T>(warehouse: string, sql: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(warehouse, { access_mode: 'READ_ONLY' });
	const connection = await instance.connect();
	try {
		const reader = await connection.runAndReadAll(sql);
		return reader.getRowObjectsJS() as T[];
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

/** What no reader should see in a notebook's text: a value that went missing on the way. */
const FORBIDDEN = ['undefined', 'NaN', 'n/a', 'Infinity', '∞'];

/**
 * What every built page must be, whatever the warehouse: every cell settled (the closing mark
 * shown) without an error, nothing fetched off the machine, no broken value in its text, and
 * no chart over empty data (each chart drawn has marks inside its frame).
 */
function expectSoundPage(page: RenderedPage): void {
	expect(page.errorCells).toEqual([]);
	expect(page.pageErrors).toEqual([]);
	expect(page.externalRequests).toEqual([]);
	expect(page.figures).toHaveProperty('done');
	for (const token of FORBIDDEN)
		expect(page.text, `«${token}» on ${page.title}`).not.toContain(token);
	for (const chart of page.charts) expect(chart.marks, chart.title).toBeGreaterThan(0);
}

function num(page: RenderedPage, name: string): number {
	expect(page.figures, `figure «${name}» on the page`).toHaveProperty(name);
	return Number(page.figures[name]);
}

beforeAll(async () => {
	requireSharedData();
	tmp = mkdtempSync(join(tmpdir(), 'sarapshy-notebooks-test-'));
	const warehouses = Object.fromEntries(
		KINDS.map((kind) => [kind, join(tmp, `${kind}.duckdb`)])
	) as Record<Kind, string>;
	await Promise.all([
		buildRealWarehouse(warehouses.real),
		buildDefaultWarehouse(warehouses.default),
		buildRealFormsWarehouse(warehouses.forms),
		buildEmptyWarehouse(warehouses.empty)
	]);
	browser = await launchChromium();
	for (const kind of KINDS) {
		const out = join(tmp, `site-${kind}`);
		const bench = readBenchOutput();
		const build = await buildNotebooks(warehouses[kind], out);
		const site = await serveDirectory(out);
		sites.push(site);
		const pages = new Map<string, RenderedPage>();
		for (const name of build.pages)
			pages.set(name, await renderPage(browser, `${site.url}/${name}`));
		built.set(kind, { warehouse: warehouses[kind], build, pages, bench });
	}
}, 900_000);

afterAll(async () => {
	await browser?.close();
	for (const site of sites) await site.close();
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.each(['real', 'default'] as Kind[])('notebooks against the %s warehouse', (kind) => {
	it('builds every notebook, answering its SQL cells from the warehouse', () => {
		const { build } = built.get(kind)!;
		expect(build.pages).toEqual(NOTEBOOKS);
		expect(NOTEBOOKS.length).toBeGreaterThanOrEqual(4);
		const notebooksWithSql = new Set(build.queries.map((q) => q.notebook));
		for (const name of NOTEBOOKS) expect(notebooksWithSql.has(name), name).toBe(true);
	});

	it.each(NOTEBOOKS)('%s renders its charts with no error cell and no network request', (name) => {
		const page = built.get(kind)!.pages.get(name)!;
		expectSoundPage(page);
		expect(page.svgCharts).toBeGreaterThanOrEqual(MIN_CHARTS[name] ?? 1);
		expect(page.title.length).toBeGreaterThan(0);
	});

	it('the 2022 situation shows the warehouse figures (R1-1 графа 1, population, coverage)', async () => {
		const { warehouse, pages } = built.get(kind)!;
		const page = pages.get('crime-2022-by-region.html')!;
		// The test's own reading of the warehouse: real files when any exist, else the demo.
		const rows = await queryWarehouse<{ region_code: string; total: number; synthetic: boolean }>(
			warehouse,
			`WITH c AS (SELECT f.region_code, f.value, s.synthetic,
			   bool_or(NOT s.synthetic) OVER () AS any_real
			 FROM form_cell f JOIN source_file s ON s.sha256 = f.source_sha256
			 WHERE f.form = '1-M' AND f.period = '2022' AND f.section = 'R1-1'
			   AND f.row_code = '1' AND f.grafa = '1' AND f.region_code <> 'KZ')
			 SELECT region_code, sum(value) AS total, bool_or(synthetic) AS synthetic
			 FROM c WHERE synthetic = NOT any_real GROUP BY 1`
		);
		const total = rows.reduce((s, r) => s + r.total, 0);
		expect(num(page, 'covered-total')).toBe(total);
		expect(num(page, 'regions-covered')).toBe(rows.length);
		expect(page.figures.synthetic).toBe(String(rows.some((r) => r.synthetic)));
		for (const r of rows) expect(num(page, `total-${r.region_code}`), r.region_code).toBe(r.total);

		const [astana] = await queryWarehouse<{ rate: number }>(
			warehouse,
			`SELECT ${rows.find((r) => r.region_code === 'KZ-71')?.total ?? 'NULL'}
			   / ((max(value) FILTER (WHERE year = 2022) + max(value) FILTER (WHERE year = 2023)) / 2)
			   * 10000 AS rate
			 FROM population WHERE region_code = 'KZ-71' AND sex = 'all'
			   AND source_sha256 IN (SELECT sha256 FROM source_file WHERE synthetic = ${kind === 'default'})`
		);
		expect(num(page, 'rate-KZ-71')).toBeCloseTo(astana.rate, 6);

		const [findings] = await queryWarehouse<{ n: number }>(
			warehouse,
			`SELECT count(*)::INTEGER AS n FROM finding WHERE period = '2022' AND form IN ('1-M', 'СНГ-1')`
		);
		expect(num(page, 'findings')).toBe(findings.n);

		// Structure: misdemeanours (row 2) among all offences, crimes (row 3) by severity (rows 4–7).
		const [rows1to7] = await queryWarehouse<Record<string, number>>(
			warehouse,
			`WITH c AS (SELECT f.row_code, f.value, s.synthetic, bool_or(NOT s.synthetic) OVER () AS any_real
			 FROM form_cell f JOIN source_file s ON s.sha256 = f.source_sha256
			 WHERE f.form = '1-M' AND f.period = '2022' AND f.section = 'R1-1' AND f.grafa = '1'
			   AND f.region_code <> 'KZ')
			 SELECT ${[1, 2, 3, 4, 5, 6, 7].map((r) => `sum(value) FILTER (WHERE row_code = '${r}') AS r${r}`).join(', ')}
			 FROM c WHERE synthetic = NOT any_real`
		);
		expect(num(page, 'covered-crimes')).toBe(rows1to7.r3);
		expect(num(page, 'misdemeanour-share')).toBeCloseTo(rows1to7.r2 / rows1to7.r1, 12);
		expect(num(page, 'severity-minor')).toBe(rows1to7.r4);
		expect(num(page, 'severity-medium')).toBe(rows1to7.r5);
		expect(num(page, 'severity-grave')).toBe(rows1to7.r6);
		expect(num(page, 'severity-especially_grave')).toBe(rows1to7.r7);
		expect(num(page, 'grave-share')).toBeCloseTo((rows1to7.r6 + rows1to7.r7) / rows1to7.r3, 12);

		if (kind === 'real') {
			expect(num(page, 'covered-total')).toBe(111_288); // hand-checked, see header
			expect(num(page, 'total-KZ-11')).toBe(5_317); // Akmola Region.XLSX, R1-1, E7
			expect(page.figures['missing-codes']).toBe('KZ-33,KZ-61,KZ-62,KZ-75');
			expect(page.figures.coverage).toBe('16 of 20 regions'); // see header
			expect(page.text).toContain(
				'sum of 16 of 20 regions; not covered: Jetisu Region, Turkistan Region, Ulytau Region, Almaty'
			);
			expect(num(page, 'files')).toBe(16);
			expect(page.figures.synthetic).toBe('false');
			// Akmola Region.XLSX, R1-1, графа 1: row 3 (E9) 4,535 against rows 4–7 (E10–E13)
			// 610 + 2,668 + 1,161 + 95 = 4,534; every other covered region adds up, so the
			// severity rows fall one short of the crimes row, and the page says so.
			const severity = ['minor', 'medium', 'grave', 'especially_grave'].reduce(
				(sum, key) => sum + num(page, `severity-${key}`),
				0
			);
			expect(num(page, 'covered-crimes') - severity).toBe(1);
			expect(page.text).toContain('not to the crimes row');
		} else {
			expect(page.figures.synthetic).toBe('true');
			expect(page.text).toContain('synthetic demo figures');
			expect(page.figures.coverage).toBe('20 of 20 regions'); // the demo covers every region
		}
	});

	it('convictions and acquittals: the series, the stated totals and their gap', () => {
		const page = built.get(kind)!.pages.get('convictions-acquittals-2015-2022.html')!;
		// domain.md, «Context figures from the founding papers» (hand-summed in the header)
		expect(num(page, 'sum-convicted')).toBe(231_624);
		expect(num(page, 'stated-convicted')).toBe(231_624);
		expect(page.figures['agrees-convicted']).toBe('true');
		expect(num(page, 'sum-acquitted')).toBe(4_907);
		expect(num(page, 'stated-acquitted')).toBe(4_947);
		expect(num(page, 'gap-acquitted')).toBe(40);
		expect(page.figures['agrees-acquitted']).toBe('false');
		// the file the figures come from, by its hash: the project's own transcription
		const transcription = readFileSync(join(REPO_ROOT, 'data/published/founding-papers.csv'));
		expect(page.figures['published-sha256']).toBe(
			createHash('sha256').update(transcription).digest('hex')
		);
		expect(num(page, 'convicted-2022')).toBe(27_061);
		expect(num(page, 'acquitted-2022')).toBe(379);
		expect(num(page, 'acquittal-rate-last')).toBeCloseTo(379 / (27_061 + 379), 10);
	});

	it('the scenario notebook reproduces the baseline of src/lib/scenario on the same figures', async () => {
		const { warehouse, pages } = built.get(kind)!;
		const page = pages.get('prison-scenario-baseline.html')!;
		const rows = await queryWarehouse<Record<string, unknown>>(
			warehouse,
			`SELECT id, indicator, region_code, period_start::VARCHAR AS s, period_end::VARCHAR AS e,
			        value, unit, source_url, source_quote FROM published_figure`
		);
		const cal = calibrate(
			scenarioInputs(
				rows.map((r) => ({
					id: String(r.id),
					indicator: String(r.indicator),
					region: (r.region_code as string | null) ?? null,
					start: (r.s as string | null) ?? null,
					end: (r.e as string | null) ?? null,
					value: Number(r.value),
					unit: String(r.unit),
					url: String(r.source_url),
					quote: String(r.source_quote)
				}))
			)
		);
		const p = project(cal, parseLevers({}));
		// kzpf-149: 40,159 «as of December 2015», the model's starting stock
		expect(num(page, 'initial')).toBe(40_159);
		expect(num(page, 'stay')).toBe(cal.stay.value);
		expect(num(page, 'pretrial')).toBe(cal.pretrial.value);
		expect(num(page, 'probation-share')).toBeCloseTo(cal.probationShare.value, 9);
		expect(num(page, 'first-year')).toBe(p.years[0]);
		expect(num(page, 'prison-first')).toBeCloseTo(p.prison.baseline[0].mean, 6);
		expect(num(page, 'prison-last')).toBeCloseTo(p.prison.baseline[4].mean, 6);
		expect(num(page, 'probation-first')).toBeCloseTo(p.probation.baseline[0].mean, 6);
	});

	it('penitentiary crime shows R5 as the warehouse holds it', async () => {
		const { warehouse, pages } = built.get(kind)!;
		const page = pages.get('penitentiary-crime.html')!;
		const [r5] = await queryWarehouse<{ total: number; institutions: number; probation: number }>(
			warehouse,
			`WITH c AS (SELECT f.grafa, f.value, s.synthetic, bool_or(NOT s.synthetic) OVER () AS any_real
			 FROM form_cell f JOIN source_file s ON s.sha256 = f.source_sha256
			 WHERE f.form = '1-M' AND f.period = '2022' AND f.section = 'R5' AND f.row_code = '1'
			   AND f.region_code <> 'KZ')
			 SELECT sum(value) FILTER (WHERE grafa = '2') AS total,
			   sum(value) FILTER (WHERE grafa IN ('3', '4', '5', '6', '7', '8', '9')) AS institutions,
			   sum(value) FILTER (WHERE grafa = '10') AS probation
			 FROM c WHERE synthetic = NOT any_real`
		);
		expect(num(page, 'r5-total')).toBe(r5.total);
		expect(num(page, 'r5-institutions')).toBe(r5.institutions);
		expect(num(page, 'r5-probation')).toBe(r5.probation);
		const [prison] = await queryWarehouse<{ value: number }>(
			warehouse,
			`SELECT value FROM published_figure
			 WHERE indicator = 'prison_population' AND region_code = 'KZ' AND period_start IS NOT NULL
			 ORDER BY abs(date_diff('day', period_start, DATE '2022-07-01')
			   + date_diff('day', period_end, DATE '2022-07-01')), id LIMIT 1`
		);
		expect(num(page, 'prison-population')).toBe(prison.value);
		expect(num(page, 'rate-all')).toBeCloseTo((r5.total / prison.value) * 1000, 10);
		// the same regions not covered as the 2022 situation (none when the demo covers all)
		const situation = pages.get('crime-2022-by-region.html')!;
		expect(page.figures['missing-codes']).toBe(situation.figures['missing-codes']);
		if (kind === 'real') {
			expect(num(page, 'r5-total')).toBe(194); // hand-checked, see header
			expect(num(page, 'r5-institutions')).toBe(12);
			expect(num(page, 'r5-probation')).toBe(137);
			expect(num(page, 'r5-KZ-27')).toBe(82); // West-Kazakhstan Region.XLSX, R5, F7
			expect(page.figures['missing-codes']).toBe('KZ-33,KZ-61,KZ-62,KZ-75'); // see header
		}
		expect(page.figures.coverage).toBe(situation.figures.coverage);
	});

	it('forecast accuracy shows the bench output it read (which file, its hash), or says it is absent', () => {
		const { build, pages, bench } = built.get(kind)!;
		const page = pages.get('forecast-accuracy.html')!;
		const input = build.inputs.find((i) => i.name === 'forecast-results')!;
		if (bench === null) {
			expect(input.present).toBe(false);
			expect(page.figures['forecast-status']).toBe('absent');
			expect(page.text).toContain('The bench output does not exist');
			expect(page.text).toContain(BENCH_OUTPUTS[1]);
			return;
		}
		// bench/out is rewritten by every `npm run bench:forecast`: the build must have read the
		// text this test read just before it.
		expect(input.sha256, `${bench.path} changed during the notebook build: rerun`).toBe(
			sha256(bench.text)
		);
		expect(input).toMatchObject({ present: true, path: bench.path });
		expectBenchPage(page, JSON.parse(bench.text) as BenchOutput, bench);
	});
});

/**
 * The inputs each notebook must name as missing (`missingInput(name, …)`, one sentence marked
 * data-figure="missing-input-<name>") on a warehouse that lacks them, and a phrase of it.
 */
const MISSING: Record<'forms' | 'empty', Record<string, Record<string, string>>> = {
	forms: {
		'convictions-acquittals-2015-2022.html': {
			'founding-papers': 'the warehouse holds no founding-paper figures'
		},
		'crime-2022-by-region.html': {
			population: 'the warehouse holds no population of 2022 and 2023 for the covered regions'
		},
		'penitentiary-crime.html': {
			'prison-population': 'the warehouse holds no dated published prison population figure'
		},
		'forecast-accuracy.html': {
			'published-national': 'the warehouse holds no published national total'
		},
		'prison-scenario-baseline.html': {
			'published-prison': 'the warehouse holds no published national prison, probation'
		}
	},
	empty: {
		'convictions-acquittals-2015-2022.html': {
			'founding-papers': 'the warehouse holds no founding-paper figures'
		},
		'crime-2022-by-region.html': { 'form-1m': 'the warehouse holds no Form 1-M file for 2022' },
		'penitentiary-crime.html': {
			'form-1m': 'the warehouse holds no Form 1-M file for 2022',
			'prison-population': 'the warehouse holds no dated published prison population figure'
		},
		'forecast-accuracy.html': {
			'published-national': 'the warehouse holds no published national total'
		},
		'prison-scenario-baseline.html': {
			'published-prison': 'the warehouse holds no published national prison, probation'
		}
	}
};

describe.each(['forms', 'empty'] as const)(
	'notebooks against a warehouse that lacks their inputs (%s)',
	(kind) => {
		it.each(NOTEBOOKS)('%s says once what is missing, with no broken value in its text', (name) => {
			const page = built.get(kind)!.pages.get(name)!;
			expectSoundPage(page);
			const notices = Object.keys(page.figures).filter((f) => f.startsWith('missing-input-'));
			const expected = MISSING[kind][name] ?? {};
			expect(notices.sort()).toEqual(
				Object.keys(expected)
					.map((n) => `missing-input-${n}`)
					.sort()
			);
			for (const phrase of Object.values(expected)) {
				expect(page.text).toContain(`Missing input: ${phrase}`);
				// said once, not repeated in every section
				expect(page.text.split(`Missing input: ${phrase}`).length - 1).toBe(1);
			}
		});

		it('the charts that would be empty are a sentence instead', () => {
			const { pages } = built.get(kind)!;
			const courts = pages.get('convictions-acquittals-2015-2022.html')!;
			expect(courts.svgCharts).toBe(0);
			expect(courts.text).toContain('No chart: the warehouse holds no founding-paper figures.');
			const forecast = pages.get('forecast-accuracy.html')!;
			expect(forecast.charts.map((c) => c.title)).not.toContain(
				'Registered criminal offences, Kazakhstan (published national figures)'
			);
			expect(forecast.text).toContain('No chart: no published national figure in the warehouse.');
			const situation = pages.get('crime-2022-by-region.html')!;
			const rates = situation.charts.find((c) =>
				c.title.startsWith('Registered offences per 10,000')
			);
			expect(rates).toBeUndefined();
			expect(situation.text).toContain(
				'No chart: no covered region has a population to divide by.'
			);
			if (kind === 'empty') {
				expect(situation.svgCharts).toBe(0);
				expect(pages.get('penitentiary-crime.html')!.svgCharts).toBe(0);
			}
		});

		it('sums of regions say which regions they cover', () => {
			const { pages } = built.get(kind)!;
			const situation = pages.get('crime-2022-by-region.html')!;
			const prison = pages.get('penitentiary-crime.html')!;
			if (kind === 'forms') {
				// the 16 real workbooks (see header): the same figures as on the real warehouse
				expect(num(situation, 'covered-total')).toBe(111_288);
				expect(num(prison, 'r5-total')).toBe(194);
				for (const page of [situation, prison]) {
					expect(page.figures.coverage).toBe('16 of 20 regions');
					expect(page.figures['missing-codes']).toBe('KZ-33,KZ-61,KZ-62,KZ-75');
					expect(page.text).toContain(
						'sum of 16 of 20 regions; not covered: Jetisu Region, Turkistan Region, Ulytau Region, Almaty'
					);
				}
			} else {
				expect(situation.figures).not.toHaveProperty('covered-total');
				expect(situation.text).toContain('0 of the 20 regions of 2022');
				expect(situation.figures.missing).toBe('20');
			}
		});
	}
);

/** The shape of notebooks/README.md, as much of it as the test compares. */
interface BenchScore {
	method: string;
	mase: number;
	smape?: number | null;
	cov80?: number | null;
	cov95?: number | null;
	winkler95?: number | null;
	seconds?: number | null;
	chosen?: string;
	byOrigin?: Record<string, { mase: number; cov95?: number | null }>;
}
interface BenchSuite {
	id: string;
	title?: string;
	series?: number;
	splits?: number;
	horizon?: number;
	origins?: string[] | null;
	synthetic?: boolean;
	scores: BenchScore[];
	r: BenchScore[] | null;
	comparison?: { maseRatio?: number | null } | null;
}
interface BenchOutput {
	generatedAt?: string;
	command?: string;
	suites: BenchSuite[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const EXPECTED_SUITES = ['nsw-monthly', 'kz-annual'];

/**
 * What the forecast page must show for a bench output: the file (path, SHA-256, run date and
 * command), both expected suites or a note of the missing ones, and for every suite the
 * automatic method's scores, every method's MASE and the ratio to R's best where R ran, each
 * equal to the file's number, with a chart per suite.
 */
function expectBenchPage(
	page: RenderedPage,
	results: BenchOutput,
	file: { path: string; text: string }
): void {
	expect(page.errorCells).toEqual([]);
	expect(page.pageErrors).toEqual([]);
	expect(page.figures['forecast-status']).toBe('ok');
	for (const token of FORBIDDEN) expect(page.text, `«${token}»`).not.toContain(token);
	expect(page.figures['forecast-path']).toBe(file.path);
	expect(page.figures['forecast-sha256']).toBe(sha256(file.text));
	expect(page.figures['forecast-generated-at']).toBe(results.generatedAt ?? '');
	expect(page.figures['forecast-command']).toBe(results.command ?? '');
	const ids = results.suites.map((suite) => suite.id);
	expect(page.figures['missing-suites']).toBe(
		EXPECTED_SUITES.filter((id) => !ids.includes(id)).join(',')
	);
	expect(page.figures['suite-ids']?.split(',').sort()).toEqual([...ids].sort());
	expect(num(page, 'suites')).toBe(results.suites.length);
	// the national context chart, one MASE chart per suite, the coverage chart
	expect(page.svgCharts).toBeGreaterThanOrEqual(results.suites.length + 2);
	for (const chart of page.charts) expect(chart.marks, chart.title).toBeGreaterThan(0);
	const coverage = page.charts.find((chart) => chart.title.startsWith('Interval coverage'));
	expect(coverage, 'the coverage chart').toBeDefined();
	for (const suite of results.suites) {
		const auto = suite.scores.find((s) => s.method.startsWith('auto')) ?? suite.scores[0];
		for (const metric of ['mase', 'smape', 'cov80', 'cov95'] as const) {
			const value = auto[metric];
			if (typeof value === 'number' && Number.isFinite(value)) {
				expect(num(page, `${metric}-auto-${suite.id}`), `${metric}, ${suite.id}`).toBe(value);
			}
		}
		const [c80, c95] = [auto.cov80, auto.cov95];
		if (typeof c80 === 'number' && typeof c95 === 'number') {
			// criteria: 80 % intervals hold 75–85 % of outcomes, 95 % intervals at least 90 %
			const calibration =
				c80 < 0.75 || c95 < 0.9 ? 'too narrow' : c80 > 0.85 ? 'too wide' : 'honest';
			expect(page.figures[`calibration-${suite.id}`], suite.id).toBe(calibration);
		}
		for (const [origin, score] of Object.entries(auto.byOrigin ?? {})) {
			expect(num(page, `mase-auto-${suite.id}-${origin}`)).toBe(score.mase);
		}
		for (const score of suite.scores) {
			expect(num(page, `mase-${suite.id}-${score.method}`)).toBe(score.mase);
		}
		expect(page.figures[`r-run-${suite.id}`]).toBe(String((suite.r ?? []).length > 0));
		if (suite.r && suite.r.length > 0) {
			for (const score of suite.r) {
				expect(num(page, `mase-${suite.id}-R ${score.method}`)).toBe(score.mase);
			}
			const bestR = Math.min(...suite.r.map((score) => score.mase));
			const ratio = suite.comparison?.maseRatio ?? auto.mase / bestR;
			expect(num(page, `mase-ratio-${suite.id}`)).toBeCloseTo(ratio, 10);
			// the bench's ratio (of unrounded scores) agrees with its rounded scores
			expect(Math.abs(ratio / (auto.mase / bestR) - 1)).toBeLessThan(1e-3);
		}
	}
}

/** Builds the forecast notebook alone against the default warehouse, reading `file`, and opens it. */
async function renderForecastNotebook(file: string, out: string): Promise<RenderedPage> {
	const { warehouse } = built.get('default')!;
	await buildNotebooks(warehouse, out, [
		'--input',
		`forecast-results=${file}`,
		'forecast-accuracy.html'
	]);
	const site = await serveDirectory(out);
	sites.push(site);
	return renderPage(browser, `${site.url}/forecast-accuracy.html`);
}

describe('the forecast notebook on bench outputs the test writes', () => {
	// Invented scores in the shape of notebooks/README.md: this checks the reading, not the
	// forecasts. The committed output of a named run is checked above once it exists.
	const bench: BenchOutput & Record<string, unknown> = {
		generatedAt: '2026-01-01T00:00:00Z',
		command: 'npm run bench:forecast -- --sets nsw,kz,m3y',
		machine: { cores: 2, node: 'v20', note: 'test fixture' },
		suites: [
			{
				id: 'kz-annual',
				title: 'Kazakhstan, national registered offences',
				series: 1,
				splits: 9,
				horizon: 3,
				origins: null,
				scores: [
					{
						method: 'auto',
						chosen: 'theta 5, naive 4',
						mase: 1.1,
						smape: 7.5,
						cov80: 0.7,
						cov95: 0.88
					},
					{ method: 'naive', mase: 1.2, smape: 8, cov80: 0.6, cov95: null }
				],
				r: null,
				comparison: null
			},
			{
				id: 'nsw-monthly',
				title: 'NSW monthly recorded offences, 21 series',
				series: 21,
				splits: 63,
				horizon: 24,
				origins: ['2017-12', '2018-12', '2019-12'],
				scores: [
					{
						method: 'auto',
						chosen: 'ets 40, theta 23',
						mase: 1.21,
						smape: 14.1,
						cov80: 0.79,
						cov95: 0.93,
						byOrigin: {
							'2017-12': { mase: 0.99, cov95: 0.95 },
							'2018-12': { mase: 1.35, cov95: 0.93 },
							'2019-12': { mase: 3.07, cov95: null }
						}
					},
					{ method: 'snaive', mase: 1.6, smape: 15, cov80: 0.7, cov95: 0.88 },
					{ method: 'theta', mase: 1.3, smape: 14.4, cov80: 0.75, cov95: 0.9 }
				],
				r: [
					{ method: 'ets', mase: 1.25, smape: 14.5, cov80: 0.72, cov95: 0.88, seconds: 31 },
					{ method: 'thetaf', mase: 1.28, smape: 14.6, cov80: 0.7, cov95: 0.86, seconds: 2 }
				],
				comparison: { maseRatio: 0.968 }
			},
			{
				id: 'm3-yearly',
				title: 'M3 yearly, 645 series',
				series: 645,
				horizon: 6,
				scores: [{ method: 'auto', mase: 2.7, smape: 16.1, cov80: 0.9, cov95: 0.97 }],
				r: null
			}
		]
	};

	async function render(file: string, content: string): Promise<RenderedPage> {
		writeFileSync(file, content);
		return renderForecastNotebook(file, `${file}.site`);
	}

	it('shows both suites (and M3), the file it read, every score and the ratio to R', async () => {
		const file = join(tmp, 'bench.json');
		const text = JSON.stringify(bench, null, '\t');
		const page = await render(file, text);
		expectBenchPage(page, bench, { path: file, text });
		expect(page.figures['suite-ids']).toBe('nsw-monthly,kz-annual,m3-yearly'); // expected first
		expect(num(page, 'mase-ratio-nsw-monthly')).toBe(0.968); // the bench's own ratio
		expect(page.figures).not.toHaveProperty('mase-ratio-kz-annual');
		expect(page.text).toContain('R was not run on this suite');
		expect(page.text).toContain('What the numbers say, and their limits');
		expect(page.text).toContain('at least as accurate as R');
		expect(page.figures['calibration-nsw-monthly']).toBe('honest'); // 0.79 and 0.93
		expect(page.figures['calibration-kz-annual']).toBe('too narrow'); // 0.70 and 0.88
		expect(page.figures['calibration-m3-yearly']).toBe('too wide'); // 0.90 and 0.97
		expect(page.text).toContain('MASE from 0.990 (origin 2017-12) to 3.070 (origin 2019-12)');
	});

	it('says which expected suite is missing', async () => {
		const only = { ...bench, suites: bench.suites.filter((s) => s.id === 'nsw-monthly') };
		const file = join(tmp, 'nsw-only.json');
		const text = JSON.stringify(only);
		const page = await render(file, text);
		expectBenchPage(page, only, { path: file, text });
		expect(page.figures['missing-suites']).toBe('kz-annual');
		expect(page.text).toContain('Missing from this file');
	});

	it('says so when the file exists in another shape', async () => {
		const page = await render(join(tmp, 'other.json'), JSON.stringify({ rows: [1, 2, 3] }));
		expect(page.errorCells).toEqual([]);
		expect(page.figures['forecast-status']).toBe('unrecognised');
	});
});

describe('the committed output of a named bench run', () => {
	// bench/results/forecast-results.json (`npm run bench:forecast -- --save`, committed) is what
	// CI and a fresh checkout show in notebook 4, so it must exist; bench/out/ shadows it on a
	// machine that has run the bench, and then the notebook is built once more naming it.
	it('is shown by the forecast notebook with both suites, every figure equal to the file', async () => {
		const path = BENCH_OUTPUTS[1];
		const absolute = join(REPO_ROOT, path);
		expect(existsSync(absolute), `${path} is committed: it must exist`).toBe(true);
		const text = readFileSync(absolute, 'utf8');
		const results = JSON.parse(text) as BenchOutput;
		const ids = results.suites.map((suite) => suite.id);
		for (const id of EXPECTED_SUITES) expect(ids, id).toContain(id);
		const real = built.get('real')!;
		const page =
			real.bench?.path === path && real.bench.text === text
				? real.pages.get('forecast-accuracy.html')!
				: await renderForecastNotebook(absolute, join(tmp, 'committed-site'));
		expectBenchPage(page, results, { path, text });
		expect(page.figures['missing-suites']).toBe('');
		expect(page.text).toContain('the committed output of a named bench run');
	});
});

describe('a notebook that cannot be built', () => {
	it.each([
		{
			what: 'fails the build, naming the notebook and cell of a failing SQL query',
			file: 'broken-sql.html',
			cell: `<script id="7" type="application/sql" database="sarapshy" output="rows" hidden>\n    SELECT no_such_column FROM form_cell\n  </script>`,
			said: ['broken-sql.html cell 7', 'no_such_column']
		},
		{
			what: 'refuses a cell that would load a library from a CDN',
			file: 'online.html',
			cell: `<script id="3" type="module">\n    Plot.plot({marks: []})\n  </script>`,
			said: ['online.html cell 3', "import * as Plot from '@observablehq/plot'"]
		}
	])('$what', async ({ file, cell, said }) => {
		const notebook = join(tmp, file);
		writeFileSync(
			notebook,
			`<!doctype html>\n<notebook theme="air">\n  <title>${file}</title>\n  ${cell}\n</notebook>\n`
		);
		const result = await buildNotebooksExpectingFailure(
			built.get('default')!.warehouse,
			join(tmp, `${file}.out`),
			[notebook]
		);
		expect(result.code).not.toBe(0);
		for (const text of said) expect(result.stderr).toContain(text);
	});
});
