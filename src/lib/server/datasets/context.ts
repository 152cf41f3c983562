/**
 * What every view needs before its own figures: the period asked for (or the default), the
 * same period last year (АППГ), and per-region indicators for a period computed from the
 * forms and population — shared by Overview, Regions, Region profile and Priorities.
 */
import { samePeriodLastYear } from '../../domain/periods';
import { CURRENT_REGIONS } from '../../domain/regions';
import { changePct, ratePer10k, sharePct } from '../../domain/indicators';
import { listPeriods, pickDefaultPeriod, type PeriodRow } from '../queries/periods';
import {
	nationalFrom,
	registeredOffences,
	type RegisteredRow
} from '../queries/registered-offences';
import { populationIndex } from '../queries/population';
import { pick, sectionTotals } from '../queries/offender-categories';
import type { ViewQuery } from '../params';
import { BadRequest } from '../params';
import type { Translator } from '../../i18n';
import { SEVERITY_ROWS, type OffenceGroup } from '../../domain/view-options';
import { regionOutcomes } from './outcome-shares';

export interface PeriodContext {
	periods: PeriodRow[];
	period: string | null;
	previous: string | null;
}

export async function periodContext(q: ViewQuery): Promise<PeriodContext> {
	const periods = await listPeriods();
	if (q.period && !periods.some((p) => p.period === q.period)) {
		throw new BadRequest(
			`period ${q.period} is not in the warehouse; available: ${periods.map((p) => p.period).join(', ') || 'none'}`,
			'invalid_parameter',
			{ names: 'period' },
			'period'
		);
	}
	const period = q.period ?? pickDefaultPeriod(periods);
	return { periods, period, previous: period ? samePeriodLastYear(period) : null };
}

/**
 * Why there is no comparison with the same period last year, said once for a group of
 * figures («АППГ: в хранилище нет данных за 2021»), or null when the warehouse holds it.
 */
export function previousMissing(ctx: PeriodContext, tr: Translator): string | null {
	if (!ctx.period || !ctx.previous) return null;
	if (ctx.periods.some((p) => p.period === ctx.previous)) return null;
	return tr.t('appg.missing').replace('{period}', tr.period(ctx.previous));
}

export interface RegionIndicators {
	code: string;
	count: number | null;
	previous: number | null;
	crimes: number | null;
	grave: number | null;
	rate: number | null;
	change: number | null;
	grave_share: number | null;
	recidivism: number | null;
	juveniles: number | null;
	damage_recovery: number | null;
	/** Finished ÷ registered in the period, % (R1-1 графа 7 ÷ графа 1 of the group's row). */
	clearance: number | null;
	synthetic: boolean;
}

function indicatorsOf(
	code: string,
	cur: RegisteredRow | null | undefined,
	prev: RegisteredRow | null | undefined,
	group: keyof RegisteredRow,
	pop: number | null,
	cells: Awaited<ReturnType<typeof sectionTotals>>,
	period: string
): RegionIndicators {
	const count = (cur?.[group] as number | null | undefined) ?? null;
	const previous = (prev?.[group] as number | null | undefined) ?? null;
	const grave =
		cur && cur.grave !== null && cur.especially_grave !== null
			? cur.grave + cur.especially_grave
			: null;
	const finished = pick(cells, code, period, 'R2', '1');
	return {
		code,
		count,
		previous,
		crimes: cur?.crimes ?? null,
		grave,
		rate: ratePer10k(count, pop),
		change: changePct(count, previous),
		grave_share: sharePct(grave, cur?.crimes),
		recidivism: sharePct(pick(cells, code, period, 'R2', '5'), finished),
		juveniles: sharePct(pick(cells, code, period, 'R2', '3'), finished),
		damage_recovery: sharePct(
			pick(cells, code, period, 'R4', '7'),
			pick(cells, code, period, 'R4', '1')
		),
		clearance: null,
		synthetic: cur?.synthetic ?? false
	};
}

/** Indicators for the 20 regions and the country; a region without a workbook has nulls. */
export async function regionIndicators(
	period: string,
	group: string
): Promise<{ regions: RegionIndicators[]; country: RegionIndicators; partial: boolean }> {
	const prevKey = samePeriodLastYear(period);
	const [cur, prev, pop, cells, outcomes] = await Promise.all([
		registeredOffences(period),
		registeredOffences(prevKey),
		populationIndex(),
		sectionTotals({ period }),
		regionOutcomes(period, SEVERITY_ROWS[group as OffenceGroup] ?? SEVERITY_ROWS.all)
	]);
	const year = Number(period.slice(0, 4));
	const g = group as keyof RegisteredRow;
	const regions = CURRENT_REGIONS.map((r) =>
		indicatorsOf(
			r.code,
			cur.find((x) => x.region === r.code),
			prev.find((x) => x.region === r.code),
			g,
			pop(r.code, year),
			cells,
			period
		)
	);
	const nat = nationalFrom(cur, period);
	const natPrev = nationalFrom(prev, prevKey);
	// Sum of regions only compares with the sum of the same regions last year.
	const country = indicatorsOf('KZ', nat, natPrev, g, pop('KZ', year), cells, period);
	if (nat?.partial) {
		const covered = regions.filter((r) => r.count !== null);
		const popSum = covered.reduce((a, r) => a + (pop(r.code, year) ?? 0), 0);
		country.rate = ratePer10k(country.count, popSum || null);
		const prevSum = covered.every((r) => r.previous !== null)
			? covered.reduce((a, r) => a + (r.previous as number), 0)
			: null;
		country.previous = prevSum;
		country.change = changePct(country.count, prevSum);
		const sumCells = (section: string, grafa: string) => {
			const xs = covered.map((r) => pick(cells, r.code, period, section, grafa));
			return xs.every((x) => x !== null) ? (xs as number[]).reduce((a, b) => a + b, 0) : null;
		};
		country.recidivism = sharePct(sumCells('R2', '5'), sumCells('R2', '1'));
		country.juveniles = sharePct(sumCells('R2', '3'), sumCells('R2', '1'));
		country.damage_recovery = sharePct(sumCells('R4', '7'), sumCells('R4', '1'));
	}
	// Clearance of the same row: the country's is the ratio of the regions' sums (outcome-shares.ts).
	for (const r of regions) r.clearance = outcomes.regions.get(r.code)?.finished ?? null;
	country.clearance = outcomes.country?.finished ?? null;
	return { regions, country, partial: !!nat?.partial };
}
