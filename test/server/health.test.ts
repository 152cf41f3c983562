/**
 * `/api/v1/health` lists every source (issue 13.1): real and synthetic apart, current files
 * only. The warehouse is built as the README says (build-default, then a real workbook:
 * Shymkent.XLSX, Form 1-M 2022), which removes the demo; the endpoint's own handler reads it.
 */
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../pipelines/warehouse.ts';
import { buildDefaultWarehouse } from '../../pipelines/stages/build-default.ts';
import { importPaths } from '../../pipelines/stages/import.ts';
import { FORM_1M_2022, requireData } from '../pipelines/cli/helpers.ts';
import { tempWarehouseDir } from './temp-env.ts';

const dir = tempWarehouseDir('sarapshy-health-');

beforeAll(async () => {
	const db = join(dir, 'w.duckdb');
	const wh = await openWarehouse(db);
	try {
		await buildDefaultWarehouse(wh.conn);
		const r = await importPaths(wh.conn, [requireData(resolve(FORM_1M_2022, 'Shymkent.XLSX'))], {
			period: '2022'
		});
		expect(r.ok).toBe(true);
	} finally {
		wh.close();
	}
	process.env.SARAPSHY_DB = db;
}, 300_000);

describe('GET /api/v1/health', () => {
	it('lists the real Form 1-M source and the published files, and no demo', async () => {
		const { GET } = await import('../../src/routes/api/v1/health/+server.ts');
		const res = await GET({} as Parameters<typeof GET>[0]);
		const h = await res.json();
		expect(h.status).toBe('ok');
		// data/published holds two CSV files; the demo went with the first real workbook.
		expect(h.sources).toEqual([
			{ form: '1-M', files: 1, synthetic: false },
			{ form: 'published', files: 2, synthetic: false }
		]);
		expect(h.demoDataInUse).toBe(false);
		expect(h.coverage).toEqual([{ form: '1-M', period: '2022', regions: 1 }]);
		// written in place by this test, not published by `etl` (pipelines/publish.ts): no
		// generation recorded
		expect([h.generation, h.publishedAt]).toEqual([0, null]);
	});
});
