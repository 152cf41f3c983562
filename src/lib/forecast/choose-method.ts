// How the pipeline picks a method from the backtests: the candidates compared by default, the
// scores pooled over series, and the rule (lowest backtest MASE, the combination unless clearly
// beaten).

import type { SeriesBacktest } from './backtest';
import type { MethodChoice } from './fit-and-calibrate';
import { mean as avg } from './stats';
import type { MethodScore } from './types';

export function defaultCandidates(period: number): string[] {
	return period > 1
		? ['snaive', 'naive', 'theta', 'damped', 'ets', 'arima', 'combo']
		: ['naive', 'drift', 'theta', 'ets', 'combo'];
}

/**
 * The combination is kept unless another method's backtest MASE is lower by more than this
 * factor (1.15 chosen on M3 yearly; it balances the combination's robustness against the
 * series' own evidence for a simpler method).
 */
export const COMBO_MARGIN = 1.15;

const mean0 = (x: number[]) => (x.length ? avg(x) : NaN);

/** Picks the method with the lowest backtest MASE; the combination unless beaten by the margin. */
export function chooseMethod(scores: MethodScore[], margin = COMBO_MARGIN): MethodChoice {
	const ok = scores.filter((s) => Number.isFinite(s.mase));
	if (!ok.length)
		return { method: 'naive', reason: 'no method could be backtested; naive forecast' };
	const best = ok.reduce((a, b) => (b.mase < a.mase ? b : a));
	const combo = ok.find((s) => s.method === 'combo');
	if (combo && combo.mase <= best.mase * margin)
		return {
			method: 'combo',
			reason: `combination within ${Math.round((margin - 1) * 100)} % of the best backtest MASE (${best.method} ${best.mase.toFixed(3)})`
		};
	return {
		method: best.method,
		reason: `lowest backtest MASE ${best.mase.toFixed(3)} of ${ok.length} methods`
	};
}

/** Each method's mean backtest MASE and sMAPE over the given series' backtests. */
export function scoreMethods(bts: SeriesBacktest[], methods: string[]): MethodScore[] {
	return methods.map((m) => {
		const mase = bts.flatMap((b) => b[m]?.mase ?? []);
		const smape = bts.flatMap((b) => b[m]?.smape ?? []);
		return { method: m, mase: mean0(mase), smape: mean0(smape), n: mase.length };
	});
}
