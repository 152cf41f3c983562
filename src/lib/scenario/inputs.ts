/**
 * Published figures → the model's inputs. Only national rows are used; every annual value and
 * every stock keeps the id of the published row it comes from, and every row left out is listed
 * with the reason, so a user can see what the calibration rests on. Shares of convicts sent to
 * prison that the sources give only inside a quote («… including the imprisonment 5313 or
 * 40.1%») are read from that quote, and the quote is checked to contain the figure.
 */
import type { PublishedPoint, ScenarioInputs, StockObservation, YearValue } from './types';

/** Shares stated only in the quote of a published row: the row id and the words checked. */
export const QUOTED_SHARES: readonly {
	year: number;
	value: number;
	id: string;
	words: string;
	what: string;
}[] = [
	{
		year: 2013,
		value: 5313 / 13238,
		id: 'kzpf-020',
		words: '5313',
		what: 'H1 2013: 5,313 of 13,238 convicts sentenced to imprisonment (40.1 %)'
	},
	{
		year: 2018,
		value: 0.25,
		id: 'kzpf-023',
		words: '25%',
		what: 'H1 2018: «25% из которых приговорены к лишению свободы» of 16,302 convicts'
	}
];

const APPROX = /approx|more than|почти|около|более|чуть|start of year|after 11 months/i;

/** Decimal year of an ISO date: 2018-12-31 → 2018.997, 2019-01-01 → 2019.0. */
export function decimalYear(iso: string): number {
	const y = Number(iso.slice(0, 4));
	const start = Date.UTC(y, 0, 1);
	const next = Date.UTC(y + 1, 0, 1);
	const d = Date.UTC(y, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
	return y + (d - start) / (next - start);
}

function wholeYear(p: PublishedPoint): number | null {
	if (!p.start || !p.end) return null;
	const y = p.start.slice(0, 4);
	return p.start === `${y}-01-01` && p.end === `${y}-12-31` ? Number(y) : null;
}

function stocks(
	points: PublishedPoint[],
	indicator: string,
	excluded: ScenarioInputs['excluded']
): StockObservation[] {
	const out: StockObservation[] = [];
	for (const p of points.filter((q) => q.indicator === indicator)) {
		if (!p.end) {
			excluded.push({ id: p.id, reason: `${indicator}: the source gives no date` });
			continue;
		}
		out.push({
			id: p.id,
			date: p.end,
			t: decimalYear(p.end),
			value: p.value,
			unit: p.unit,
			approx: APPROX.test(p.unit)
		});
	}
	return out.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
}

/** The national inputs of the model from published figures (any order, any indicators). */
export function scenarioInputs(all: readonly PublishedPoint[]): ScenarioInputs {
	const excluded: ScenarioInputs['excluded'] = [];
	const points = all.filter((p) => p.region === 'KZ');
	const convictions: YearValue[] = [];
	const halfYear = new Map<string, PublishedPoint>();
	for (const p of points.filter((q) => q.indicator === 'convicted_persons')) {
		const y = wholeYear(p);
		if (y === null) {
			if (p.start && p.end && p.start.slice(0, 4) !== p.end.slice(0, 4))
				excluded.push({ id: p.id, reason: 'convicted_persons: a total over several years' });
			else {
				halfYear.set(`${p.start}|${p.end}`, p);
				excluded.push({ id: p.id, reason: 'convicted_persons: part of a year' });
			}
			continue;
		}
		if (convictions.some((c) => c.year === y)) {
			excluded.push({ id: p.id, reason: `convicted_persons: a second figure for ${y}` });
			continue;
		}
		convictions.push({ year: y, value: p.value, source: p.id });
	}
	convictions.sort((a, b) => a.year - b.year);

	const imprisonmentShare: YearValue[] = [];
	for (const p of points.filter(
		(q) => q.indicator === 'convicted_persons_sentenced_to_imprisonment'
	)) {
		const of = halfYear.get(`${p.start}|${p.end}`);
		if (!of || !p.start) {
			excluded.push({
				id: p.id,
				reason: 'imprisonment: no convictions figure for the same period'
			});
			continue;
		}
		imprisonmentShare.push({
			year: Number(p.start.slice(0, 4)),
			value: p.value / of.value,
			source: `${p.id} / ${of.id}`
		});
	}
	for (const s of QUOTED_SHARES) {
		const row = points.find((p) => p.id === s.id);
		if (!row) continue;
		if (!row.quote.includes(s.words))
			throw new RangeError(
				`published row ${s.id} no longer quotes «${s.words}» (${s.what}); update QUOTED_SHARES in src/lib/scenario/inputs.ts`
			);
		if (!imprisonmentShare.some((v) => v.year === s.year))
			imprisonmentShare.push({ year: s.year, value: s.value, source: `${s.id} (quote)` });
	}
	imprisonmentShare.sort((a, b) => a.year - b.year);

	const capacity = stocks(points, 'pretrial_capacity', excluded);
	return {
		convictions,
		imprisonmentShare,
		prison: stocks(points, 'prison_population', excluded),
		probation: stocks(points, 'probation_registered', excluded),
		pretrialDetainees: stocks(points, 'pretrial_detainees', excluded),
		pretrialCapacity: capacity.at(-1) ?? null,
		amnesty: stocks(points, 'amnesty_applied_persons', excluded),
		excluded
	};
}
