/**
 * Chart labels that tell things apart (issue 17, item 2), asserted on the drawn SVG in both
 * layouts (720 px and the 340 px phone drawing): chapters by short names that all differ,
 * titles wrapped whole, legend items inside the frame and apart, event labels beside their
 * rules and over the lines on a halo, yearly points on their year's tick, tooltips with
 * period and value, the provenance once, and the forecast fan's key and wide-interval note.
 * Rows are invented here; the snapshots (reviewed by eye, see each test) pin the rest.
 */
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/lib/server/export/svg';
import { translator, type Lang, type Translator } from '../../src/lib/i18n';
import type { Dataset } from '../../src/lib/dataset';
import { CODE_CHAPTERS, chapterTitle, chartLabel } from '../../src/lib/domain/criminal-code';
import { textWidth } from '../../src/lib/charts/frame';
import { compareSnapshot } from './snapshot';
import { dots, frameWidth, legendItems, markTexts, tickLabels } from './svg-structure';
import { TIME_SERIES, chartDataset } from './chart-fixtures';

const LANGS: Lang[] = ['ru', 'kk', 'en'];
const LAYOUTS = ['wide', 'narrow'] as const;

/** The labels' charts cite 2015–2020 (the years their rows span). */
const dataset = (
	title: string,
	chart: NonNullable<Dataset['chart']>,
	rows: Dataset['rows'],
	synthetic = false
) => chartDataset(title, chart, rows, { synthetic, period: '2015–2020' });

/** All 18 chapters, titled as the datasets give them (chapterTitle), with invented shares. */
const chapterRows = (lang: Lang) =>
	CODE_CHAPTERS.map((c) => ({ label: chapterTitle(c.n, lang), value: 30 - c.n * 1.5 }));
const ranking = { kind: 'barRanking', label: 'label', value: 'value', xLabel: '%' } as const;

describe('chapter labels', () => {
	it('short names in three languages, as the issue gives them', () => {
		expect(chartLabel(chapterTitle(6, 'ru'), 'ru')).toBe('Гл. 6 · Против собственности');
		expect(chartLabel(chapterTitle(6, 'kk'), 'kk')).toBe('6-тар. · Меншікке қарсы');
		expect(chartLabel(chapterTitle(6, 'en'), 'en')).toBe('Ch. 6 · Property');
		// an article keeps its label
		expect(chartLabel('Кража (ст.188)', 'kk')).toBe('Кража (ст.188)');
	});

	for (const lang of LANGS)
		for (const layout of LAYOUTS)
			it(`18 chapter bars, ${lang}, ${layout}: 18 distinct labels, the whole title on hover`, () => {
				const svg = renderChartSvg(
					dataset('x', ranking, chapterRows(lang)),
					translator(lang),
					layout
				)!;
				const labels = tickLabels(svg, 'y').map((t) => t.text);
				expect(labels).toHaveLength(18);
				expect(new Set(labels).size).toBe(18);
				// every label starts with its chapter's number (the part that tells them apart)
				const numbers = labels.map((l) => Number(/(\d+)/.exec(l)![1])).sort((a, b) => a - b);
				expect(numbers).toEqual(CODE_CHAPTERS.map((c) => c.n));
				for (const l of labels) expect(l).not.toMatch(/Уголовные правонарушения|Criminal offences/);
				expect(svg).toContain(`<title>${chapterTitle(6, lang)}: `);
			});

	it('a value axis of small shares keeps its ticks apart (0, 0,1, 0,2 … not «0» thrice)', () => {
		// /people on the real 2022 forms: officials' shares of all offenders are tenths of a %
		const rows = [
			{ label: 'Сотрудники МВД', value: 0.42 },
			{ label: 'Судьи', value: 0.03 }
		];
		for (const layout of LAYOUTS) {
			const svg = renderChartSvg(dataset('x', ranking, rows), translator('ru'), layout)!;
			const ticks = tickLabels(svg, 'x').map((t) => t.text);
			expect(ticks.length).toBeGreaterThan(1);
			expect(new Set(ticks).size, ticks.join(' | ')).toBe(ticks.length);
		}
	});

	it('articles cut for a phone keep apart: the article number stays', () => {
		const rows = [
			'Мошенничество, совершённое группой лиц по предварительному сговору (ст.190)',
			'Мошенничество, совершённое группой лиц по предварительному сговору (ст.191)',
			'Кража (ст.188)'
		].map((label, i) => ({ label, value: 10 - i }));
		const svg = renderChartSvg(dataset('x', ranking, rows), translator('ru'), 'narrow')!;
		const labels = tickLabels(svg, 'y').map((t) => t.text);
		expect(new Set(labels).size).toBe(3);
		expect(labels.join(' ')).toContain('(ст.190)');
		expect(labels.join(' ')).toContain('(ст.191)');
	});

	it('snapshot: chapter structure in Kazakh, 720 px', () => {
		// Reviewed by eye (PNG of the SVG): 18 labels «N-тар. · …», none cut to the shared
		// words «…қылмыстық құқық», bars sorted by value, values right of the bars.
		const svg = renderChartSvg(dataset('Тараулар', ranking, chapterRows('kk')), translator('kk'))!;
		expect(compareSnapshot('chapters-kk', svg).ok).toBe(true);
	});
});

describe('titles and legends inside the frame', () => {
	const series = [
		'Всего уголовных правонарушений (опубликовано) — 365info.kz',
		'Всего уголовных правонарушений (формы 1-М, Σ)',
		'Преступления (формы 1-М, Σ)',
		'Уголовные проступки (формы 1-М, Σ)'
	];
	const rows = series.flatMap((s, i) =>
		[2015, 2016, 2017, 2018, 2019, 2020].map((y, j) => ({
			date: `${y}-07-01`,
			series: s,
			value: 100000 * (4 - i) - j * 5000
		}))
	);
	const trend = {
		kind: 'timeSeries',
		x: 'date',
		y: 'value',
		series: 'series',
		yLabel: 'Количество',
		events: true
	} as const;
	const title =
		'Зарегистрированные уголовные правонарушения по годам — Республика Казахстан и все её регионы';

	for (const layout of LAYOUTS)
		it(`the overview trend's four entries, ${layout}: inside the SVG, none over another`, () => {
			const svg = renderChartSvg(dataset(title, trend, rows), translator('ru'), layout)!;
			const w = frameWidth(svg);
			const items = legendItems(svg);
			expect(items.map((i) => i.label)).toEqual(series);
			for (const i of items) {
				expect(i.x).toBeGreaterThanOrEqual(0);
				expect(i.right, i.label).toBeLessThanOrEqual(w);
			}
			// items of one row do not overlap: each starts right of the one before ends
			for (let k = 1; k < items.length; k++)
				if (items[k].y === items[k - 1].y) expect(items[k].x).toBeGreaterThan(items[k - 1].right);
			// the title wrapped, never cut: every word there, every line inside the frame
			const lines = [...svg.matchAll(/class="chart-title">([^<]*)</g)].map((m) => m[1]);
			expect(lines.join(' ')).toBe(title);
			for (const l of lines)
				expect(4 + textWidth(l, layout === 'wide' ? 14 : 15, true)).toBeLessThanOrEqual(w);
		});

	it('snapshot: the overview trend on a phone', () => {
		// Reviewed by eye (PNG of the SVG, 340 px): title in two lines, the four legend entries
		// one a row and inside 340 px, five year ticks under their points, event labels beside
		// their rules on white halos over the lines, the source line wrapped under the chart.
		const svg = renderChartSvg(dataset(title, trend, rows, true), translator('ru'), 'narrow')!;
		expect(compareSnapshot('trend-narrow', svg).ok).toBe(true);
	});
});

describe('points, events and tooltips of a time series', () => {
	const ru = translator('ru');
	const rows = [2015, 2016, 2017, 2018, 2019, 2020].map((y, i) => ({
		date: `${y}-07-01`,
		series: 'Всего',
		value: 13195 + i * 1000
	}));
	const spec = { ...TIME_SERIES, events: true } as const;

	for (const layout of LAYOUTS)
		it(`yearly points sit on their year's tick, ${layout}`, () => {
			const svg = renderChartSvg(dataset('x', spec, rows), ru, layout)!;
			const ticks = tickLabels(svg, 'x');
			expect(ticks.length).toBeGreaterThan(1);
			const points = dots(svg);
			for (const t of ticks) {
				const i = Number(t.text) - 2015;
				expect(points[i].x, t.text).toBeCloseTo(t.x, 0);
			}
		});

	it('a bare year counts as that year: placed on its tick too', () => {
		const bare = rows.map((r) => ({ ...r, date: r.date.slice(0, 4) }));
		const svg = renderChartSvg(dataset('x', spec, bare), ru)!;
		const first = tickLabels(svg, 'x').find((t) => t.text === '2015')!;
		expect(dots(svg)[0].x).toBeCloseTo(first.x, 0);
	});

	for (const lang of LANGS)
		it(`tooltips give period and value, ${lang}`, () => {
			const tr: Translator = translator(lang);
			const svg = renderChartSvg(dataset('x', spec, rows), tr)!;
			// 13 195 in 2015 (the first invented row), formatted as the page formats numbers
			expect(dots(svg)[0].title).toBe(`Всего\n2015: ${tr.num(13195)}`);
		});

	for (const layout of LAYOUTS)
		it(`event labels beside their rules, on a halo, over the lines, ${layout}`, () => {
			const svg = renderChartSvg(dataset('x', spec, rows), ru, layout)!;
			const labels = markTexts(svg, 'text');
			expect(labels.length).toBeGreaterThan(2);
			for (const { g } of labels) {
				expect(g.getAttribute('stroke')).toBe('white');
				expect(g.getAttribute('paint-order')).toBe('stroke');
				// shifted off the rule across it (screen x), not along it
				expect(g.getAttribute('transform')).toMatch(/translate\((-4|3),0\)/);
			}
			// drawn after the lines (on top of them)
			expect(svg.indexOf('aria-label="line"')).toBeLessThan(svg.indexOf('aria-label="text"'));
			// no two labels in one strip: rules of labels on the same side ≥ 12 px apart, and a
			// right label never within 12 px before a left one
			const placed = labels.map(({ g, t }) => ({
				x: Number(/translate\(([\d.]+)/.exec(t.getAttribute('transform')!)![1]),
				right: g.getAttribute('transform')!.includes('(3,0)')
			}));
			for (const a of placed)
				for (const b of placed) {
					if (a === b || b.x < a.x) continue;
					const gap = b.x - a.x;
					if (a.right === b.right || (a.right && !b.right)) expect(gap).toBeGreaterThanOrEqual(12);
				}
		});
});

describe('title and provenance once per chart', () => {
	const rows = [2019, 2020].map((y) => ({ date: `${y}-07-01`, series: 'A', value: y }));
	const spec = TIME_SERIES;
	const ru = translator('ru');

	const title = 'Зарегистрированные правонарушения — Республика Казахстан';

	it('the file carries its title, the source line and the synthetic mark once each', () => {
		const svg = renderChartSvg(dataset(title, spec, rows, true), ru)!;
		expect(svg.match(/class="chart-title"/g)).toHaveLength(1);
		expect(svg).toContain(`class="chart-title">${title}<`);
		expect(svg.match(/СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ/g)).toHaveLength(1);
		expect(svg.match(/хеш данных abcdef123456/g)).toHaveLength(1);
	});

	for (const layout of LAYOUTS)
		it(`the page's drawing, ${layout}, leaves them to the HTML around it, named by its title`, () => {
			const svg = renderChartSvg(dataset(title, spec, rows, true), ru, layout, 'page')!;
			expect(svg).not.toContain('СИНТЕТИЧЕСКИЕ');
			expect(svg).not.toContain('abcdef123456');
			// the title is the figcaption's (Chart.svelte); the SVG keeps it as its accessible name
			expect(svg).not.toContain('class="chart-title"');
			expect(svg).not.toContain(`>${title}<`);
			expect(svg).toMatch(new RegExp(`^<svg[^>]* role="img" aria-label="${title}"`));
		});
});

describe('forecast fan: key and a note on a very wide interval', () => {
	const observed = [2019, 2020, 2021].map((y, i) => ({
		date: `${y}-07-01`,
		kind: 'observed',
		value: 100000 - i * 5000
	}));
	const ahead = (lo95: number, hi95: number) =>
		[2022, 2023].map((y) => ({
			date: `${y}-07-01`,
			kind: 'forecast',
			value: 90000,
			lo80: Math.max(0, lo95 + 10000),
			hi80: hi95 - 10000,
			lo95,
			hi95
		}));
	const fan = { kind: 'forecastFan', yLabel: 'n' } as const;

	for (const lang of LANGS)
		for (const layout of LAYOUTS)
			it(`the key names observed, forecast and both bands, inside the SVG, ${lang}, ${layout}`, () => {
				const tr = translator(lang);
				const svg = renderChartSvg(
					dataset('x', fan, [...observed, ...ahead(70000, 110000)]),
					tr,
					layout
				)!;
				const items = legendItems(svg);
				expect(items.map((i) => i.label)).toEqual(
					(['chart.observed', 'chart.forecast', 'chart.band80', 'chart.band95'] as const).map((k) =>
						tr.t(k)
					)
				);
				for (const i of items) expect(i.right).toBeLessThanOrEqual(frameWidth(svg));
				// 70 000–110 000 around 90 000: not wide, no note
				expect(svg).not.toContain('class="chart-caption"');
			});

	it('says so when the 95 % interval is wider than the forecast (0 to 204 147 around 90 000)', () => {
		const tr = translator('ru');
		const svg = renderChartSvg(dataset('x', fan, [...observed, ...ahead(0, 204147)]), tr)!;
		const note = [...svg.matchAll(/class="chart-caption">([^<]*)</g)].map((m) => m[1]).join(' ');
		expect(note).toContain(`${tr.num(0)}–${tr.num(204147)}`);
		expect(note).toContain('2023');
		// Reviewed by eye (PNG): key of four in one row inside 720 px, the 95 % band pale under
		// the 80 % one, the note under the chart, the source line below.
		expect(compareSnapshot('forecast-fan-wide', svg).ok).toBe(true);
	});

	it('says the lower bound is cut at zero when only that is so (kk, en)', () => {
		for (const lang of ['kk', 'en'] as const) {
			const tr = translator(lang);
			// 0–80 000 around 90 000: narrower than the forecast (not "wide"), but its lower
			// bound is 0, cut off there
			const rows = [...observed, ...ahead(0, 80000).map((r) => ({ ...r, lo80: 0, hi80: 85000 }))];
			const svg = renderChartSvg(dataset('x', fan, rows), tr)!;
			expect(svg).toContain(tr.t('chart.clipped_interval').replace('{year}', '2023'));
		}
	});
});
