/**
 * Legal and administrative events that break crime series; marked on every time series so
 * that nobody reads a code change or a border change as a change in crime. The events come
 * from the domain calendar (one list for charts, forecasts and the server); this module draws
 * them: a dashed rule and a label for each event inside the chart's time range.
 */
import * as Plot from '@observablehq/plot';
import { CALENDAR, type CalendarEvent } from '../domain/calendar';
import type { Translator } from '../i18n';

/**
 * The strip an event label takes beside its rule, as a share of the time range: about 13 px
 * on a phone's chart (labels 12 px high there), about 28 px on the 720 px one.
 */
const CLOSE_FRACTION = 0.045;

/** Every event of the calendar is drawn (breaks, pulses and the other legal milestones). */
export const SERIES_EVENTS: readonly CalendarEvent[] = CALENDAR;

/**
 * The marks of the events inside `range` ([from, to], times in ms), labelled in the page
 * language; with no range, the same marks with no events (a chart that hides them). `rules`
 * go under the data and `labels` over it: each label sits beside its rule (never on it) on a
 * white halo, so that neither the rule nor a data line strikes it through.
 */
export function eventMarks(
	range: [number, number] | null,
	tr: Translator
): { rules: Plot.Markish[]; labels: Plot.Markish[] } {
	const inRange = range
		? SERIES_EVENTS.map((e) => ({ x: new Date(e.date), label: e.label[tr.lang] })).filter(
				(e) => e.x.getTime() >= range[0] && e.x.getTime() <= range[1]
			)
		: [];
	// A label takes a strip `close` wide beside its rule (left by default). Two events a few
	// weeks apart (the June 2018 reform, the July 2018 law) would print their labels over each
	// other: a label whose left strip meets the strip before it goes right of its rule instead.
	const close = range ? (range[1] - range[0]) * CLOSE_FRACTION : 0;
	const events: ((typeof inRange)[number] & { right: boolean })[] = [];
	let taken = -Infinity; // where the last strip ends
	for (const e of inRange) {
		const x = e.x.getTime();
		// left if its strip is free, else right (where it can only meet the next one's strip)
		const right = x - close < taken;
		events.push({ ...e, right });
		taken = right ? x + close : x;
	}
	return {
		rules: [Plot.ruleX(events, { x: 'x', stroke: '#777', strokeDasharray: '3,3' })],
		// The text is turned a quarter left, its letters standing left of its baseline: a left
		// label's baseline 4 px left of the rule (its descenders clear it), a right label
		// hung from the rule (lineAnchor top) 3 px right of it. Plot's dx is in screen space.
		labels: [false, true].map((right) =>
			Plot.text(
				events.filter((e) => e.right === right),
				{
					x: 'x',
					text: 'label',
					frameAnchor: 'top',
					rotate: -90,
					textAnchor: 'end',
					lineAnchor: right ? 'top' : 'bottom',
					dx: right ? 3 : -4,
					fontSize: 9,
					fill: '#222', // 4.5:1 on the 95 % band even where the halo does not reach (a11y.test.ts)
					stroke: 'white',
					strokeWidth: 3,
					paintOrder: 'stroke'
				}
			)
		)
	};
}
