// The catalogue of forecasting methods by name, and the default combination per frequency.

import { arima } from './arima';
import { combinationModel } from './combination';
import { drift } from './drift';
import { ets } from './ets';
import { dampedHolt, holt } from './holt';
import { naive } from './naive';
import { ses } from './ses';
import { snaive } from './snaive';
import { otm, theta } from './theta';
import type { ForecastModel } from './types';

/**
 * Members of `combo`: annual ETS + Theta + drift (the "mean of three" with drift in place of
 * ARIMA for short series); seasonal data ETS + Theta + automatic ARIMA (R's mean of three).
 */
export function comboMembers(period: number): string[] {
	return period > 1 ? ['ets', 'theta', 'arima'] : ['ets', 'theta', 'drift'];
}

export const combo: ForecastModel = {
	name: 'combo',
	minLength: () => 4,
	fit: (y, opts) =>
		combinationModel(
			'combo',
			comboMembers(opts.period).map((n) => MODELS[n])
		).fit(y, opts)
};

export const MODELS: Record<string, ForecastModel> = {
	naive,
	snaive,
	drift,
	arima,
	ses,
	holt,
	damped: dampedHolt,
	ets,
	theta,
	otm,
	combo
};

export const METHOD_NAMES = Object.keys(MODELS);

export function getModel(name: string): ForecastModel {
	const m = MODELS[name];
	if (!m)
		throw new RangeError(`unknown forecasting method "${name}"; known: ${METHOD_NAMES.join(', ')}`);
	return m;
}
