/**
 * Server tests on the embedded default warehouse (`build-default`: the seeded synthetic demo
 * and the published figures): built once per test file in a temp folder that SARAPSHY_DB then
 * points at (restored after, temp-env.ts); the dataset registry is loaded only after, so that
 * it opens this warehouse. Shared by people-demo.test.ts and compare-demo.test.ts.
 */
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { openWarehouse } from '../../pipelines/warehouse.ts';
import { buildDefaultWarehouse } from '../../pipelines/stages/build-default.ts';
import { tempWarehouseDir } from './temp-env.ts';

type Datasets = typeof import('../../src/lib/server/datasets');

/** Call at the top of a test file; `datasets()` is the registry once the warehouse is built. */
export function onDemoWarehouse(prefix: string): { datasets: () => Datasets } {
	const dir = tempWarehouseDir(prefix);
	let datasets: Datasets | undefined;
	beforeAll(async () => {
		const db = join(dir, 'w.duckdb');
		const wh = await openWarehouse(db);
		try {
			await buildDefaultWarehouse(wh.conn);
		} finally {
			wh.close();
		}
		process.env.SARAPSHY_DB = db;
		datasets = await import('../../src/lib/server/datasets');
	}, 300_000);
	return {
		datasets: () => {
			if (!datasets) throw new Error('the demo warehouse is not built: its beforeAll failed');
			return datasets;
		}
	};
}
