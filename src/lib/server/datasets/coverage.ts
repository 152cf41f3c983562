/**
 * What a national figure rests on. Without the republic's own workbook the country's figure
 * is a sum of the regional workbooks held — 16 of the 20 regions for 2022 in the real data —
 * and it must say so: how many regions, which are missing, and the republic's figure as
 * published for the same period beside it (which also counts non-territorial units). And
 * which of the sections the figures are read from have validation findings, with a link to
 * them on /data. Built here once; worded once in src/lib/charts/caption.ts.
 */
import type { Coverage, FindingMark, PublishedBeside } from '../../dataset';
import type { MessageKey, Translator } from '../../i18n';
import { parsePeriod } from '../../domain/periods';
import { REGIONS, regionExistsOn } from '../../domain/regions';
import { registeredOffences, type OffenceGroup } from '../queries/registered-offences';
import { publishedFigures, type PublishedFigure } from '../queries/published-figures';
import { findingCounts } from '../queries/data-quality';

/** The published indicator that counts what Form 1-M R1-1 графа 1 counts in each row. */
const PUBLISHED_INDICATOR: Record<OffenceGroup, string> = {
	all: 'registered_criminal_offences',
	misdemeanours: 'registered_criminal_misdemeanours',
	crimes: 'registered_crimes',
	minor: 'crimes_minor_severity',
	medium: 'crimes_medium_severity',
	grave: 'crimes_grave',
	especially_grave: 'crimes_especially_grave'
};

/**
 * The regions that reported at the end of a period: 16 before June 2018, 17 until June 2022,
 * 20 since. A code without a predecessor continues an older unit (KZ-61 stands for South
 * Kazakhstan before 2018), so it counts before its `validFrom` too.
 */
export function regionsOf(period: string): string[] {
	const end = parsePeriod(period).end;
	return REGIONS.filter(
		(r) =>
			r.kind !== 'country' &&
			(regionExistsOn(r.code, end) ||
				(r.predecessor === null && r.validFrom !== null && r.validFrom > end))
	).map((r) => r.code);
}

/** How many of the period's regions a sum holds and which it lacks. */
export function coverageOf(summed: string[], period: string): Omit<Coverage, 'published'> {
	const existing = regionsOf(period);
	return {
		period,
		regions: summed.length,
		of: existing.length,
		missing: existing.filter((code) => !summed.includes(code))
	};
}

/**
 * The republic's figure for exactly this period as published: an exact figure before a
 * rounded one («157,5 тысячи»), then the first by id — the others stay on /data.
 */
export function republicFigure(
	figs: PublishedFigure[],
	indicator: string,
	period: string
): PublishedFigure | null {
	const p = parsePeriod(period);
	const same = figs.filter(
		(f) => f.indicator === indicator && f.region === 'KZ' && f.start === p.start && f.end === p.end
	);
	return same.find((f) => !/round/i.test(f.unit)) ?? same[0] ?? null;
}

/** Where a national figure of a period comes from: the republic's workbook, or the regions summed. */
export async function nationalScope(
	period: string
): Promise<{ regions: string[]; summed: boolean }> {
	const rows = (await registeredOffences(period)).filter((r) => r.all !== null);
	if (rows.some((r) => r.region === 'KZ')) return { regions: ['KZ'], summed: false };
	return { regions: rows.map((r) => r.region), summed: true };
}

/**
 * The coverage of each period whose national figure is a sum of regions (none when the
 * republic's workbook is held or nothing is), with the republic's published figures of
 * `groups` beside it.
 */
export async function nationalCoverage(
	periods: (string | null)[],
	tr: Translator,
	groups: OffenceGroup[] = []
): Promise<Coverage[]> {
	const figs = groups.length
		? await publishedFigures(groups.map((g) => PUBLISHED_INDICATOR[g]))
		: [];
	const out: Coverage[] = [];
	for (const period of periods) {
		if (!period) continue;
		const scope = await nationalScope(period);
		if (!scope.summed || !scope.regions.length) continue;
		const published: PublishedBeside[] = [];
		for (const g of groups) {
			const f = republicFigure(figs, PUBLISHED_INDICATOR[g], period);
			if (f)
				published.push({
					label: tr.t(`ind.${g}` as MessageKey),
					value: f.value,
					url: f.url,
					id: f.id
				});
		}
		out.push({ ...coverageOf(scope.regions, period), published });
	}
	return mergeRuns(out);
}

/** Consecutive periods with the same coverage (and nothing published beside) read as one range. */
export function mergeRuns(list: Coverage[]): Coverage[] {
	const same = (a: Coverage, b: Coverage) =>
		!a.published.length &&
		!b.published.length &&
		a.regions === b.regions &&
		a.of === b.of &&
		a.missing.join() === b.missing.join();
	const out: (Coverage & { first: string })[] = [];
	for (const c of list) {
		const last = out[out.length - 1];
		if (last && same(last, c)) Object.assign(last, { period: `${last.first}–${c.period}` });
		else out.push({ ...c, first: c.period });
	}
	return out.map(({ first: _first, ...c }) => c);
}

/** The republic's published figure per offence group for a period (null where none). */
export async function publishedByGroup(
	period: string,
	groups: readonly OffenceGroup[]
): Promise<Record<string, number | null>> {
	const figs = await publishedFigures(groups.map((g) => PUBLISHED_INDICATOR[g]));
	return Object.fromEntries(
		groups.map((g) => [g, republicFigure(figs, PUBLISHED_INDICATOR[g], period)?.value ?? null])
	);
}

/**
 * The findings in `sections` of the workbooks of `regions` for `periods`, one mark per section
 * and period, linking to /data filtered to them (and to the region when there is one).
 */
export async function findingMarks(
	periods: (string | null)[],
	regions: string[],
	sections: string[]
): Promise<FindingMark[]> {
	const counts = await findingCounts();
	const marks: FindingMark[] = [];
	for (const period of periods) {
		if (!period) continue;
		for (const section of sections) {
			const hits = counts.filter(
				(c) => c.period === period && c.section === section && regions.includes(c.region)
			);
			if (!hits.length) continue;
			const where = [...new Set(hits.map((h) => h.region))];
			const sp = new URLSearchParams({ period, section });
			if (where.length === 1) sp.set('region', where[0]);
			marks.push({
				section,
				period,
				regions: where,
				count: hits.reduce((a, h) => a + h.n, 0),
				href: `/data?${sp}#data-findings`
			});
		}
	}
	return marks;
}

/** The sections (of `marks`) a row's figure is read from, as the table's check mark: «⚑ R1-1». */
export function checkMark(marks: FindingMark[], sections: string[]): string | null {
	const hit = [...new Set(marks.filter((m) => sections.includes(m.section)).map((m) => m.section))];
	return hit.length ? `⚑ ${hit.join(', ')}` : null;
}

/** The findings behind national figures: in the workbooks the figure of each period is made of. */
export async function nationalFindings(
	periods: (string | null)[],
	sections: string[]
): Promise<FindingMark[]> {
	const out: FindingMark[] = [];
	for (const period of periods) {
		if (!period) continue;
		const scope = await nationalScope(period);
		out.push(...(await findingMarks([period], scope.regions, sections)));
	}
	return out;
}
