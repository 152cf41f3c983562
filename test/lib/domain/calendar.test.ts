/**
 * The one calendar of series-breaking events (src/lib/domain/calendar.ts): every event once,
 * with its date as in ../shared/docs/domain.md («Legal milestones that break series»: 1 Jan
 * 2015 new codes; 2017 probation law; 2018 and 2022 regional reforms; 2020 COVID-19), labels
 * in three languages, and the same dates wherever they are used (forecast breaks, chart
 * events, the regions' reform dates, the breaks of a territory). The papers' legal milestones
 * (domain.md, «Context figures from the founding papers»: December 2017 criminal-procedure
 * amendments, July 2018 humanisation law, January 2022 unrest) are drawn on every time chart
 * but restart and smooth no forecast.
 */
import { describe, expect, it } from 'vitest';
import { CALENDAR, calendarEvent } from '../../../src/lib/domain/calendar';
import { getRegion, REFORM_2018, REFORM_2022 } from '../../../src/lib/domain/regions';
import { PULSES, regionBreaks } from '../../../src/lib/domain/territory-breaks';
import { KNOWN_BREAKS, startAfterBreaks } from '../../../src/lib/forecast/breaks';
import { SERIES_EVENTS, eventMarks } from '../../../src/lib/charts/events';
import { translator } from '../../../src/lib/i18n';

describe('the calendar', () => {
	it('holds each event once, in date order, with labels in ru, kk and en', () => {
		const ids = CALENDAR.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(CALENDAR.map((e) => e.date)).toEqual([...CALENDAR.map((e) => e.date)].sort());
		for (const e of CALENDAR) {
			expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			for (const l of ['ru', 'kk', 'en'] as const) expect(e.label[l].length).toBeGreaterThan(3);
		}
		expect(calendarEvent('codes-2015')).toMatchObject({ date: '2015-01-01', kind: 'break' });
		expect(calendarEvent('covid-2020').kind).toBe('pulse');
		expect(() => calendarEvent('reform-1999')).toThrow(/unknown break "reform-1999"; known: /);
	});

	it('is the list the forecasts, the charts and the regions read', () => {
		expect(KNOWN_BREAKS).toBe(CALENDAR);
		expect(SERIES_EVENTS).toBe(CALENDAR);
		expect(REFORM_2018).toBe(calendarEvent('regions-2018').date);
		expect(REFORM_2022).toBe(calendarEvent('regions-2022').date);
		// Shymkent a city since the 2018 reform; Abai created by the 2022 one (domain.md table)
		expect(getRegion('KZ-79')?.validFrom).toBe('2018-06-19');
		expect(getRegion('KZ-10')?.validFrom).toBe('2022-06-08');
	});

	it('gives a territory its breaks: the 2015 codes everywhere, a reform where it redrew borders', () => {
		expect(regionBreaks(null).breaks).toEqual(['codes-2015']);
		expect(regionBreaks('KZ-62')).toEqual({
			breaks: ['codes-2015', 'regions-2022'],
			since: '2022-06-08'
		});
		expect(PULSES).toEqual(['covid-2020']);
	});
});

describe('the fit starts after the breaks (one rule for the library and the server)', () => {
	const years = (from: number, to: number) =>
		Array.from({ length: to - from + 1 }, (_, i) => `${from + i}-01-01`);
	it('a break inside the last year leaves nothing of the new borders to fit', () => {
		// 2015–2022 annual: the June 2022 reform falls inside 2022, so no whole year follows it
		expect(startAfterBreaks(years(2015, 2022), ['codes-2015', 'regions-2022'])).toMatchObject({
			startAt: 8
		});
		// one real year (2022 only): nothing to fit either
		expect(startAfterBreaks(years(2022, 2022), ['codes-2015', 'regions-2022']).startAt).toBe(1);
	});
	it('a break before the series drops nothing; a pulse never restarts', () => {
		expect(startAfterBreaks(years(2016, 2024), ['codes-2015']).startAt).toBe(0);
		expect(startAfterBreaks(years(2016, 2024), ['covid-2020']).startAt).toBe(0);
		expect(startAfterBreaks(years(2016, 2024), ['codes-2015', 'regions-2018']).startAt).toBe(3);
	});
});

describe('the legal milestones of the founding papers', () => {
	const MILESTONES = ['procedure-2017', 'humanisation-2018', 'unrest-2022'];

	it('are events with their month, three labels and their source', () => {
		expect(MILESTONES.map((id) => calendarEvent(id).date.slice(0, 7))).toEqual([
			'2017-12',
			'2018-07',
			'2022-01'
		]);
		for (const id of MILESTONES) {
			const e = calendarEvent(id);
			expect(e).toMatchObject({ kind: 'event', breaks: 'none' });
			expect(e.source).toMatch(/founding papers/);
			expect(new Set(Object.values(e.label)).size, id).toBe(3);
		}
	});

	it('change no forecast: no break of any territory, no pulse, no restart unless named', () => {
		expect(regionBreaks(null).breaks).toEqual(['codes-2015']);
		expect(regionBreaks('KZ-11').breaks).toEqual(['codes-2015']);
		expect(PULSES).toEqual(['covid-2020']);
		const years = Array.from({ length: 10 }, (_, i) => `${2015 + i}-01-01`);
		expect(startAfterBreaks(years, regionBreaks(null).breaks).startAt).toBe(0);
	});

	it('are drawn on a time chart that spans them, in the page language', () => {
		const range: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2023, 0, 1)];
		const texts = eventMarks(range, translator('kk')).labels.flatMap((m) =>
			(m as unknown as { data: { label: string }[] }).data.map((d) => d.label)
		);
		for (const id of MILESTONES) expect(texts).toContain(calendarEvent(id).label.kk);
		// The June 2018 reform and the July 2018 law are weeks apart: both labels are kept.
		expect(texts).toContain(calendarEvent('regions-2018').label.kk);
	});
});
