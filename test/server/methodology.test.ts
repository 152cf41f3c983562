/**
 * The facts /methodology states about the installation, on the warehouse built from real files
 * only (test/server/real-warehouse.ts): the sources held with the data hash a chart citing each
 * form carries (recomputed here from source_file by the rule the page states), and a ready
 * citation of the /regions chart whose hash is the one on that chart's source line.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { realWarehouse } from './real-warehouse';
import { parseViewQuery } from '../../src/lib/server/params';

let db: string;
let methodology: typeof import('../../src/lib/server/methodology');
let view: typeof import('../../src/lib/server/view');

beforeAll(async () => {
	db = process.env.SARAPSHY_DB = realWarehouse();
	methodology = await import('../../src/lib/server/methodology');
	view = await import('../../src/lib/server/view');
}, 600_000);

async function shaListOf(form: string): Promise<string[]> {
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
	const conn = await inst.connect();
	try {
		const r = await conn.runAndReadAll(
			`SELECT sha256 FROM source_file WHERE status <> 'replaced' AND form = $1 ORDER BY sha256`,
			[form]
		);
		return r.getRowObjectsJS().map((x) => String(x.sha256));
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
}

describe('heldSources', () => {
	it('lists the 16 Form 1-M and 16 СНГ-1 workbooks of 2022 with their data hash', async () => {
		const held = await methodology.heldSources();
		const m = held.find((h) => h.form === '1-M')!;
		expect(m).toMatchObject({ files: 16, periods: '2022' });
		expect(held.find((h) => h.form === 'СНГ-1')).toMatchObject({ files: 16, periods: '2022' });
		// The rule /methodology states: the first 12 hex digits of the SHA-256 of the sorted,
		// newline-joined SHA-256 digests of the form's current files.
		const list = await shaListOf('1-M');
		expect(list).toHaveLength(16);
		const expected = createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 12);
		expect(m.hash).toBe(expected);
	});
});

describe('exampleCitation', () => {
	it('cites the /regions chart with its URL, access date and the hash of its source line', async () => {
		const c = await methodology.exampleCitation('en', 'http://127.0.0.1:1');
		const ds = await view.buildDataset(
			'regions-indicator',
			parseViewQuery(new URLSearchParams()),
			'en'
		);
		expect(c).not.toBeNull();
		expect(c!.url).toBe('http://127.0.0.1:1/regions');
		expect(c!.text).toContain(ds!.title);
		expect(c!.text).toContain(`data hash ${ds!.source.hash}`);
		expect(ds!.source.hash).toMatch(/^[0-9a-f]{12}$/);
		expect(c!.text).toContain('(accessed: ');
	});
});
