/**
 * The synthetic demo panel's skeleton: which regions report in a year (respecting the 2018 and
 * 2022 reforms), their synthetic population, and each region-year's registered offences split
 * into severity, chapters and articles, calibrated so the regions add up to ~98.5 % of the
 * published national total. Everything is drawn from named streams of the seed.
 */
import { CURRENT_REGIONS, getRegion, regionExistsOn } from '../../src/lib/domain/regions.ts';
import { ARTICLES } from './layout.ts';
import { apportion, rngFor } from './prng.ts';
import type { DemoSettings } from './settings.ts';

/**
 * Does the region report on this date? KZ-61 always does: before June 2018 its code stands
 * for South Kazakhstan Region, Shymkent included.
 */
export function reportsOn(code: string, date: string): boolean {
	return code === 'KZ-61' || regionExistsOn(code, date);
}

/** The reporting unit a current region's territory belonged to on this date. */
export function hostOf(code: string, date: string): string {
	let c = code;
	while (!reportsOn(c, date)) {
		const p = getRegion(c)?.predecessor;
		if (!p) throw new Error(`region ${c} has no predecessor on ${date}`);
		c = p;
	}
	return c;
}

export function reportingRegions(date: string): string[] {
	return CURRENT_REGIONS.map((r) => r.code).filter((c) => reportsOn(c, date));
}

/** Synthetic population of a current region's territory at the beginning of a year. */
export function territoryPopulation(
	s: DemoSettings,
	seed: number,
	code: string,
	year: number
): number {
	const p = s.population.regions[code];
	if (!p) throw new Error(`data/demo/settings.json: no population for ${code}`);
	const rng = rngFor(seed, `population|${code}|${year}`);
	return Math.round(
		p.thousands2023 * 1000 * (1 + p.growth) ** (year - 2023) * rng.wobble(s.population.noise)
	);
}

/** Population of each reporting unit in a year: current territories folded into their hosts. */
export function unitPopulations(s: DemoSettings, seed: number, year: number): Map<string, number> {
	const date = `${year}-12-31`;
	const out = new Map<string, number>();
	for (const r of CURRENT_REGIONS) {
		const host = hostOf(r.code, date);
		out.set(host, (out.get(host) ?? 0) + territoryPopulation(s, seed, r.code, year));
	}
	return out;
}

/** Registered offences per reporting unit; their sum is the calibrated regional total. */
export function regionalTotals(s: DemoSettings, seed: number, year: number): Map<string, number> {
	const date = `${year}-12-31`;
	const target = s.nationalTargets[String(year)].value;
	const share = s.calibration.regionalShareOfNational;
	const total = Math.round(
		target * share * rngFor(seed, `calibration|${year}`).wobble(s.calibration.regionalShareNoise)
	);
	const weight = new Map<string, number>();
	for (const r of CURRENT_REGIONS) {
		const host = hostOf(r.code, date);
		const factor =
			(s.crimeRateFactor.regions[r.code] ?? 1) *
			rngFor(seed, `rate|${r.code}`).wobble(s.crimeRateFactor.regionNoise) *
			rngFor(seed, `rate|${r.code}|${year}`).wobble(s.crimeRateFactor.yearNoise);
		const w = territoryPopulation(s, seed, r.code, year) * factor;
		weight.set(host, (weight.get(host) ?? 0) + w);
	}
	const codes = [...weight.keys()];
	const parts = apportion(
		total,
		codes.map((c) => weight.get(c)!)
	);
	return new Map(codes.map((c, i) => [c, parts[i]]));
}

export interface Leaves {
	/** R1-1 графа 1 rows 2, 4, 5, 6, 7 (misdemeanours, then crimes by severity). */
	severity: { '2': number; '4': number; '5': number; '6': number; '7': number };
	chapters: Record<string, number>;
	articles: Record<string, number>;
}

/** Severity shares for a year: published splits where they exist, else their mean. */
export function severityShares(s: DemoSettings, year: number): number[] {
	const split = (y: (typeof s.severity.byYear)[string]) => {
		const crimes = y.minor + y.medium + y.grave + y.especiallyGrave;
		return [y.allOffences - crimes, y.minor, y.medium, y.grave, y.especiallyGrave].map(
			(v) => v / y.allOffences
		);
	};
	const own = s.severity.byYear[String(year)];
	if (own) return split(own);
	const all = Object.values(s.severity.byYear).map(split);
	return all[0].map((_, i) => all.reduce((sum, a) => sum + a[i], 0) / all.length);
}

/** One region-year's registered offences split into the rows the demo emits. */
export function annualLeaves(
	s: DemoSettings,
	seed: number,
	code: string,
	year: number,
	total: number
): Leaves {
	const rng = rngFor(seed, `structure|${code}|${year}`);
	const shares = severityShares(s, year).map((x) => x * rng.wobble(s.severity.regionalNoise));
	const [r2, r4, r5, r6, r7] = apportion(total, shares);
	const chapters: Record<string, number> = {};
	for (const [ch, share] of Object.entries(s.structure.chapters)) {
		chapters[ch] = Math.round(total * share * rng.wobble(s.structure.noise));
	}
	const chapterSum = Object.values(chapters).reduce((a, b) => a + b, 0);
	if (chapterSum > total) {
		const parts = apportion(total, Object.values(chapters));
		Object.keys(chapters).forEach((ch, i) => (chapters[ch] = parts[i]));
	}
	const articles: Record<string, number> = {};
	const byChapter = new Map<string, string[]>();
	for (const art of Object.keys(s.structure.articles)) {
		const ch = ARTICLE_CHAPTER[art];
		byChapter.set(ch, [...(byChapter.get(ch) ?? []), art]);
	}
	for (const [ch, arts] of byChapter) {
		const raw = arts.map((a) =>
			Math.round(chapters[ch] * s.structure.articles[a] * rng.wobble(s.structure.noise))
		);
		const sum = raw.reduce((a, b) => a + b, 0);
		const fitted = sum > chapters[ch] ? apportion(chapters[ch], raw) : raw;
		arts.forEach((a, i) => (articles[a] = fitted[i]));
	}
	return { severity: { '2': r2, '4': r4, '5': r5, '6': r6, '7': r7 }, chapters, articles };
}

const ARTICLE_CHAPTER: Record<string, string> = Object.fromEntries(
	Object.entries(ARTICLES).map(([a, v]) => [a, v.chapter])
);

/** Cumulative share of the year's registrations reached at the end of each month (1–12). */
export function cumulativeShares(s: DemoSettings): number[] {
	const w = s.seasonality.monthWeights;
	const sum = w.reduce((a, b) => a + b, 0);
	let acc = 0;
	return w.map((x, i) => (i === 11 ? 1 : (acc += x) / sum));
}

/** Leaves of a cumulative part-year report: each leaf floored, so reports only grow. */
export function scaleLeaves(l: Leaves, share: number): Leaves {
	if (share === 1) return l;
	const f = (o: Record<string, number>) =>
		Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.floor(v * share)]));
	return {
		severity: f(l.severity) as Leaves['severity'],
		chapters: f(l.chapters),
		articles: f(l.articles)
	};
}
