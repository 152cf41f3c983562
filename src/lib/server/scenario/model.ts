/**
 * The scenario model of the web tier: the published figures the warehouse holds
 * (published_figure), the calibration and the backtest computed once per warehouse generation
 * (about a second of CPU; a generation never changes), then one projection per request.
 */
import {
	backtestScenario,
	calibrate,
	scenarioInputs,
	type Calibration,
	type PublishedPoint,
	type ScenarioBacktest,
	type ScenarioInputs
} from '../../scenario';
import { generationKey } from '../db';
import { publishedFigures } from '../queries/published-figures';

/** The indicators the model reads (src/lib/scenario/inputs.ts). */
export const SCENARIO_INDICATORS = [
	'convicted_persons',
	'convicted_persons_sentenced_to_imprisonment',
	'prison_population',
	'probation_registered',
	'pretrial_detainees',
	'pretrial_capacity',
	'amnesty_applied_persons'
];

export interface ScenarioModel {
	inputs: ScenarioInputs;
	calibration: Calibration;
	backtest: ScenarioBacktest;
	/** Published row id → URL, for the sources of every figure used. */
	urls: Record<string, string>;
}

const cache = new Map<string, Promise<ScenarioModel>>();

async function build(): Promise<ScenarioModel> {
	const figs = await publishedFigures(SCENARIO_INDICATORS);
	const points: PublishedPoint[] = figs.map((f) => ({
		id: f.id,
		indicator: f.indicator,
		region: f.region,
		start: f.start,
		end: f.end,
		value: f.value,
		unit: f.unit,
		url: f.url,
		quote: f.quote
	}));
	const inputs = scenarioInputs(points);
	return {
		inputs,
		calibration: calibrate(inputs),
		backtest: backtestScenario(inputs),
		urls: Object.fromEntries(figs.map((f) => [f.id, f.url]))
	};
}

/** The calibrated model of the current warehouse generation. */
export function scenarioModel(): Promise<ScenarioModel> {
	const key = generationKey();
	let hit = cache.get(key);
	if (!hit) {
		// requests pinned to the previous generation may still arrive: keep a few, oldest out
		if (cache.size >= 4) cache.delete(cache.keys().next().value as string);
		hit = build();
		cache.set(key, hit);
		hit.catch(() => cache.delete(key));
	}
	return hit;
}
