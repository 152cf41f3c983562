/**
 * A replaced source file stays in the import history (issue 13.6) and /data shows it as such,
 * but it is no current source: not counted among them, not in any panel's source hash.
 * The warehouse: the real Akmola Region.XLSX (2022), then a copy whose R1-1 E7 reads 5318
 * instead of 5317 (sheet R1-1 = xl/worksheets/sheet2.xml, row code 1, графа 1) imported with
 * --replace, through the real `etl` command (as test/pipelines/cli/import-replace.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	FORM_1M_2022,
	importOne,
	warehouseWith,
	type TempWarehouse
} from '../pipelines/cli/helpers';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';

const ORIGINAL = resolve(FORM_1M_2022, 'Akmola Region.XLSX');
let wh: TempWarehouse;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
let oldSha: string;
let newSha: string;

beforeAll(async () => {
	wh = warehouseWith('sarapshy-data-replaced-', ORIGINAL);
	const original = new Uint8Array(readFileSync(ORIGINAL));
	const files = unzipSync(original);
	const sheet = 'xl/worksheets/sheet2.xml';
	const xml = strFromU8(files[sheet]);
	const edited = xml.replace(
		'<c r="E7" s="15"><v>5317</v></c>',
		'<c r="E7" s="15"><v>5318</v></c>'
	);
	if (edited === xml) throw new Error('Akmola R1-1 E7 is not 5317: the workbook changed');
	files[sheet] = strToU8(edited);
	const changed = zipSync(files, { level: 1 });
	const path = join(wh.dir, 'Akmola changed.XLSX');
	writeFileSync(path, changed);
	importOne(wh.db, path, '--replace');
	oldSha = sha(original);
	newSha = sha(changed);
	process.env.SARAPSHY_DB = wh.db;
}, 300_000);

afterAll(() => wh?.remove());

describe('/data sources after a --replace', () => {
	it('lists the replaced file with its status and successor, and counts one current source', async () => {
		const { DATASETS } = await import('../../src/lib/server/datasets');
		const ds = (await DATASETS['data-sources'](
			parseViewQuery(new URLSearchParams()),
			translator('ru')
		))!;
		const bySha = Object.fromEntries(ds.rows.map((r) => [r.sha256, r]));
		expect(bySha[oldSha]).toMatchObject({
			name: 'Akmola Region.XLSX',
			status: 'заменён',
			replacedBy: newSha.slice(0, 12)
		});
		expect(bySha[newSha]).toMatchObject({
			name: 'Akmola changed.XLSX',
			status: 'действующий',
			replacedBy: null
		});
		expect(ds.note).toBe('Действующих источников: 1; заменённых (история загрузок): 1.');
	});

	it('cites only the current file in the hash of a Form 1-M panel', async () => {
		const { sourceInfo } = await import('../../src/lib/server/queries/source-info');
		const s = await sourceInfo({ forms: ['1-M'], regions: 'x', period: '2022' });
		expect(s.hash).toBe(createHash('sha256').update(newSha).digest('hex').slice(0, 12));
		expect(s.forms).toEqual(['1-M']);
	});
});
