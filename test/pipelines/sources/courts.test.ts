import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	courtsSource,
	readCourtOutcomes,
	resolveOffenceKey
} from '../../../pipelines/sources/courts/index.ts';
import { InputError } from '../../../pipelines/forms/types.ts';
import { openTempWarehouse, rows, sharedFile, type TempWarehouse } from './temp-warehouse.ts';

const FILE = 'courts/sexual-offences-court-outcomes-2016-2023.csv';

describe('court outcomes source', () => {
	const { path, bytes } = sharedFile(FILE);
	let wh: TempWarehouse;
	beforeAll(async () => {
		wh = await openTempWarehouse();
		await courtsSource.load(wh.conn, path, bytes, 'sha-courts');
	});
	afterAll(() => wh.close());

	it('is detected by its header (BOM included), not by its name', () => {
		expect(courtsSource.detect('renamed.csv', bytes)).toBe(true);
		expect(courtsSource.detect('x.csv', new TextEncoder().encode('a,b\n1,2\n'))).toBe(false);
	});

	it('maps offence words to articles whatever the year suffix', () => {
		expect(resolveOffenceKey('rape120')).toEqual({ offence: 'rape', article: '120' });
		expect(resolveOffenceKey('rape127')).toEqual({ offence: 'rape', article: '120' });
		expect(resolveOffenceKey('try_rape128')).toEqual({ offence: 'try_rape', article: '121' });
		expect(resolveOffenceKey('child_rape129')).toEqual({ offence: 'child_rape', article: '122' });
		expect(resolveOffenceKey('chile_abuse131')).toEqual({ offence: 'chile_abuse', article: '124' });
		expect(resolveOffenceKey('child')).toEqual({ offence: 'child_total', article: '122+124' });
		expect(resolveOffenceKey('murder99')).toBeNull();
	});

	it('has six keys per year for 2016–2023, 42 measures each', async () => {
		// 48 data lines (6 keys × 8 years) × 42 measures (44 header columns minus key and year).
		const perYear = await rows<{ year: number; keys: number; n: number }>(
			wh.conn,
			`SELECT year, count(DISTINCT source_key)::INT AS keys, count(*)::INT AS n
			 FROM court_outcome GROUP BY year ORDER BY year`
		);
		expect(perYear.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
		for (const r of perYear) expect([r.keys, r.n]).toEqual([6, 6 * 42]);
		const articles = await rows<{ article: string }>(
			wh.conn,
			'SELECT DISTINCT article FROM court_outcome ORDER BY article'
		);
		expect(articles.map((a) => a.article)).toEqual([
			'120',
			'120+121',
			'121',
			'122',
			'122+124',
			'124'
		]);
	});

	it('keeps hand-checked figures with their CSV line', async () => {
		// CSV line 2: «rape120,27,0,0,27,0,0,0,160,…,2016» → amnt_osuzhden (col 9) = 160,
		// amnt_opravdonyh (col 8) = 0; col 33 freed_ugolov is empty.
		// CSV line 24: chile_abuse127 (2019): amnt_opravdonyh = 3, amnt_osuzhden = 26.
		const got = await rows<{
			source_row: number;
			measure: string;
			value: number | null;
			article: string;
			year: number;
		}>(
			wh.conn,
			`SELECT source_row, measure, value, article, year FROM court_outcome
			 WHERE (source_row = 2 AND measure IN ('amnt_osuzhden', 'amnt_opravdonyh', 'freed_ugolov'))
			    OR (source_row = 24 AND measure IN ('amnt_osuzhden', 'amnt_opravdonyh'))
			 ORDER BY source_row, measure`
		);
		expect(got).toEqual([
			{ source_row: 2, measure: 'amnt_opravdonyh', value: 0, article: '120', year: 2016 },
			{ source_row: 2, measure: 'amnt_osuzhden', value: 160, article: '120', year: 2016 },
			{ source_row: 2, measure: 'freed_ugolov', value: null, article: '120', year: 2016 },
			{ source_row: 24, measure: 'amnt_opravdonyh', value: 3, article: '124', year: 2019 },
			{ source_row: 24, measure: 'amnt_osuzhden', value: 26, article: '124', year: 2019 }
		]);
	});

	it('loads the same file twice without duplicating rows', async () => {
		await courtsSource.load(wh.conn, path, bytes, 'sha-courts');
		const [{ n }] = await rows<{ n: number }>(
			wh.conn,
			'SELECT count(*)::INT AS n FROM court_outcome'
		);
		expect(n).toBe(48 * 42);
	});

	it('refuses an unknown offence key and a non-numeric cell, naming the line and column', () => {
		const text = new TextDecoder().decode(bytes).split('\n');
		const unknown = [text[0], text[1].replace('rape120', 'murder99')].join('\n');
		expect(() => readCourtOutcomes(new TextEncoder().encode(unknown), 'bad.csv')).toThrow(
			/bad\.csv, line 2: offence key «murder99»/
		);
		const notANumber = [text[0], text[1].replace('rape120,27,', 'rape120,27x,')].join('\n');
		try {
			readCourtOutcomes(new TextEncoder().encode(notANumber), 'bad.csv');
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(InputError);
			expect((e as InputError).message).toMatch(/amnt_stop_investigation = «27x» is not a count/);
			expect((e as InputError).where.cell).toBe('line 2, column amnt_stop_investigation');
		}
	});
});
