/**
 * Clearance and case outcomes on the warehouse built from real files only
 * (test/server/real-warehouse.ts: Form 1-M and СНГ-1 for 2022, 16 of 20 regions). Figures
 * checked by hand in the workbooks (cells read from the XLSX, графы row 6 names each column):
 *   Akmola Region.XLSX (1-M), sheet R1-1, row code 1 (sheet row 7):
 *     E7 графа 1 = 5317 registered; K7 графа 7 = 2473 finished; L7 графа 8 = 1266 sent to court;
 *     Q7 графа 13 = 1207 and R7 графа 14 = 3129 terminated; S7 графа 15 = 1979 suspended.
 *     → finished 2473 / 5317 = 46.511 %; to court 23.810 %; terminated 4336 / 5317 = 81.550 %;
 *       suspended 37.220 %.
 *   Akmola region.XLSX (СНГ-1), sheet R1, row code 1 (row 7): E7 графа 1 = 4535 crimes
 *     registered, G7 графа 3 = 2713 finished, J7 графа 6 = 2611 persons identified
 *     → clearance 2713 / 4535 = 59.824 %.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realWarehouse } from './real-warehouse';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';

let datasets: typeof import('../../src/lib/server/datasets');

beforeAll(async () => {
	process.env.SARAPSHY_DB = realWarehouse();
	datasets = await import('../../src/lib/server/datasets');
}, 600_000);

const q = (s = '') => parseViewQuery(new URLSearchParams(s));
const ru = translator('ru');

describe('clearance-regions (R1-1 outcomes and СНГ-1 clearance per region)', () => {
	it('reads Akmola 2022 as in its workbooks', async () => {
		const ds = await datasets.DATASETS['clearance-regions'](q('period=2022'), ru);
		const akm = ds!.rows.find((r) => r.code === 'KZ-11')!;
		expect(akm.registered).toBe(5317);
		expect(akm.finished).toBeCloseTo((2473 / 5317) * 100, 6);
		expect(akm.toCourt).toBeCloseTo((1266 / 5317) * 100, 6);
		expect(akm.terminated).toBeCloseTo(((1207 + 3129) / 5317) * 100, 6);
		expect(akm.suspended).toBeCloseTo((1979 / 5317) * 100, 6);
		expect(akm).toMatchObject({ sngRegistered: 4535, sngFinished: 2713, persons: 2611 });
		expect(akm.sngClearance).toBeCloseTo((2713 / 4535) * 100, 6);
		// The definitions and the СНГ-1 caveat are on the panel.
		expect(ds!.note).toContain('графа 7');
		expect(ds!.note).toContain('графы 13 + 14');
		expect(ds!.source.forms).toEqual(['1-M', 'СНГ-1']);
	});

	it('shows a region without workbooks as no data, and the country as a ratio of sums', async () => {
		const ds = await datasets.DATASETS['clearance-regions'](q('period=2022'), ru);
		// г. Алматы (KZ-75) has no 2022 workbook in ../shared/data.
		const almaty = ds!.rows.find((r) => r.code === 'KZ-75')!;
		expect([almaty.registered, almaty.finished, almaty.sngClearance]).toEqual([null, null, null]);
		const regions = ds!.rows.filter((r) => !r.isCountry && r.registered !== null);
		expect(regions).toHaveLength(16);
		const kz = ds!.rows.find((r) => r.isCountry)!;
		const reg = regions.reduce((a, r) => a + Number(r.registered), 0);
		const fin = regions.reduce((a, r) => a + (Number(r.finished) / 100) * Number(r.registered), 0);
		expect(kz.registered).toBe(reg);
		expect(kz.finished).toBeCloseTo((fin / reg) * 100, 6);
		// The national figure says which regions it covers.
		expect(ds!.coverage).toEqual([
			expect.objectContaining({
				period: '2022',
				regions: 16,
				of: 20,
				missing: expect.arrayContaining(['KZ-75', 'KZ-61', 'KZ-62', 'KZ-33'])
			})
		]);
	});

	it('follows the offence group: crimes read R1-1 row 3', async () => {
		const ds = await datasets.DATASETS['clearance-regions'](q('period=2022&group=crimes'), ru);
		const akm = ds!.rows.find((r) => r.code === 'KZ-11')!;
		// Akmola R1-1 row 3 (sheet row 9): E9 графа 1 = 4535, K9 графа 7 = 2112.
		expect(akm.registered).toBe(4535);
		expect(akm.finished).toBeCloseTo((2112 / 4535) * 100, 6);
	});
});

describe('the clearance column on /regions', () => {
	it('is in regions-indicator and can be ranked by', async () => {
		const ds = await datasets.DATASETS['regions-indicator'](
			q('period=2022&indicator=clearance'),
			ru
		);
		expect(ds!.columns.map((c) => c.key)).toContain('clearance');
		const akm = ds!.rows.find((r) => r.code === 'KZ-11')!;
		expect(akm.value).toBeCloseTo((2473 / 5317) * 100, 6);
		expect(akm.clearance).toBe(akm.value);
		expect(ds!.rows.find((r) => r.code === 'KZ-75')!.clearance).toBeNull();
		expect(ds!.title).toContain('Окончено производством');
	});
});

describe('clearance-chapters (R1-1 outcomes per Criminal Code chapter)', () => {
	it('lists the chapters of one region with the country beside', async () => {
		const ds = await datasets.DATASETS['clearance-chapters'](q('period=2022&region=KZ-11'), ru);
		const ch1 = ds!.rows.find((r) => r.row === '13')!;
		expect(String(ch1.label)).toMatch(/^Глава 1\./);
		// Akmola R1-1 row code 13 (Глава 1) is on sheet row 19: E19 графа 1 = 342, K19 графа 7 = 251.
		expect(ch1.registered).toBe(342);
		expect(ch1.finished).toBeCloseTo((251 / 342) * 100, 6);
		expect(ch1.countryFinished).not.toBeNull();
		// No chapter twice; chapter rows only (18 at most).
		expect(new Set(ds!.rows.map((r) => r.row)).size).toBe(ds!.rows.length);
		expect(ds!.rows.length).toBeLessThanOrEqual(18);
	});
});

describe('the clearance weight of the prevention priorities', () => {
	it('leaves the score as before at its default 0 and names weights that had no data', async () => {
		const base = await datasets.DATASETS['priorities-regions'](q('period=2022'), ru);
		// Only 2022 is imported: growth against АППГ has no data for any region.
		expect(base!.note).toContain('Вес «Рост к АППГ» не учтён');
		expect(base!.note).not.toContain('Вес «Низкая раскрываемость» не учтён');
		const withClear = await datasets.DATASETS['priorities-regions'](
			q('period=2022&w_rate=0&w_growth=0&w_grave=0&w_recid=0&w_clear=100'),
			ru
		);
		// With clearance alone, the region with the lowest share finished ranks first at 100.
		const scored = withClear!.rows.filter((r) => r.score !== null);
		expect(scored).toHaveLength(16);
		const lowest = scored.reduce((a, r) => (Number(r.clearance) < Number(a.clearance) ? r : a));
		expect(scored[0].code).toBe(lowest.code);
		expect(scored[0].score).toBeCloseTo(100, 6);
		expect(withClear!.query).toContain('w_clear=100');
	});
});
