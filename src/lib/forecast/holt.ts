// Holt's linear trend method and its damped variant (Gardner & McKenzie), as the additive-error
// state-space models ETS(A,A,N) and ETS(A,Ad,N) fitted by maximum likelihood.

import { fitEtsSpec } from './ets-core';
import { checkSeries } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

function holtModel(name: 'holt' | 'damped', damped: boolean): ForecastModel {
	const min = damped ? 7 : 6;
	return {
		name,
		minLength: () => min,
		fit(y: readonly number[], _opts: FitOptions): FittedModel {
			checkSeries(y, min, name);
			const f = fitEtsSpec(y, { error: 'A', trend: damped ? 'Ad' : 'A', season: 'N' }, 1);
			if (!f) throw new RangeError(`${name}: could not fit the series`);
			return { ...f, method: name };
		}
	};
}

export const holt = holtModel('holt', false);
export const dampedHolt = holtModel('damped', true);
