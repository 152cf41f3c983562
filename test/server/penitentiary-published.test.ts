/**
 * The penitentiary rate and the context cards where the published figures allow them. The
 * warehouse: the 16 real Form 1-M workbooks of 2022, the Bureau's population, both transcribed
 * CSVs of data/published (the founding papers' context figures are in founding-papers.csv) and
 * one CSV this test writes itself: a prison population for 2022 that NO source published
 * (30,000, `doc:test-fixture`), so that the same-year division can be checked. It is never
 * written to data/; the real warehouse has no 2022 figure (see penitentiary.test.ts).
 *
 * Figures checked by hand:
 *  - R5 row 1 of 2022 summed over the 16 workbooks: графа 2 (F7) = 194, графы 3–9 (G7…M7) = 12
 *    (see penitentiary.test.ts for the regions): 194 ÷ 30,000 × 1,000 = 6.4667; 12 → 0.4.
 *  - founding-papers.csv: fp-pretrial-capacity-2024-07 (line 27) 8,000 places and
 *    fp-pretrial-held-2024-07 (line 28) 7,000 held, July 2024 → occupancy 87.5 %;
 *    fp-institutions-2024-07 78, fp-colonies-2024-07 62, fp-pretrial-centres-2024-07 16,
 *    fp-employed-convicts-2024-05 11,000 (May 2024).
 *  - kz-published-figures.csv kzpf-018 (line 19): amnesty applied to 15,920 persons, H1 2012;
 *    kzpf-262/263: 45 % of prisoners previously convicted (Nov 2021, Jul 2024).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA, FORM_1M_2022, ROOT, etl, requireData } from '../pipelines/cli/helpers';
import { translator, type Lang } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import type { Dataset } from '../../src/lib/dataset';

const OUT = join(ROOT, 'test/output');
const DB = join(OUT, 'server-penitentiary.duckdb');
const FIXTURE = join(OUT, 'penitentiary-fixture');
let DATASETS: typeof import('../../src/lib/server/datasets').DATASETS;

const HEADER =
	'id,indicator,region_code,region_label,period_start,period_end,value,unit,source_url,source_date,source_quote,notes';

beforeAll(async () => {
	const population = requireData(join(DATA, 'population/bns-population-by-region-source.xlsx'));
	requireData(FORM_1M_2022);
	mkdirSync(FIXTURE, { recursive: true });
	const csv = join(FIXTURE, 'test-prison-2022.csv');
	writeFileSync(
		csv,
		`${HEADER}\ntest-prison-2022,prison_population,KZ,Kazakhstan,2022-12-31,2022-12-31,30000,persons,doc:test-fixture,,"a figure made up by the test, published by no one",test only\n`
	);
	const tmp = `${DB}.${process.pid}.tmp`;
	rmSync(tmp, { force: true });
	for (const args of [
		['import', FORM_1M_2022, '--period', '2022'],
		['import', population, join(ROOT, 'data/published'), csv]
	]) {
		const r = etl(tmp, args);
		if (r.status !== 0) throw new Error(`etl ${args.join(' ')} failed:\n${r.stderr}`);
	}
	if (existsSync(`${tmp}.wal`)) renameSync(`${tmp}.wal`, `${DB}.wal`);
	renameSync(tmp, DB);
	process.env.SARAPSHY_DB = DB;
	({ DATASETS } = await import('../../src/lib/server/datasets'));
}, 600_000);

const build = async (id: string, query = '', lang: Lang = 'en'): Promise<Dataset> =>
	(await DATASETS[id](parseViewQuery(new URLSearchParams(query)), translator(lang)))!;

describe('penitentiary-rate with a prison population of the same year', () => {
	it('divides the 16 regions’ R5 by it and says the numerator is partial', async () => {
		const ds = await build('penitentiary-rate');
		expect(ds.rows).toHaveLength(1);
		const r = ds.rows[0];
		expect(r).toMatchObject({ year: 2022, registered: 194, prisoners: 30000, regions: '16 / 20' });
		expect(r.rate).toBeCloseTo((194 / 30000) * 1000, 10);
		expect(r.rateInstitutions).toBeCloseTo((12 / 30000) * 1000, 10);
		expect(ds.note).toContain(
			'For 2022 the numerator sums 16 of 20 regions (missing: Jetisu Region, Turkistan Region, Ulytau Region, Almaty)'
		);
		expect(ds.note).toContain('the rate understates');
		expect(ds.note).not.toContain('No prison population is published');
		expect(ds.coverage?.[0]).toMatchObject({ period: '2022', regions: 16, of: 20 });
		expect(ds.source.forms).toEqual(['1-M', 'published']);
	});
});

describe('penitentiary-context: cited cards', () => {
	it('gives each figure with its date, source and quote, and occupancy from one source', async () => {
		const ds = await build('penitentiary-context');
		const of = (key: string) => ds.rows.filter((r) => r.key === key);
		expect(of('penal_institutions')).toEqual([
			expect.objectContaining({ value: 78, date: '2024-07-31', source: 'founding papers' })
		]);
		expect(of('penal_colonies')[0].value).toBe(62);
		expect(of('pretrial_centres')[0].value).toBe(16);
		expect(of('pretrial_capacity')[0].value).toBe(8000);
		expect(of('employed_convicts')[0]).toMatchObject({ value: 11000, date: '2024-05-31' });
		expect(of('amnesty_applied_persons')[0]).toMatchObject({
			value: 15920,
			url: 'https://www.caravan.kz/amp/news/v-kazakhstane-za-polgoda-amnistirovano-pochti-16-tysyach-chelovek-313284'
		});
		expect(of('share_prisoners_previously_convicted').map((r) => r.share)).toEqual([45, 45]);
		expect(of('pretrial_occupancy')).toEqual([
			expect.objectContaining({ share: 87.5, value: null, date: '2024-07-31' })
		]);
		expect(ds.note).toMatch(/one source for one date/);
		for (const r of ds.rows) expect(String(r.quote).length, String(r.key)).toBeGreaterThan(10);
	});
});
