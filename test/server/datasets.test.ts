/**
 * The dataset builders on a warehouse built from real files only (test/server/real-warehouse.ts):
 * R5 summed per type of institution, and the page cache (one build and one render per dataset
 * id, the filters it reads, language and day). The courts' datasets are tested in ./courts.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realWarehouse } from './real-warehouse';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';

let view: typeof import('../../src/lib/server/view');
let datasets: typeof import('../../src/lib/server/datasets');

beforeAll(async () => {
	// The server's one connection opens SARAPSHY_DB at its first query.
	process.env.SARAPSHY_DB = realWarehouse();
	view = await import('../../src/lib/server/view');
	datasets = await import('../../src/lib/server/datasets');
}, 600_000);

const q = (s = '') => parseViewQuery(new URLSearchParams(s));

describe('penitentiary-r5 (R5 summed per type of institution)', () => {
	it('reads one region’s R5 row 1 графы 3–12 as published', async () => {
		const ds = await datasets.DATASETS['penitentiary-r5'](
			q('period=2022&region=KZ-11'),
			translator('ru')
		);
		const by = Object.fromEntries(ds!.rows.map((r) => [r.grafa, r.value]));
		// Akmola Region.XLSX, sheet R5, row code 1 (row 7): графа 5 (I7) = 2 maximum security,
		// графа 10 (N7) = 1 probation, графа 12 (P7) = 4 other; графа 2 (F7) = 7 in all.
		expect(by).toMatchObject({ '3': 0, '5': 2, '10': 1, '12': 4 });
		expect(ds!.rows.reduce((a, r) => a + Number(r.value), 0)).toBe(7);
		expect(ds!.rows.map((r) => r.grafa)).toEqual(
			['3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].filter((g) => g in by)
		);
		expect(ds!.rows.find((r) => r.grafa === '10')!.institution).toBe('службы пробации');
	});
});

describe('the page cache', () => {
	it('shows a dataset once per id, filters, language and day', async () => {
		const a = await view.showDatasets(['overview-kpis', 'courts-bands'], q(), 'ru');
		const b = await view.showDatasets(['overview-kpis'], q(), 'ru');
		expect(b['overview-kpis']).toBe(a['overview-kpis']);
		const kk = await view.showDatasets(['overview-kpis'], q(), 'kk');
		expect(kk['overview-kpis']).not.toBe(a['overview-kpis']);
		expect(kk['overview-kpis']!.title).not.toBe(a['overview-kpis']!.title);
		const other = await view.showDatasets(['courts-bands'], q('year=2016'), 'ru');
		expect(other['courts-bands']).not.toBe(a['courts-bands']);
	});

	it('keeps a dataset under the filters its builder reads, the same as building it again', async () => {
		// courts-bands reads the year only: a page URL's other filters (row, region) reuse it
		const a = await view.buildDataset('courts-bands', q('year=2016'), 'ru');
		const b = await view.buildDataset('courts-bands', q('year=2016&row=1&region=KZ-11'), 'ru');
		expect(b).toBe(a);
		const fresh = await datasets.DATASETS['courts-bands'](
			q('year=2016&row=1&region=KZ-11'),
			translator('ru')
		);
		expect(b).toEqual(fresh);
		const y2017 = await view.buildDataset('courts-bands', q('year=2017&row=1'), 'ru');
		expect(y2017).not.toBe(a);
		expect(y2017).toEqual(
			await datasets.DATASETS['courts-bands'](q('year=2017'), translator('ru'))
		);
		// another language is another build (titles and labels are translated)
		expect(await view.buildDataset('courts-bands', q('year=2016'), 'kk')).not.toBe(a);
	});

	it('keys on id, filters, language and day in one place', () => {
		const day = new Date().toISOString().slice(0, 10);
		const key = view.datasetKey('overview-kpis', q('period=2022'), 'en');
		expect(key).toContain('overview-kpis');
		expect(key).toContain('"period":"2022"');
		expect(key).toContain('|en|');
		expect(key).toContain(day);
		expect(view.datasetKey('overview-kpis', q('period=2022'), 'ru')).not.toBe(key);
	});

	it('does not keep a refused request', async () => {
		// A period the warehouse does not hold is a 400, every time (not a cached failure).
		for (let i = 0; i < 2; i++) {
			await expect(
				view.showDatasets(['overview-kpis'], q('period=2019'), 'ru')
			).rejects.toMatchObject({
				status: 400
			});
		}
	});
});
