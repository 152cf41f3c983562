import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	opendataSource,
	parseOpendata1m,
	periodOfDate,
	type OpendataRecord
} from '../../../pipelines/sources/opendata/index.ts';
import { buildDemo } from '../../../pipelines/demo/build.ts';
import { importFile } from '../../../pipelines/stages/import-file.ts';
import { openTempWarehouse, rows, type TempWarehouse } from './temp-warehouse.ts';

/**
 * A recorded-style response built here (no real response was available offline). ASSUMED
 * shape, as documented in pipelines/sources/opendata/schema.ts: one record per form row and
 * region; `razdel` (sheet/section), `shifr` (row code), `name` (row label), `region` (region
 * name as the portal writes it), and one field per графа `gr1`, `gr2`, … The figures are the
 * Akmola Region 2022 workbook's R1-1 rows 1–3, графы 1–2 (Akmola Region.XLSX, sheet R1-1,
 * E7:F9 = 5317/4941, 782/732, 4535/4209), so the parser is tested on plausible values.
 */
const RESPONSE: { dataset: string; date: string; records: OpendataRecord[] } = {
	dataset: 'gp_od_service_1m',
	date: '2022-12-01',
	records: [
		{
			razdel: 'R1-1',
			shifr: '1',
			name: 'Всего правонарушений',
			region: 'Акмолинская область',
			gr1: 5317,
			gr2: 4941
		},
		{
			razdel: 'R1-1',
			shifr: '2',
			name: 'из них / проступки',
			region: 'Акмолинская область',
			gr1: '782',
			gr2: 732
		},
		{
			razdel: 'R1-1',
			shifr: '3',
			name: 'преступлений',
			region: 'Акмолинская область',
			gr1: 4535,
			gr2: null
		},
		{
			razdel: 'R1-1',
			shifr: '14',
			name: 'Глава 1 / Убийство (ст.99)',
			region: 'Акмолинская область',
			gr1: 33
		}
	]
};

describe('open-data Form 1-M connector', () => {
	const bytes = new TextEncoder().encode(JSON.stringify(RESPONSE));
	let wh: TempWarehouse;
	beforeAll(async () => {
		wh = await openTempWarehouse();
	});
	afterAll(() => wh.close());

	it('parses records into form_cell rows with region, period, article', () => {
		const cells = parseOpendata1m(RESPONSE.records, 'resp.json', RESPONSE.date);
		expect(cells).toHaveLength(6); // 2 + 2 + 1 (null gr2 skipped) + 1
		expect(cells[0]).toMatchObject({
			form: '1-M',
			section: 'R1-1',
			rowCode: '1',
			grafa: '1',
			regionCode: 'KZ-11',
			period: '2022',
			value: 5317
		});
		expect(cells.find((c) => c.rowCode === '2' && c.grafa === '1')?.value).toBe(782);
		expect(cells.find((c) => c.rowCode === '14')?.article).toBe('99');
		expect(periodOfDate('2023-03-01')).toBe('2023-03');
	});

	it('imports a saved response through the SourceReader', async () => {
		expect(opendataSource.detect('resp.json', bytes)).toBe(true);
		expect(opendataSource.detect('resp.csv', bytes)).toBe(false);
		const loaded = await opendataSource.load(wh.conn, 'resp.json', bytes, 'sha-od');
		expect(loaded).toMatchObject({ rows: 6, regionCode: 'KZ-11', period: '2022' });
		const got = await rows<{ value: number }>(
			wh.conn,
			`SELECT value FROM form_cell WHERE form = '1-M' AND section = 'R1-1' AND row_code = '3'
			 AND grafa = '1' AND region_code = 'KZ-11' AND period = '2022'`
		);
		expect(got).toEqual([{ value: 4535 }]);
	});

	it('is a real official form: imported into the demo warehouse, it removes the demo', async () => {
		const demo = await openTempWarehouse();
		try {
			await buildDemo(demo.conn);
			const r = await importFile(demo.conn, 'resp.json', bytes);
			expect(r).toMatchObject({ status: 'imported', form: 'opendata-1m', cells: 6 });
			expect(r.removedDemo?.sources).toBeGreaterThan(0);
			const left = await rows<{ n: number }>(
				demo.conn,
				'SELECT count(*)::INT AS n FROM source_file WHERE synthetic'
			);
			expect(left).toEqual([{ n: 0 }]);
		} finally {
			demo.close();
		}
	});

	it('refuses an unknown region and a missing period with the record number', () => {
		const bad = [{ ...RESPONSE.records[0], region: 'Атлантида' }];
		expect(() => parseOpendata1m(bad, 'resp.json', '2022')).toThrow(
			/resp\.json, record 1: region «Атлантида» cannot be named/
		);
		expect(() => parseOpendata1m(RESPONSE.records, 'resp.json')).toThrow(/record 1: no period/);
	});
});
