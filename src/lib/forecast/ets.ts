// Automatic ETS: fits every admissible ETS(error, trend, season) model (no multiplicative
// trend; no additive error with multiplicative season; multiplicative parts only for strictly
// positive data; seasonal parts only for period > 1 and at least two full seasons) and keeps the
// one with the smallest AICc, as R's forecast::ets() does.

import { fitEtsSpec, type EtsFit, type EtsSpec, type SeasonType, type TrendType } from './ets-core';
import { checkSeries } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

export function admissibleSpecs(y: readonly number[], period: number): EtsSpec[] {
	const positive = y.every((v) => v > 0);
	const seasonal = period > 1 && y.length >= 2 * period + 2;
	const trends: TrendType[] = ['N', 'A', 'Ad'];
	const seasons: SeasonType[] = seasonal ? ['N', 'A', 'M'] : ['N'];
	const out: EtsSpec[] = [];
	for (const error of positive ? (['A', 'M'] as const) : (['A'] as const))
		for (const trend of trends)
			for (const season of seasons) {
				if (season === 'M' && (error === 'A' || !positive)) continue;
				out.push({ error, trend, season });
			}
	return out;
}

export function autoEts(y: readonly number[], period: number, specs?: EtsSpec[]): EtsFit {
	let best: EtsFit | null = null;
	for (const spec of specs ?? admissibleSpecs(y, period)) {
		const f = fitEtsSpec(y, spec, period);
		if (f && (!best || f.aicc < best.aicc)) best = f;
	}
	if (!best) throw new RangeError(`ets: no admissible model could be fitted to ${y.length} points`);
	return best;
}

export const ets: ForecastModel = {
	name: 'ets',
	minLength: () => 4,
	fit(y: readonly number[], opts: FitOptions): FittedModel {
		checkSeries(y, 4, 'ets');
		return autoEts(y, opts.period);
	}
};
