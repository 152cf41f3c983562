/**
 * Bars grouped by a category with one bar per group member (e.g. chapter share: region
 * against the country). Rows: { [label], [group], [value] }.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import type { Translator } from '../i18n';
import { tickNumber } from './ticks';
import { axisLabels } from './bar-ranking';

export interface GroupedBarsOptions {
	label: string;
	value: string;
	group: string;
	xLabel: string;
}

export function groupedBarsOptions(
	rows: Row[],
	o: GroupedBarsOptions,
	tr: Translator
): Plot.PlotOptions {
	const data = rows
		.filter((r) => typeof r[o.value] === 'number')
		.map((r) => ({
			label: String(r[o.label]),
			group: String(r[o.group]),
			value: r[o.value] as number
		}));
	const labels = [...new Set(data.map((d) => d.label))];
	return {
		width: 720,
		height: Math.max(140, 34 * labels.length + 60),
		marginLeft: 260,
		marginRight: 60,
		x: { grid: true, label: o.xLabel, tickFormat: tickNumber(tr) },
		fy: {
			label: null,
			domain: labels,
			tickFormat: axisLabels(labels, tr)
		},
		y: { axis: null },
		color: { legend: true, range: ['#2166ac', '#b2182b', '#4d9221', '#762a83'] },
		marks: [
			Plot.barX(data, {
				x: 'value',
				y: 'group',
				fy: 'label',
				fill: 'group',
				// the whole label on hover: the axis names chapters short
				title: (d) => `${d.label}\n${d.group}: ${tr.num(d.value, 1)}`
			}),
			Plot.text(data, {
				x: 'value',
				y: 'group',
				fy: 'label',
				text: (d) => tr.num(d.value, 1),
				textAnchor: 'start',
				dx: 3,
				fontSize: 9
			}),
			Plot.ruleX([0])
		]
	};
}
