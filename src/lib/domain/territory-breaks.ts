/**
 * Which calendar breaks apply to a territory's series: those that break every series, and the
 * border reforms that redrew this region (it was created or renamed then, or a region was cut
 * from it). Kept apart from calendar.ts and regions.ts because it needs both (regions.ts takes
 * its reform dates from the calendar).
 */
import { CALENDAR } from './calendar';
import { getRegion, REGIONS } from './regions';

export interface TerritoryBreaks {
	/** Ids of the calendar's breaks a forecast of this territory starts after, by date. */
	breaks: string[];
	/** First day of the region's current borders when a reform changed them (else null). */
	since: string | null;
}

/** The breaks of the country (null or 'KZ') or of a region, and since when its borders hold. */
export function regionBreaks(code: string | null): TerritoryBreaks {
	const everySeries = CALENDAR.filter((e) => e.kind === 'break' && e.breaks === 'all');
	const breaks = everySeries.map((e) => e.id);
	if (!code || code === 'KZ') return { breaks, since: null };
	const r = getRegion(code);
	const dates = [
		r?.validFrom ?? null,
		...REGIONS.filter((x) => x.predecessor === code && x.validFrom).map((x) => x.validFrom)
	].filter((d): d is string => !!d);
	for (const e of CALENDAR)
		if (e.kind === 'break' && e.breaks === 'redrawn-regions' && dates.includes(e.date))
			breaks.push(e.id);
	const since = dates.length ? dates.sort()[dates.length - 1] : null;
	return { breaks, since };
}

/** Ids of the pulses that touch every series: a forecast fitted across one says so. */
export const PULSES: readonly string[] = CALENDAR.filter(
	(e) => e.kind === 'pulse' && e.breaks === 'all'
).map((e) => e.id);
