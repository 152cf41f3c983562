/**
 * The phone drawing of a chart (src/lib/charts/narrow.ts via renderChartSvg(…, 'narrow')):
 * drawn at the width it is shown at, no text under 12 px, at most five labelled time ticks,
 * bar labels shortened with the whole label kept in the tooltip, a long title wrapped rather
 * than cut. Rows are invented for the test. Property checks rather than snapshots: the wide
 * drawings' snapshots (charts.test.ts) already pin the marks.
 */
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/lib/server/export/svg';
import { atLeastFontSize, narrowOptions, NARROW_WIDTH } from '../../src/lib/charts/narrow';
import { translator } from '../../src/lib/i18n';
import type { Dataset } from '../../src/lib/dataset';
import { chartDataset } from './chart-fixtures';

const ru = translator('ru');

function narrow(title: string, chart: NonNullable<Dataset['chart']>, rows: Dataset['rows']) {
	return renderChartSvg(chartDataset(title, chart, rows, { synthetic: true }), ru, 'narrow')!;
}

/** Every font size the SVG sets, as attributes or in style. */
const fontSizes = (svg: string) =>
	[...svg.matchAll(/font-size(?:="|:\s*)(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));

const years = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('narrow chart drawing', () => {
	it('a time series: drawn 340 px wide, text ≥ 12 px, at most five year ticks, title wrapped', () => {
		const rows = years.map((y, i) => ({ date: `${y}-07-01`, series: 'A', value: 1000 + i * 10 }));
		const title = 'Зарегистрированные уголовные правонарушения по годам — Республика Казахстан';
		const svg = narrow(
			title,
			{ kind: 'timeSeries', x: 'date', y: 'value', series: 'series', yLabel: 'n', events: true },
			rows
		);
		expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${NARROW_WIDTH}"`));
		const sizes = fontSizes(svg);
		expect(sizes.length).toBeGreaterThan(3);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
		// Year tick labels: 12 years, every third labelled (2013, 2016, 2019, 2022).
		const tickYears = years.map(String).filter((y) => svg.includes(`>${y}</text>`));
		expect(tickYears).toEqual(['2013', '2016', '2019', '2022']);
		// The title in two lines, every word of it there.
		const titleTexts = [...svg.matchAll(/class="chart-title">([^<]*)</g)].map((m) => m[1]);
		expect(titleTexts.length).toBeGreaterThan(1);
		expect(titleTexts.join(' ')).toBe(title);
	});

	it('a bar ranking: labels in two lines shortened with «…», the whole label in the tooltip', () => {
		const long = 'Преступления против здоровья населения и нравственности';
		const rows = [
			{ label: long, value: 12.5 },
			{ label: 'Кражи', value: 8 }
		];
		const svg = narrow(
			'Рейтинг',
			{ kind: 'barRanking', label: 'label', value: 'value', xLabel: 'n' },
			rows
		);
		expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
		expect(svg).toContain('>Кражи</text>');
		expect(svg).not.toContain(`>${long}</text>`);
		// two lines of at most 22 letters ((136 − 10) px / 7.2 px a letter = 17… at 12 px:
		// «Преступления» / «против здоровья…»), the second cut with «…»
		expect(svg).toMatch(/<tspan[^>]*>Преступления<\/tspan><tspan[^>]*>против здоровья…<\/tspan>/);
		expect(svg).toContain(`<title>${long}: 12,5</title>`);
	});

	it('a map keeps its shape; a colour legend spans the width', () => {
		const o = narrowOptions(
			{ width: 640, height: 400, color: { legend: true, type: 'quantize' }, marks: [] },
			'tileMap'
		);
		expect(o).toMatchObject({
			width: NARROW_WIDTH,
			height: 213,
			color: { width: NARROW_WIDTH - 8 }
		});
	});

	it('raises small font sizes only', () => {
		expect(
			atLeastFontSize('<text font-size="9">a</text><g style="font-size:10px"><text font-size="14">')
		).toBe('<text font-size="12">a</text><g style="font-size:12px"><text font-size="14">');
	});
});
