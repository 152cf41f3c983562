/**
 * kill -9 in the middle of an import: the child writes every cell of a workbook inside its
 * transaction, then (fault injection, SARAPSHY_ETL_PAUSE_BEFORE_COMMIT_MS) waits before COMMIT;
 * we SIGKILL it there. The warehouse must open fine and hold exactly what it held before.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	digest,
	etlUntil,
	FORM_SNG1_2022,
	FORM_1M_2022,
	importOne,
	requireData,
	warehouseWith,
	type TempWarehouse
} from './helpers.ts';

let wh: TempWarehouse;
let db: string;

beforeAll(() => {
	wh = warehouseWith('sarapshy-kill-', resolve(FORM_SNG1_2022, 'Astana city.XLSX'));
	db = wh.db;
}, 300_000);

afterAll(() => wh.remove());

describe('an import killed with SIGKILL before COMMIT', () => {
	it('leaves the warehouse as it was, and it opens fine', async () => {
		const before = await digest(db);
		const run = etlUntil(
			db,
			['import', requireData(resolve(FORM_1M_2022, 'Astana.XLSX')), '--period', '2022'],
			'pausing',
			{ SARAPSHY_ETL_PAUSE_BEFORE_COMMIT_MS: '120000' }
		);
		await run.reached; // every cell of Astana.XLSX is written, the transaction is open
		run.child.kill('SIGKILL');
		expect(await run.exited).toBe('SIGKILL');
		expect(await digest(db)).toEqual(before);
		// and a normal import afterwards works on the same file
		const again = importOne(db, resolve(FORM_1M_2022, 'Astana.XLSX'));
		expect(again.result).toMatchObject({
			status: 'imported',
			region: 'KZ-71'
		});
	}, 300_000);
});
