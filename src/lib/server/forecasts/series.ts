/**
 * The observed whole-year series a forecast is fitted on: the country or a region × all
 * registered offences, crimes, misdemeanours or one Criminal Code chapter, with its provenance
 * (forms, synthetic, summed from regions) and the calendar breaks of its territory.
 *
 * The country's "all offences" series is the published national figure (long, real) when the
 * warehouse holds it; otherwise the republic's Form 1-M workbook, or the sum of the regions
 * with data (flagged). A region created or cut by the June 2018 / June 2022 reforms starts
 * after that reform (its earlier figures are of another territory).
 */
import type { MessageKey, Translator } from '../../i18n';
import { startAfterBreaks } from '../../forecast';
import { chapterTitle } from '../../domain/criminal-code';
import { regionBreaks } from '../../domain/territory-breaks';
import { registeredOffences, type OffenceGroup } from '../queries/registered-offences';
import { nationalYearly, publishedFigures } from '../queries/published-figures';
import { chapterYearly } from '../queries/forecast-series';

/** The library refuses fewer points; below this no forecast is drawn. */
export const MIN_YEARS = 3;

export interface ObservedSeries {
	region: string | null;
	series: string;
	years: number[];
	values: number[];
	forms: string[];
	synthetic: boolean;
	/** The country's figure summed from regions (no republic workbook) in some year. */
	partial: boolean;
	/** Calendar breaks (ids) that apply to this territory. */
	breaks: string[];
	/** First day of the region's current borders when a reform changed them (else null). */
	bordersSince: string | null;
}

/** Keep the last run of consecutive years (a gap would make the series meaningless). */
function lastRun(points: { year: number; value: number }[]): { year: number; value: number }[] {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const out: { year: number; value: number }[] = [];
	for (const p of sorted) {
		if (out.length && p.year !== out[out.length - 1].year + 1) out.length = 0;
		out.push(p);
	}
	return out;
}

const GROUP_OF: Record<string, OffenceGroup> = {
	all: 'all',
	crimes: 'crimes',
	misdemeanours: 'misdemeanours'
};

/** The observed whole-year series for (region, series), with its provenance. */
export async function observedSeries(
	region: string | null,
	series: string
): Promise<ObservedSeries> {
	const { breaks, since } = regionBreaks(region);
	const base = { region, series, breaks, bordersSince: since };
	if (!region && series === 'all') {
		const figs = nationalYearly(
			await publishedFigures(['registered_criminal_offences']),
			'registered_criminal_offences'
		);
		if (figs.length >= MIN_YEARS) {
			const run = lastRun(figs.map((f) => ({ year: Number(f.end!.slice(0, 4)), value: f.value })));
			return {
				...base,
				years: run.map((p) => p.year),
				values: run.map((p) => p.value),
				forms: ['published'],
				synthetic: false,
				partial: false
			};
		}
	}
	// Form 1-M: per region and whole year.
	let perRegion: { region: string; year: number; value: number | null; synthetic: boolean }[];
	if (series.startsWith('ch')) {
		perRegion = await chapterYearly(Number(series.slice(2)));
	} else {
		const g = GROUP_OF[series];
		perRegion = (await registeredOffences())
			.filter((r) => !r.period.includes('-'))
			.map((r) => ({
				region: r.region,
				year: Number(r.period),
				value: r[g],
				synthetic: r.synthetic
			}));
	}
	const byYear = new Map<number, typeof perRegion>();
	for (const r of perRegion) {
		if (r.value === null) continue;
		if (!byYear.has(r.year)) byYear.set(r.year, []);
		byYear.get(r.year)!.push(r);
	}
	// The country: the republic's workbook when every year has one; otherwise the sum of the
	// regions with data in every year (the republic total also holds non-territorial units, so
	// mixing the two would put a step into the series).
	const useSum =
		!region && [...byYear.values()].some((rows) => !rows.some((r) => r.region === 'KZ'));
	let partial = false;
	let synthetic = false;
	const points: { year: number; value: number }[] = [];
	for (const [year, rows] of byYear) {
		let pick = rows.filter((r) => r.region === (region ?? 'KZ'));
		if (useSum) {
			pick = rows.filter((r) => r.region !== 'KZ');
			if (pick.length) partial = true;
		}
		if (!pick.length) continue;
		synthetic ||= pick.some((r) => r.synthetic);
		points.push({ year, value: pick.reduce((a, r) => a + (r.value as number), 0) });
	}
	const run = lastRun(points);
	return {
		...base,
		years: run.map((p) => p.year),
		values: run.map((p) => p.value),
		forms: ['1-M'],
		synthetic,
		partial
	};
}

/** ISO start of each observed year (annual periods start on 1 January). */
export const yearStarts = (obs: ObservedSeries): string[] => obs.years.map((y) => `${y}-01-01`);

/** The years a forecast may be fitted on: the library's rule for the territory's breaks. */
export function yearsAfterBreaks(obs: ObservedSeries): number[] {
	return obs.years.slice(startAfterBreaks(yearStarts(obs), obs.breaks).startAt);
}

/** The series' name in the page language. */
export function seriesLabel(series: string, tr: Translator): string {
	if (series.startsWith('ch')) return chapterTitle(series.slice(2), tr.lang);
	return tr.t(`ind.${GROUP_OF[series] ?? 'all'}` as MessageKey);
}
