/**
 * Every chart kind renders to a standalone SVG that matches its committed baseline, carries
 * the source line, and — for demo data — the synthetic mark. Rows are invented for the test
 * (no real data is committed); what each chart must show is asserted on the SVG too.
 */
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/lib/server/export/svg';
import { translator, type Translator } from '../../src/lib/i18n';
import type { Dataset } from '../../src/lib/dataset';
import { compareSnapshot } from './snapshot';
import { AXIS_LABEL_MAX, shorten } from '../../src/lib/charts/bar-ranking';
import { textWidth } from '../../src/lib/charts/frame';
import { legendItems } from './svg-structure';
import { TIME_SERIES, chartDataset, squareRegions } from './chart-fixtures';

const ru = translator('ru');

/**
 * A chart of one kind as a standalone SVG, titled by its id: `rows` invented for the test,
 * Russian unless `tr` says otherwise; `note` is the extra line under the source (the map
 * attribution).
 */
function render(
	id: string,
	chart: NonNullable<Dataset['chart']>,
	rows: Dataset['rows'],
	{ tr = ru, synthetic = false, note }: { tr?: Translator; synthetic?: boolean; note?: string } = {}
): string {
	return renderChartSvg(chartDataset(id, chart, rows, { id, synthetic, note }), tr)!;
}

describe('chart snapshots', () => {
	it('time series marks the events inside its time range', () => {
		const rows = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].flatMap(
			(y, i) => [
				{ date: `${y}-07-01`, series: 'A', value: 300000 - i * 15000 },
				{ date: `${y}-07-01`, series: 'B', value: 100000 + (i % 3) * 5000 }
			]
		);
		const spec = { x: 'date', y: 'value', series: 'series', yLabel: 'n', events: true };
		const svg = render('time-series', { kind: 'timeSeries', ...spec }, rows);
		for (const label of [
			'Новые кодексы',
			'Закон о пробации',
			'COVID-19',
			'июнь 2018',
			'июнь 2022'
		]) {
			expect(svg).toContain(label);
		}
		expect(svg).toContain('хеш данных abcdef123456');
		expect(compareSnapshot('time-series', svg).ok).toBe(true);
	});

	it('bar ranking keeps a region without data as «нет данных», not as a zero bar', () => {
		const rates = { Алматы: 120.5, Астана: 98.25, Ұлытау: null };
		const rows = Object.entries(rates).map(([label, value]) => ({ label, value }));
		const chart = {
			kind: 'barRanking',
			label: 'label',
			value: 'value',
			xLabel: 'на 10 000'
		} as const;
		const svg = render('bar-ranking', chart, rows);
		expect(svg).toContain('нет данных');
		expect(svg).toContain('120,5');
		// Two bars only: the region without data gets a label, no bar.
		const bars = svg.slice(svg.indexOf('aria-label="bar"'));
		expect(bars.slice(0, bars.indexOf('</g>')).match(/<rect/g)).toHaveLength(2);
		expect(compareSnapshot('bar-ranking', svg).ok).toBe(true);
	});

	it('tile map shows all 20 tiles, missing ones labelled, and the synthetic mark for demo data', () => {
		const rows = ['KZ-11', 'KZ-75', 'KZ-71', 'KZ-79'].map((code, i) => ({
			code,
			region: code,
			value: 50 + i * 20
		}));
		const chart = { kind: 'tileMap', code: 'code', label: 'region', value: 'value' } as const;
		const svg = render('tile-map', { ...chart, legend: 'rate' }, rows, {
			tr: translator('en'),
			synthetic: true
		});
		for (const abbr of ['AKM', 'ALA', 'AST', 'SHY', 'ULY', 'JET', 'ABA'])
			expect(svg).toContain(`>${abbr}<`);
		expect(svg.match(/>no data</g)).toHaveLength(16);
		expect(svg).toContain('SYNTHETIC DEMO DATA');
		expect(compareSnapshot('tile-map', svg).ok).toBe(true);
	});

	it('grouped bars compare region and country shares', () => {
		// Chapter → [region share, country share], %.
		const shares = { 'Глава 1': [12.5, 10], 'Глава 13': [40, 45.25] };
		const rows = Object.entries(shares).flatMap(([label, [region, country]]) => [
			{ label, who: 'Регион', share: region },
			{ label, who: 'РК', share: country }
		]);
		const chart = { kind: 'groupedBars', label: 'label', value: 'share', group: 'who' } as const;
		const svg = render('grouped-bars', { ...chart, xLabel: '%' }, rows);
		expect(svg).toContain('Глава 13');
		expect(svg).toContain('45,3');
		expect(compareSnapshot('grouped-bars', svg).ok).toBe(true);
	});

	it('choropleth draws features by region code and leaves unknown ones grey', () => {
		const geojson = squareRegions([
			['KZ-11', 70, 51],
			['KZ-35', 72, 48]
		]);
		const chart = { kind: 'choropleth', code: 'code', value: 'value', legend: 'rate' } as const;
		const svg = render('choropleth', { ...chart, geojson }, [{ code: 'KZ-11', value: 67.6 }], {
			note: '© OpenStreetMap contributors'
		});
		expect(svg).toContain('© OpenStreetMap contributors');
		expect(svg).toContain('fill="#eee"');
		expect(compareSnapshot('choropleth', svg).ok).toBe(true);
	});

	it('forecast fan joins the observed series with its 80/95 % bands', () => {
		const rows = [
			...[2016, 2017, 2018, 2019, 2020].map((y, i) => ({
				date: `${y}-07-01`,
				kind: 'observed',
				value: 1000 - i * 50,
				lo80: null,
				hi80: null,
				lo95: null,
				hi95: null
			})),
			{
				date: '2021-07-01',
				kind: 'forecast',
				value: 760,
				lo80: 700,
				hi80: 820,
				lo95: 650,
				hi95: 870
			},
			{
				date: '2022-07-01',
				kind: 'forecast',
				value: 710,
				lo80: 620,
				hi80: 800,
				lo95: 560,
				hi95: 860
			}
		];
		const svg = render('forecast-fan', { kind: 'forecastFan', yLabel: 'n' }, rows, {
			tr: translator('en')
		});
		expect(svg).toContain('Probation law (2017)');
		expect(svg.match(/aria-label="area"/g)).toHaveLength(2);
		expect(compareSnapshot('forecast-fan', svg).ok).toBe(true);
	});
});

describe('axis labels of bar charts', () => {
	it('long article names are cut at a word to fit the left margin; short ones are kept', () => {
		// 52 characters (the Criminal Code's title of art. 106 as the forms give it)
		const long = 'Умышленное причинение тяжкого вреда здоровью (ст.106)';
		// the article number stays: 38 − 8 ("(ст.106)") − 1 = 29 characters for the name
		expect(shorten(long)).toBe('Умышленное причинение… (ст.106)');
		expect(shorten(long).length).toBeLessThanOrEqual(AXIS_LABEL_MAX);
		const chapter = 'Глава 6. Уголовные правонарушения против собственности';
		expect(shorten(chapter)).toBe('Глава 6. Уголовные правонарушения…');
		// no space near the end: cut inside the word
		const word = 'А'.repeat(50);
		expect(shorten(word)).toBe(`${'А'.repeat(37)}…`);
		expect(shorten('Кража (ст.188)')).toBe('Кража (ст.188)');
	});
});

describe('time axis in the page language (issue 13, item 4)', () => {
	const spec = TIME_SERIES;
	// Invented monthly points (2 July … 2 December 2022): ticks fall on the months between.
	const monthly = [7, 8, 9, 10, 11, 12].map((m, i) => ({
		date: `2022-${String(m).padStart(2, '0')}-02`,
		series: 'A',
		value: 100 + i
	}));
	const tickLabels = (svg: string) =>
		[...svg.matchAll(/<g[^>]*aria-label="x-axis tick label"[^]*?<\/g>/g)]
			.flatMap((g) => [...g[0].matchAll(/>([^<>]+)<\/text>/g)].map((m) => m[1]))
			.filter((t) => t.trim());

	it('writes month ticks in Russian and Kazakh, never Plot’s English «Aug»', () => {
		const english = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
		for (const lang of ['ru', 'kk'] as const) {
			const labels = tickLabels(render('ts-months', spec, monthly, { tr: translator(lang) }));
			expect(labels.length, lang).toBeGreaterThan(2);
			for (const l of labels) expect(l, lang).not.toMatch(english);
		}
		const ru = tickLabels(render('ts-months', spec, monthly));
		expect(ru).toContain('авг. 2022');
	});

	it('puts a yearly point on its year: one tick per year, at the dot, labelled with the year', () => {
		const rows = [2019, 2020, 2021].map((y) => ({ date: `${y}-07-01`, series: 'A', value: y }));
		const svg = render('ts-years', spec, rows);
		expect(tickLabels(svg)).toEqual(['2019', '2020', '2021']);
	});

	it('colours series by category and wraps a long legend inside the chart', () => {
		// Invented: four categories of one long label each, two sources of the first.
		const cats = [
			'Всего содержится (осуждённые и следственно-арестованные)',
			'Осуждённые',
			'Осуждённые в колониях',
			'Следственно-арестованные'
		];
		const rows = cats.flatMap((c, i) =>
			[2019, 2020].flatMap((y) => [
				{ date: `${y}-07-01`, series: `${c} — a`, category: c, value: 1000 * (i + 1) + y },
				...(i === 0
					? [{ date: `${y}-07-01`, series: `${c} — b`, category: c, value: 900 + y }]
					: [])
			])
		);
		const svg = render('ts-legend', { ...spec, color: 'category' }, rows);
		const swatches = legendItems(svg);
		// One legend entry per category, not per source.
		expect(swatches.map((m) => m.label)).toEqual(cats);
		// The long first label pushes the rest to a second row; nothing runs past 720 px
		// (label widths from the frame's DejaVu Sans glyph table, a little generous).
		expect(new Set(swatches.map((m) => m.y)).size).toBe(2);
		for (const m of swatches) expect(m.x + 16 + textWidth(m.label, 11)).toBeLessThanOrEqual(720);
		// Five series (two sources of the first category): five lines.
		const lines = [...svg.matchAll(/<g[^>]*aria-label="line"[^]*?<\/g>/g)][0][0];
		expect(lines.match(/<path/g)).toHaveLength(5);
	});

	it('draws a series of one point as a dot, never as a line of one point', () => {
		const rows = [
			{ date: '2016-07-01', series: 'paper', value: 326 },
			{ date: '2017-07-01', series: 'paper', value: 825 },
			{ date: '2016-07-01', series: 'court', value: 884 }
		];
		const svg = render('ts-sources', spec, rows);
		// One line (the paper's two years); the court's lone figure only as a dot.
		const lines = [...svg.matchAll(/<g[^>]*aria-label="line"[^]*?<\/g>/g)][0][0];
		expect(lines.match(/<path/g)).toHaveLength(1);
		expect(svg.match(/<circle/g)).toHaveLength(3);
	});
});
