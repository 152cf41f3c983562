/**
 * Legal and administrative events that break crime series; marked on every time series so
 * that nobody reads a code change or a border change as a change in crime. The events come
 * from the domain calendar (one list for charts, forecasts and the server); this module draws
 * them: a dashed rule and a label for each event inside the chart's time range.
 */
import * as Plot from '@observablehq/plot';
import { CALENDAR, type CalendarEvent } from '../domain/calendar';
import type { Translator } from '../i18n';

/** Events closer than this share of the time range have their labels on both sides. */
const CLOSE_FRACTION = 0.03;

/** Every event of the calendar is drawn (breaks, pulses and the other legal milestones). */
export const SERIES_EVENTS: readonly CalendarEvent[] = CALENDAR;

/**
 * The marks of the events inside `range` ([from, to], times in ms), labelled in the page
 * language; with no range, the same marks with no events (a chart that hides them).
 */
export function eventMarks(range: [number, number] | null, tr: Translator): Plot.Markish[] {
	const inRange = range
		? SERIES_EVENTS.map((e) => ({ x: new Date(e.date), label: e.label[tr.lang] })).filter(
				(e) => e.x.getTime() >= range[0] && e.x.getTime() <= range[1]
			)
		: [];
	// Two events a few weeks apart (the June 2018 reform, the July 2018 law) would print their
	// labels over each other: the later one goes right of its rule instead of left.
	const close = range ? (range[1] - range[0]) * CLOSE_FRACTION : 0;
	const events = inRange.map((e, i) => ({
		...e,
		right: i > 0 && e.x.getTime() - inRange[i - 1].x.getTime() < close
	}));
	return [
		Plot.ruleX(events, { x: 'x', stroke: '#777', strokeDasharray: '3,3' }),
		...[false, true].map((right) =>
			Plot.text(
				events.filter((e) => e.right === right),
				{
					x: 'x',
					text: 'label',
					frameAnchor: 'top',
					rotate: -90,
					textAnchor: 'end',
					dx: right ? 10 : -4,
					fontSize: 9,
					fill: '#444'
				}
			)
		)
	];
}
