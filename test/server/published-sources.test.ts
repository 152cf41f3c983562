/**
 * Conflicting published sources side by side (issue 13, item 5), on a warehouse built with
 * `etl import data/published` only (both transcribed CSVs). Figures checked by hand:
 *  - data/published/founding-papers.csv, fp-acquitted-2016 (line 12): acquitted persons 2016
 *    = 326, source doc:founding-papers; fp-convicted-2016 (line 3): 21,997 convicted.
 *  - data/published/kz-published-figures.csv, kzpf-004 (line 5): acquitted persons 2016 = 884,
 *    mk-kz.kz (Supreme Court chair Mami, 27 Jan 2017).
 *  - kz-published-figures.csv kzpf-156 (line 157): prison population 19 Oct 2020 «около 30 тыс.»
 *    (all held) and kzpf-137 (line 138): pre-trial detainees the same day «чуть более 5 тыс.»,
 *    and kzpf-166 (line 167): convicts in colonies «около 25 тыс.», all three zonakz.net;
 *    kzpf-150/152/153 (lines 151, 153, 154): prison population 36,360 (2016),
 *    35,805 (2017), 30,798 (2018), astanatimes.com; kzpf-151 (line 152): 36,300 at the start of
 *    2017, teplosferamsk.ru.
 *  - founding-papers.csv fp-convicts-2024-05 (line 30): 32,000 convicts, May 2024.
 *  - kz-published-figures.csv kzpf-207 (line 208): 157,473 offences registered in 2022,
 *    astanatimes.com; kzpf-208 (line 209): 157,500 rounded, ognialatau.kz; kzpf-209 (line
 *    210): 157,500 rounded, baigenews.kz; kzpf-210 (line 211): 157,473, 365info.kz.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, etl } from '../pipelines/cli/helpers';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import type { Dataset, Row } from '../../src/lib/dataset';

const DB = join(ROOT, 'test/output/server-published.duckdb');
let DATASETS: typeof import('../../src/lib/server/datasets').DATASETS;

beforeAll(async () => {
	mkdirSync(join(ROOT, 'test/output'), { recursive: true });
	const tmp = `${DB}.${process.pid}.tmp`;
	rmSync(tmp, { force: true });
	const r = etl(tmp, ['import', join(ROOT, 'data/published')]);
	if (r.status !== 0) throw new Error(`etl import data/published failed:\n${r.stderr}`);
	if (existsSync(`${tmp}.wal`)) renameSync(`${tmp}.wal`, `${DB}.wal`);
	renameSync(tmp, DB);
	process.env.SARAPSHY_DB = DB;
	({ DATASETS } = await import('../../src/lib/server/datasets'));
}, 600_000);

const build = async (id: string): Promise<Dataset> =>
	(await DATASETS[id](parseViewQuery(new URLSearchParams()), translator('ru')))!;

/** The series of a chart's rows, each with its points. */
function seriesOf(rows: Row[]): Map<string, Row[]> {
	const m = new Map<string, Row[]>();
	for (const r of rows) m.set(String(r.series), [...(m.get(String(r.series)) ?? []), r]);
	return m;
}

describe('acquittals of 2016: the founding paper and the Supreme Court, both shown', () => {
	it('has one table row per source, each with its own figure and source', async () => {
		const ds = await build('courts-national');
		const y2016 = ds.rows.filter((r) => r.year === 2016);
		expect(y2016.map((r) => [r.source, r.acquitted])).toEqual(
			expect.arrayContaining([
				['основополагающие документы', 326],
				['mk-kz.kz', 884]
			])
		);
		const paper = y2016.find((r) => r.acquitted === 326)!;
		const court = y2016.find((r) => r.acquitted === 884)!;
		expect(paper.url).toBe('doc:founding-papers');
		expect(String(court.url)).toMatch(/^http:\/\/mk-kz\.kz\//);
		// The rate from the paper's own pair: 326 ÷ (21,997 + 326) = 1.46 %; the court gave no
		// convictions, so its row has no rate (never 884 over the paper's 21,997).
		expect(paper.acquittalRate).toBeCloseTo((326 / (21997 + 326)) * 100, 6);
		expect(court.acquittalRate).toBeNull();
		expect(ds.note).toContain('Источники расходятся');
	});

	it('draws the two figures in two series, each from one source', async () => {
		const ds = await build('courts-national');
		expect(ds.chart?.kind).toBe('timeSeries');
		const at2016 = ds.chartRows!.filter(
			(r) => r.date === '2016-07-01' && r.what === 'Оправдано лиц'
		);
		expect(at2016.map((r) => r.value).sort()).toEqual([326, 884]);
		expect(new Set(at2016.map((r) => r.series)).size).toBe(2);
		for (const [name, points] of seriesOf(ds.chartRows!)) {
			// One series, one year each: nothing is joined within a year across sources.
			const years = points.map((p) => p.date);
			expect(new Set(years).size, name).toBe(years.length);
		}
	});
});

describe('prison population: by category and by source, never one zigzag line', () => {
	it('keeps pre-trial detainees apart from all held on the same day', async () => {
		const ds = await build('penitentiary-prison');
		const day = ds.rows.filter((r) => r.date === '2020-10-19');
		const byCategory = Object.fromEntries(day.map((r) => [r.category, r.value]));
		expect(byCategory).toEqual({
			'Всего содержится (осуждённые и следственно-арестованные)': 30000,
			'Следственно-арестованные': 5000,
			'Осуждённые в колониях': 25000
		});
		expect(new Set(day.map((r) => r.series)).size).toBe(3);
		const convicts = ds.rows.filter((r) => r.category === 'Осуждённые' && r.date === '2024-05-31');
		expect(convicts.map((r) => r.value)).toEqual([32000]);
		expect(ds.title).not.toMatch(/осуждённых/);
	});

	it('draws one line per category and source: 2016–2018 of one site, 2017 of another apart', async () => {
		const ds = await build('penitentiary-prison');
		const series = seriesOf(ds.rows.filter((r) => r.date));
		const astana = [...series.entries()].filter(([name]) => name.includes('astanatimes.com'));
		expect(astana).toHaveLength(1);
		expect(astana[0][1].map((r) => [r.date, r.value])).toEqual([
			['2016-12-31', 36360],
			['2017-12-31', 35805],
			['2018-12-31', 30798]
		]);
		const start2017 = ds.rows.find((r) => r.value === 36300)!;
		expect(start2017.source).toBe('teplosferamsk.ru');
		expect(start2017.series).not.toBe(astana[0][0]);
		for (const [name, points] of series) {
			expect(new Set(points.map((p) => p.url)).size, name).toBe(1);
			expect(new Set(points.map((p) => p.category)).size, name).toBe(1);
		}
	});
});

describe('registered offences on the overview trend: every source of a year', () => {
	it('shows 2022 as 157,473 (astanatimes.com, 365info.kz) and the rounded 157,500 of two others, apart', async () => {
		const ds = await build('overview-trend');
		const y2022 = ds.rows.filter(
			(r) => r.year === 2022 && String(r.series).includes('опубликовано')
		);
		expect(y2022.map((r) => r.value).sort()).toEqual([157473, 157473, 157500, 157500]);
		expect(new Set(y2022.map((r) => r.series)).size).toBe(4);
		expect(
			y2022
				.filter((r) => r.value === 157473)
				.map((r) => r.series)
				.sort()
		).toEqual([
			'Всего уголовных правонарушений (опубликовано) — 365info.kz',
			'Всего уголовных правонарушений (опубликовано) — astanatimes.com'
		]);
		expect(ds.note).toContain('Источники расходятся');
	});
});
