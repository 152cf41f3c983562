/**
 * A warehouse written before findings carried their parameters (`finding` without `params`,
 * `v_findings` created without it) still opens: the web tier, which opens it read-only and
 * never migrates, shows each finding's stored English message marked `lang="en"`, the rule
 * still in words; the pipelines' openWarehouse adds the column (schema.sql), and the findings
 * written afterwards carry params and render in every language.
 *
 * The finding is Akmola's real one, as the earlier pipelines stored it: «Akmola Region.XLSX»,
 * sheet R1-1, row code 3 (cell E9) = 4,535 while rows 4–7 (E10:E13) give 610 + 2,668 +
 * 1,161 + 95 = 4,534 (see test/server/coverage.test.ts).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, readSql } from '../../pipelines/warehouse.ts';
import { insertFindings, rowsOf } from '../../pipelines/validate/findings.ts';
import { toFindings } from '../../pipelines/validate/sum-rules.ts';
import { SUM_RULES } from '../../pipelines/validate/rules.ts';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import { formatCell } from '../../src/lib/cell-format';

const OLD_MESSAGE =
	'R1-1 row 3 графа 1 (cell E9) is 4535, but R1-1 rows 4 + 5 + 6 + 7 графа 1 sum to 4534 ' +
	'(R1-1: crimes (row 3) = minor + medium + grave + especially grave (rows 4–7)); kept as published';

let dir: string;
let oldDb: string;
let migrated: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sarapshy-old-findings-'));
	oldDb = join(dir, 'old.duckdb');
	// The schema of today, then `params` taken away and the views made again: the tables and
	// views exactly as a warehouse written before `params` existed has them.
	const wh = await openWarehouse(oldDb);
	await wh.conn.run('DROP VIEW v_findings; ALTER TABLE finding DROP COLUMN params');
	await wh.conn.run(readSql('views.sql'));
	await wh.conn.run(
		`INSERT INTO finding VALUES ('R1-1.row3=row4+5+6+7', 'error', '1-M', 'KZ-11', '2022',
		 'R1-1', '3', '1', 4534, 4535, $1, NULL)`,
		[OLD_MESSAGE]
	);
	const cols = await rowsOf<{ n: number }>(
		wh.conn,
		`SELECT count(*)::INTEGER AS n FROM information_schema.columns
		 WHERE table_name IN ('finding', 'v_findings') AND column_name = 'params'`
	);
	expect(cols[0].n).toBe(0);
	wh.close();
	migrated = join(dir, 'migrated.duckdb');
	copyFileSync(oldDb, migrated);
	process.env.SARAPSHY_DB = oldDb;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a warehouse from before finding.params', () => {
	it('opens read-only on /data: the stored English, marked lang=en, the rule in words', async () => {
		const { DATASETS } = await import('../../src/lib/server/datasets');
		for (const lang of ['ru', 'kk', 'en'] as const) {
			const q = parseViewQuery(new URLSearchParams('message_en=no'));
			const ds = (await DATASETS['data-findings'](q, translator(lang)))!;
			expect(ds.rows).toHaveLength(1);
			const [r] = ds.rows;
			expect(r.message).toBe(OLD_MESSAGE);
			// The cell's lang: English on ru/kk pages; on the en page it is the page's own.
			expect(r.messageLang).toBe(lang === 'en' ? null : 'en');
			const msg = ds.columns.find((c) => c.key === 'message')!;
			expect(msg.langKey).toBe('messageLang');
			const rule = ds.columns.find((c) => c.key === 'rule')!;
			expect(formatCell(rule, r.rule, translator(lang))).toBe(
				{
					ru: 'Разд. 1-1: стр. 3 = стр. 4+5+6+7',
					kk: '1-1-бөлім: 3-жол = 4+5+6+7-жолдар',
					en: 'Section 1-1: row 3 = rows 4+5+6+7'
				}[lang]
			);
		}
	});

	it('gets the column when the pipelines open it, and new findings carry params', async () => {
		const wh = await openWarehouse(migrated);
		try {
			const rule = SUM_RULES.find((r) => r.rule === 'R1-1.row3=row4+5+6+7')!;
			const [f] = toFindings(
				rule,
				[{ grafa: '2', ref_grafa: '2', expected: 4000, found: 4001, cell: 'F9', sha: null }],
				'KZ-11',
				'2022'
			);
			await insertFindings(wh.conn, [f]);
			const rows = await rowsOf<{ grafa: string; params: string | null; message: string }>(
				wh.conn,
				'SELECT grafa, params::TEXT AS params, message FROM v_findings ORDER BY grafa'
			);
			expect(rows.map((r) => [r.grafa, r.params && JSON.parse(r.params)])).toEqual([
				['1', null],
				['2', { cell: 'F9', refSection: 'R1-1', refRows: ['4', '5', '6', '7'], refGrafa: '2' }]
			]);
			expect(rows[0].message).toBe(OLD_MESSAGE);
			expect(rows[1].message).toBe(f.message);
		} finally {
			wh.close();
		}
	});
});
