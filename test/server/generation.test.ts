/**
 * The web tier follows the warehouse's generations (src/lib/server/db.ts): a generation
 * published by rename (pipelines/publish.ts, as `etl import` does) is opened on the first
 * request after the 500 ms check; a request that started on the old one keeps reading it to
 * the end; a file rewritten in place is picked up too. Real DuckDB files, real workbooks
 * (Form 1-M 2022: Shymkent.XLSX, then Astana.XLSX), in-process.
 */
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeNextGeneration } from '../../pipelines/publish.ts';
import { importPaths } from '../../pipelines/stages/import.ts';
import {
	generationKey,
	query,
	warehouseGeneration,
	withRequestGeneration
} from '../../src/lib/server/db.ts';
import { FORM_1M_2022, requireData } from '../pipelines/cli/helpers.ts';
import { tempWarehouseDir } from './temp-env.ts';

const dir = tempWarehouseDir('sarapshy-generation-');
const db = join(dir, 'w.duckdb');
const firstCopy = join(dir, 'first.duckdb');

const publish = (file: string) =>
	writeNextGeneration(
		db,
		(conn) => importPaths(conn, [requireData(resolve(FORM_1M_2022, file))], { period: '2022' }),
		{ waitSeconds: 0 }
	);

const regions = async () =>
	(
		await query<{ region_code: string }>(
			`SELECT region_code FROM source_file WHERE form = '1-M' ORDER BY region_code`
		)
	).map((r) => r.region_code);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
	const first = await publish('Shymkent.XLSX');
	expect(first.published?.generation).toBe(1);
	copyFileSync(db, firstCopy);
	process.env.SARAPSHY_DB = db;
}, 300_000);

describe('a new generation while the server runs', () => {
	it('is read by the next request; a request under way keeps its own to the end', async () => {
		await withRequestGeneration(async () => {
			expect(warehouseGeneration()?.generation).toBe(1);
			const key = generationKey();
			// Shymkent.XLSX is Form 1-M of г. Шымкент (KZ-79)
			expect(await regions()).toEqual(['KZ-79']);
			const second = await publish('Astana.XLSX');
			expect(second.published?.generation).toBe(2);
			await pause(600);
			// still generation 1 inside this request, on the old (renamed-over) file
			expect(await regions()).toEqual(['KZ-79']);
			expect(generationKey()).toBe(key);
		});
		await pause(600);
		await withRequestGeneration(async () => {
			const g = warehouseGeneration();
			expect(g?.generation).toBe(2);
			expect(Date.parse(g!.publishedAt!)).toBeGreaterThan(0);
			// Astana.XLSX is Form 1-M of г. Астана (KZ-71)
			expect(await regions()).toEqual(['KZ-71', 'KZ-79']);
		});
	}, 300_000);

	it('a file rewritten in place is picked up on the next check', async () => {
		copyFileSync(firstCopy, db); // same inode, new bytes and mtime
		await pause(600);
		await withRequestGeneration(async () => {
			expect(warehouseGeneration()?.generation).toBe(1);
			expect(await regions()).toEqual(['KZ-79']);
		});
	});
});
