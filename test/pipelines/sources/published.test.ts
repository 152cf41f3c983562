import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transcribePublished } from '../../../pipelines/sources/published/transcribe.ts';
import {
	checkPublishedFigures,
	publishedSource,
	readPublishedFigures,
	RULE_TOTAL_NEQ_SUM
} from '../../../pipelines/sources/published/index.ts';
import {
	openTempWarehouse,
	REPO_ROOT,
	rows,
	sharedFile,
	type TempWarehouse
} from './temp-warehouse.ts';

const ours = (name: string) => {
	const path = resolve(REPO_ROOT, 'data/published', name);
	return { path, bytes: new Uint8Array(readFileSync(path)) };
};

describe('published figures', () => {
	const transcribed = ours('kz-published-figures.csv');
	const papers = ours('founding-papers.csv');
	let wh: TempWarehouse;
	beforeAll(async () => {
		wh = await openTempWarehouse();
		await publishedSource.load(wh.conn, transcribed.path, transcribed.bytes, 'sha-pub');
		await publishedSource.load(wh.conn, papers.path, papers.bytes, 'sha-papers');
	});
	afterAll(() => wh.close());

	it('transcribes all 275 rows of the compilation, not byte-identically', () => {
		const source = sharedFile('published/kz-published-figures.csv');
		// 276 lines = header + 275 figures (its README: "275 rows, 73 distinct source URLs").
		expect(new TextDecoder().decode(source.bytes).trim().split('\n')).toHaveLength(276);
		expect(readPublishedFigures(transcribed.bytes, transcribed.path)).toHaveLength(275);
		expect(Buffer.compare(Buffer.from(source.bytes), Buffer.from(transcribed.bytes))).not.toBe(0);
	});

	it('is exactly what the transcription script makes of the compilation today', () => {
		const source = sharedFile('published/kz-published-figures.csv');
		expect(transcribePublished(source.bytes, source.path)).toBe(
			new TextDecoder().decode(transcribed.bytes)
		);
	});

	it('detects our table by header and loads every row with a URL and a quote', async () => {
		expect(publishedSource.detect('anything.csv', transcribed.bytes)).toBe(true);
		const [counts] = await rows<{ n: number; bad: number; papers: number }>(
			wh.conn,
			`SELECT count(*)::INT AS n,
			        count(*) FILTER (WHERE source_url = '' OR source_quote = '')::INT AS bad,
			        count(*) FILTER (WHERE source_url = 'doc:founding-papers')::INT AS papers
			 FROM published_figure`
		);
		expect(counts).toEqual({ n: 275 + 41, bad: 0, papers: 41 });
	});

	it('keeps figures as published, with ISO region codes', async () => {
		// Compilation line with «registered_criminal_offences,Kazakhstan,2022-01-01,2022-12-31,157473»
		// (GPO, 2024-01-11); domain.md also quotes 157,473 for 2022.
		const got = await rows<{ value: number; region_code: string }>(
			wh.conn,
			`SELECT value, region_code FROM published_figure
			 WHERE indicator = 'registered_criminal_offences' AND region_label = 'Kazakhstan'
			   AND period_start = DATE '2022-01-01' AND period_end = DATE '2022-12-31' AND unit = 'offences'`
		);
		expect(got.map((r) => r.value)).toEqual([157473, 157473]);
		expect(new Set(got.map((r) => r.region_code))).toEqual(new Set(['KZ']));
		const [astana] = await rows<{ n: number }>(
			wh.conn,
			`SELECT count(*)::INT AS n FROM published_figure WHERE region_label = 'Astana city' AND region_code = 'KZ-71'`
		);
		expect(astana.n).toBe(18); // 18 «Astana city» rows in the compilation
	});

	it('finds the founding paper’s 4,947 acquitted vs 4,907 by its own years', () => {
		const figures = readPublishedFigures(papers.bytes, papers.path);
		const findings = checkPublishedFigures(figures);
		// domain.md: acquitted 743+326+825+875+877+469+413+379 = 4,907, paper states 4,947;
		// convicted 31,603+…+27,061 = 231,624 = the stated total, so no finding for it.
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({
			rule: RULE_TOTAL_NEQ_SUM,
			indicator: 'acquitted_persons',
			expected: 4907,
			found: 4947
		});
		expect(findings[0].message).toContain('4,947');
		expect(findings[0].message).toContain('4,907');
	});

	it('refuses a row without a quote or with a duplicate id, naming the line', () => {
		const text = new TextDecoder().decode(papers.bytes).trim().split('\n');
		const noQuote = [text[0], text[1].replace(/,"Convicted persons[^"]*",/, ',,')].join('\n');
		expect(() => readPublishedFigures(new TextEncoder().encode(noQuote), 'p.csv')).toThrow(
			/p\.csv, line 2: source_quote/
		);
		const dup = [text[0], text[1], text[1]].join('\n');
		expect(() => readPublishedFigures(new TextEncoder().encode(dup), 'p.csv')).toThrow(
			/line 3: id fp-convicted-2015 is already used on line 2/
		);
	});
});
