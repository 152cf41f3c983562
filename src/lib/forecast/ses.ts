// Simple exponential smoothing, i.e. ETS(A,N,N) with α and the initial level fitted by
// maximum likelihood. Gorr et al. (IJF 2003) found it the best of the simple methods for crime counts.

import { fitEtsSpec } from './ets-core';
import { checkSeries } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

export const ses: ForecastModel = {
	name: 'ses',
	minLength: () => 4,
	fit(y: readonly number[], _opts: FitOptions): FittedModel {
		checkSeries(y, 4, 'ses');
		const f = fitEtsSpec(y, { error: 'A', trend: 'N', season: 'N' }, 1);
		if (!f) throw new RangeError('ses: could not fit the series');
		return { ...f, method: 'ses' };
	}
};
