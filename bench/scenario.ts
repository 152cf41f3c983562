// Scenario backtest (issue #18): calibrate the stock-flow model on the figures published up
// to 2018, project 2019–2024, and compare with what was published then — error and interval
// coverage of the model beside the naive and drift projections of the stock itself. Twice:
// convictions forecast from the window (what one knew in 2018), and convictions as published
// later (the stock-flow alone). Prints Markdown; bench/results/scenario.md keeps the runs.
//   npm run bench:scenario [-- --cutoff 2018-12-31 --until 2024-12-31]

import {
	backtestScenario,
	scenarioInputs,
	unseenBreaks,
	type StockBacktest
} from '../src/lib/scenario/index.ts';
import { readPublishedPoints } from '../src/lib/scenario/node/published-csv.ts';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : dflt;
};
const cutoff = opt('cutoff', '2018-12-31');
const until = opt('until', '2024-12-31');
const r = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)} %` : '–');

function printStock(title: string, b: StockBacktest) {
	console.log(`\n#### ${title}\n`);
	console.log('| published | date | figure | model | 80 % | 95 % | naive | drift |');
	console.log('| --- | --- | ---: | ---: | --- | --- | ---: | ---: |');
	for (const p of b.points)
		console.log(
			`| ${p.id} | ${p.date} | ${r(p.published)} | ${r(p.model)} | ${r(p.lo80)}–${r(p.hi80)} | ${r(p.lo95)}–${r(p.hi95)} | ${r(p.naive)} | ${r(p.drift)} |`
		);
	console.log('\n| projection | MAE | MAPE | 80 % coverage | 95 % coverage | 95 % width |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
	console.log(
		`| stock-flow | ${r(b.model.mae)} | ${b.model.mape.toFixed(1)} % | ${pct(b.coverage80)} | ${pct(b.coverage95)} | ${r(b.width95)} |`
	);
	console.log(`| naive | ${r(b.naive.mae)} | ${b.naive.mape.toFixed(1)} % | | | |`);
	console.log(`| drift | ${r(b.drift.mae)} | ${b.drift.mape.toFixed(1)} % | | | |`);
	const inside = b.points.filter((p) => p.published >= p.lo95 && p.published <= p.hi95).length;
	console.log(
		`\nGoals: error below drift's — ${b.model.mae < b.drift.mae ? 'met' : 'NOT met'} (MAE ${r(b.model.mae)} vs ${r(b.drift.mae)}); ` +
			`published figures inside the 95 % interval — ${inside === b.points.length ? 'met' : 'NOT met'} (${inside} of ${b.points.length}). ` +
			`Naive: ${b.model.mae < b.naive.mae ? 'beaten' : 'NOT beaten'} (MAE ${r(b.naive.mae)}).`
	);
}

const t0 = performance.now();
const inputs = scenarioInputs(readPublishedPoints());
console.log(`## Scenario backtest: fit ≤ ${cutoff}, compare up to ${until}\n`);
for (const convictions of ['forecast', 'published'] as const) {
	const b = backtestScenario(inputs, { cutoff, until, convictions });
	const c = b.calibration;
	console.log(
		`\n### Convictions ${convictions === 'forecast' ? `forecast from ${c.convictions.published[0].year}–${c.convictions.published.at(-1)!.year} (${c.convictions.method})` : `as published through ${c.convictions.published.at(-1)!.year}, forecast after`}\n`
	);
	console.log(
		`Calibration: start ${c.prisonInitialIds.join(', ')} = ${r(c.prisonInitial)} (end of ${c.baseYear}); ` +
			`mean time served ${c.stay.value} years (95 % of refits ${c.stay.low}–${c.stay.high}); pre-trial ${r(c.pretrial.value)} (${r(c.pretrial.low)}–${r(c.pretrial.high)}, ${c.pretrial.basis}); ` +
			`probation inflow share ${c.probationShare.value.toFixed(2)} (supervision ${c.supervision.value} years, assumption); log RMSE prison ${c.sigmaPrison.toFixed(3)}, probation ${c.sigmaProbation.toFixed(3)}.`
	);
	printStock('Prison population', b.prison);
	printStock('Probation caseload', b.probation);
}
console.log('\n### Breaks the model cannot see\n');
for (const k of unseenBreaks(inputs.amnesty))
	console.log(`- ${k.date || 'any time'} ${k.id}: ${k.what}`);
console.error(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
