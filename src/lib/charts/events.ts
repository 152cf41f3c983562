/**
 * Legal and administrative events that break crime series; marked on every time series so
 * that nobody reads a code change or a border change as a change in crime. The events come
 * from the domain calendar (one list for charts, forecasts and the server); this module draws
 * them: a dashed rule and a label for each event inside the chart's time range.
 */
import * as Plot from '@observablehq/plot';
import { CALENDAR, type CalendarEvent } from '../domain/calendar';
import type { Translator } from '../i18n';

/** Every event of the calendar is drawn (breaks, pulses and the other legal milestones). */
export const SERIES_EVENTS: readonly CalendarEvent[] = CALENDAR;

/**
 * The marks of the events inside `range` ([from, to], times in ms), labelled in the page
 * language; with no range, the same marks with no events (a chart that hides them).
 */
export function eventMarks(range: [number, number] | null, tr: Translator): Plot.Markish[] {
	const events = range
		? SERIES_EVENTS.map((e) => ({ x: new Date(e.date), label: e.label[tr.lang] })).filter(
				(e) => e.x.getTime() >= range[0] && e.x.getTime() <= range[1]
			)
		: [];
	return [
		Plot.ruleX(events, { x: 'x', stroke: '#777', strokeDasharray: '3,3' }),
		Plot.text(events, {
			x: 'x',
			text: 'label',
			frameAnchor: 'top',
			rotate: -90,
			textAnchor: 'end',
			dx: -4,
			fontSize: 9,
			fill: '#444'
		})
	];
}
