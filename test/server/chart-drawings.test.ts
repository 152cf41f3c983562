// Chart drawings kept by content (src/lib/server/export/svg.ts): another dataset object with
// the same content gets the same picture, and whatever the picture shows is part of the key —
// a change of title, rows, chart spec, language, layout or (in a file) source gives its own
// drawing. The figures are invented for the test.
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/lib/server/export/svg';
import { translator } from '../../src/lib/i18n';
import type { Dataset } from '../../src/lib/dataset';

function ranking(over: Partial<Dataset> = {}): Dataset {
	return {
		id: 'test-ranking',
		title: 'Зарегистрировано по регионам',
		columns: [],
		rows: [
			{ label: 'Алматы', value: 120 },
			{ label: 'Астана', value: 80 },
			{ label: 'Шымкент', value: 45 }
		],
		chart: { kind: 'barRanking', label: 'label', value: 'value', xLabel: 'Число' },
		source: {
			forms: ['1-M'],
			regions: 'все',
			period: '2024',
			hash: 'abcdef123456',
			generated: '2026-01-01',
			synthetic: false
		},
		query: '',
		...over
	};
}

describe('chart drawings kept by content', () => {
	const ru = translator('ru');

	it('gives another object with the same content the same picture', () => {
		const a = renderChartSvg(ranking(), ru)!;
		expect(a).toContain('Алматы');
		expect(renderChartSvg(structuredClone(ranking()), ru)).toBe(a);
	});

	it('draws anew whatever changes the picture', () => {
		const base = renderChartSvg(ranking(), ru)!;
		const other = (svg: string | null, text: string) => {
			expect(svg).not.toBe(base);
			expect(svg).toContain(text);
		};
		other(renderChartSvg(ranking({ title: 'Другой заголовок' }), ru), 'Другой заголовок');
		other(renderChartSvg(ranking({ rows: [{ label: 'Караганда', value: 7 }] }), ru), 'Караганда');
		other(
			renderChartSvg(
				ranking({
					chart: { kind: 'barRanking', label: 'label', value: 'value', xLabel: 'Доля' }
				}),
				ru
			),
			'Доля'
		);
		other(renderChartSvg(ranking({ source: { ...ranking().source, period: '2023' } }), ru), '2023');
		// the phone drawing of the same content is 340 px wide
		other(renderChartSvg(ranking(), ru, 'narrow'), 'width="340"');
		// a page's drawing leaves the source line out: not the file's picture
		expect(renderChartSvg(ranking(), ru, 'wide', 'page')).not.toBe(base);
		// the synthetic mark is drawn in the page's language
		const demo = ranking({ source: { ...ranking().source, synthetic: true } });
		expect(renderChartSvg(demo, translator('en'))).not.toBe(renderChartSvg(demo, ru));
	});

	it('says a dataset without a chart has none', () => {
		expect(renderChartSvg(ranking({ chart: undefined }), ru)).toBeNull();
	});
});
