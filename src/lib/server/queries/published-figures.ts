/**
 * Figures published by the Prosecutor General's Office, the Supreme Court and others
 * (table published_figure), each with its source. Used for long national series (registered
 * offences since 2011, convictions, acquittals, prison population) next to the forms.
 */
import { cachedQuery } from '../db';
import type { PublishedPoint } from '../../scenario/types';

/** A published figure as the scenario model reads it, plus what the views show and cite. */
export interface PublishedFigure extends PublishedPoint {
	regionLabel: string;
	notes: string | null;
	wholeYear: boolean;
	sha256: string;
}

export async function publishedFigures(indicators: string[]): Promise<PublishedFigure[]> {
	const rows = await cachedQuery<Record<string, unknown>>(
		`SELECT id, indicator, region_code, region_label, strftime(period_start, '%Y-%m-%d') AS s,
		        strftime(period_end, '%Y-%m-%d') AS e, value, unit, source_url, source_quote, notes,
		        source_sha256
		 FROM published_figure ORDER BY indicator, period_end, id`
	);
	return rows
		.filter((r) => indicators.includes(String(r.indicator)))
		.map((r) => {
			const s = (r.s as string | null) ?? null;
			const e = (r.e as string | null) ?? null;
			return {
				id: String(r.id),
				indicator: String(r.indicator),
				region: (r.region_code as string | null) ?? null,
				regionLabel: String(r.region_label),
				start: s,
				end: e,
				value: Number(r.value),
				unit: String(r.unit),
				url: String(r.source_url),
				quote: String(r.source_quote),
				notes: (r.notes as string | null) ?? null,
				wholeYear:
					!!s &&
					!!e &&
					s.endsWith('-01-01') &&
					e.endsWith('-12-31') &&
					s.slice(0, 4) === e.slice(0, 4),
				sha256: String(r.source_sha256)
			};
		});
}

/** National whole-year figures of one indicator: one per year (the first source when several disagree). */
export function nationalYearly(figs: PublishedFigure[], indicator: string): PublishedFigure[] {
	const seen = new Set<string>();
	return figs.filter((f) => {
		if (f.indicator !== indicator || !f.wholeYear || (f.region && f.region !== 'KZ')) return false;
		if (f.region === null && !/kazakhstan|казахстан/i.test(f.regionLabel)) return false;
		const y = f.end!.slice(0, 4);
		if (seen.has(y)) return false;
		seen.add(y);
		return true;
	});
}
