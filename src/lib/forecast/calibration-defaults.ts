// Built-in pooled conformal quantiles for single-series forecasts, learned by
// `bench/forecast-calibrate.ts` from rolling-origin backtests on the M3 series
// (annual: yearly series cut to their last 10 points; monthly: monthly series).
// Regenerate with `npx tsx bench/forecast-calibrate.ts`.

import type { Calibration } from './conformal';

export const DEFAULT_CALIBRATION: Record<'annual' | 'monthly', Calibration> = {
	annual: {},
	monthly: {}
};
