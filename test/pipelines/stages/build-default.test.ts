/**
 * Published figures are part of every warehouse (issue 13.2): `build-default` loads
 * data/published through the import path, so `etl import data/published` gives the same
 * published_figure table and findings; each published CSV adds or replaces its own rows only.
 * Expected counts are the data rows of the two files (wc -l minus the header):
 * kz-published-figures.csv 275, founding-papers.csv 41.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDefaultWarehouse, PUBLISHED_DIR } from '../../../pipelines/stages/build-default.ts';
import { importPaths } from '../../../pipelines/stages/import.ts';
import { counts, openTempWarehouse, rows, type TempWarehouse } from '../sources/temp-warehouse.ts';

/** Everything published a warehouse holds, in a fixed order (load times left out). */
async function publishedContent(wh: TempWarehouse) {
	return {
		figures: await rows(wh.conn, 'SELECT * FROM published_figure ORDER BY id'),
		findings: await rows(
			wh.conn,
			`SELECT * FROM finding WHERE form = 'published' ORDER BY rule, region_code, period`
		),
		files: await rows(
			wh.conn,
			`SELECT sha256, original_name, status, cells, bytes FROM source_file
			 WHERE form = 'published' ORDER BY original_name`
		)
	};
}

describe('published figures through build-default and through etl import', () => {
	let built: TempWarehouse;
	let imported: TempWarehouse;
	let dir: string;
	beforeAll(async () => {
		[built, imported] = await Promise.all([openTempWarehouse(), openTempWarehouse()]);
		dir = mkdtempSync(join(tmpdir(), 'sarapshy-published-'));
		await buildDefaultWarehouse(built.conn);
	}, 120_000);
	afterAll(() => {
		built.close();
		imported.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('a second published CSV adds its rows beside the first (41, then 41 + 275)', async () => {
		const first = await importPaths(
			imported.conn,
			[resolve(PUBLISHED_DIR, 'founding-papers.csv')],
			{}
		);
		expect(first.files[0]).toMatchObject({ status: 'imported', cells: 41, findings: 1 });
		const second = await importPaths(
			imported.conn,
			[resolve(PUBLISHED_DIR, 'kz-published-figures.csv')],
			{}
		);
		expect(second.files[0]).toMatchObject({ status: 'imported', cells: 275 });
		const n = await counts(imported.conn, 'SELECT count(*)::INT AS n FROM published_figure');
		expect(n.n).toBe(316);
	});

	it('etl import data/published gives the same table and findings as build-default', async () => {
		const again = await importPaths(imported.conn, [PUBLISHED_DIR], {});
		expect(again.files.map((f) => f.status)).toEqual(['already-imported', 'already-imported']);
		const fromImport = await publishedContent(imported);
		expect(fromImport).toEqual(await publishedContent(built));
		// The founding paper's acquittals: 4,947 stated, 4,907 by its own years (domain.md).
		expect(fromImport.findings.map((f) => [f.rule, f.expected, f.found])).toEqual([
			['published.total≠sum', 4907, 4947]
		]);
	});

	it('a new version of one published CSV replaces that file’s rows only', async () => {
		// The first 10 data rows of founding-papers.csv: convicted 2015–2022, their total (231,624
		// = the sum of the eight years) and acquitted 2015; the acquittal total is gone.
		const lines = readFileSync(resolve(PUBLISHED_DIR, 'founding-papers.csv'), 'utf8').split('\n');
		const shorter = join(dir, 'founding-papers.csv');
		writeFileSync(shorter, lines.slice(0, 11).join('\n') + '\n');
		const r = await importPaths(imported.conn, [shorter], {});
		expect(r.files[0]).toMatchObject({
			status: 'replaced',
			replaced: ['founding-papers.csv'],
			cells: 10,
			findings: 0
		});
		const after = await counts(
			imported.conn,
			`SELECT count(*)::INT AS n,
			        count(*) FILTER (WHERE id LIKE 'kzpf-%')::INT AS kz,
			        (SELECT count(*) FROM finding WHERE form = 'published')::INT AS findings
			 FROM published_figure`
		);
		expect(after).toEqual({ n: 285, kz: 275, findings: 0 });
		// The old version stays in the import history, replaced by the new one.
		const history = await rows<{ status: string; replaced_by: string | null; sha256: string }>(
			imported.conn,
			`SELECT status, replaced_by, sha256 FROM source_file
			 WHERE original_name = 'founding-papers.csv' ORDER BY status`
		);
		expect(history.map((h) => h.status)).toEqual(['imported', 'replaced']);
		expect(history[1].replaced_by).toBe(history[0].sha256);
	});
});

describe('build-default on a warehouse without real forms', () => {
	let wh: TempWarehouse;
	beforeAll(async () => {
		wh = await openTempWarehouse();
	});
	afterAll(() => wh.close());

	it('adds the synthetic demo, and rebuilding replaces it', async () => {
		const first = await buildDefaultWarehouse(wh.conn);
		expect(first.realForms).toBe(0);
		expect(first.synthetic).toBeGreaterThan(0);
		const second = await buildDefaultWarehouse(wh.conn);
		expect(second.synthetic).toBe(first.synthetic);
		expect(second.published.map((p) => p.status)).toEqual(['already-imported', 'already-imported']);
		const n = await counts(wh.conn, 'SELECT count(*)::INT AS n FROM source_file WHERE synthetic');
		expect(n.n).toBe(first.synthetic);
	}, 120_000);
});
