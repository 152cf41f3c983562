/**
 * The mixed, uncached scenario of `npm run bench:http` (issue 14): what the warehouse holds is
 * read from the running server (bench/http-mix.ts's vocabulary), a seeded list of distinct
 * URLs is made from it, and autocannon sends it at 20 connections for BENCH_SECONDS, each
 * request the next URL of the one list (connections never send the same URL at the same
 * time). Prints req/s, p50/p95/p99, errors and non-2xx against the goal, the distinct URLs and
 * repeats of the run, p50/p95/p99 per route family, and /api/v1/health's p95 during the load
 * and alone at the same connections.
 */
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { treeCpuSeconds, treeProcesses } from './proc-cpu';
import { METHOD_NAMES } from '../src/lib/forecast/registry';
import { REGIONS } from '../src/lib/domain/regions';
import {
	FAMILY_WEIGHTS,
	mixedRequests,
	percentile,
	repeatStats,
	requestKey,
	type MixRequest,
	type MixVocabulary
} from './http-mix';
import {
	FORECAST_SERIES,
	INDICATORS as DOMAIN_INDICATORS,
	OFFENCE_GROUPS
} from '../src/lib/domain/view-options';

/** The part of autocannon's API used here (the package ships no types). */
interface Result {
	requests: { average: number; total: number };
	duration: number;
	errors: number;
	timeouts: number;
	non2xx: number;
}
interface Instance extends PromiseLike<Result> {
	on(
		event: 'response',
		fn: (client: unknown, status: number, bytes: number, ms: number) => void
	): void;
}
interface RawRequest {
	method: string;
	path: string;
	headers: Record<string, string>;
}
interface Context {
	r?: MixRequest;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: {
	url: string;
	connections: number;
	duration: number;
	requests?: {
		method: string;
		setupRequest: (req: RawRequest, ctx: Context) => RawRequest;
		onResponse: (status: number, body: string, ctx: Context) => void;
	}[];
}) => Instance;

export const GOAL = { rps: 400, p99: 250, healthP95: 5 };

// The filters' vocabularies from their one pure home (server/params.ts would load DuckDB).
const INDICATORS = [...DOMAIN_INDICATORS];
const GROUPS = [...OFFENCE_GROUPS];
const SERIES = [...FORECAST_SERIES];
/** Sheets of the forms (docs: ../shared/docs/domain.md); the bench keeps those the warehouse has. */
const FORM_SECTIONS: Record<string, string[]> = {
	'1-M': [
		'R1',
		'R1-1',
		'R1-2',
		'R2',
		'R3',
		'R3-1',
		'R4',
		'R4-1',
		...Array.from({ length: 7 }, (_, i) => `R${i + 5}`),
		...Array.from({ length: 11 }, (_, i) => `PRIL${i + 1}`)
	],
	'СНГ-1': ['R1', 'R2', 'R3']
};
/** A section is listed whole (no row) only when this many cells or fewer match for one region. */
const WHOLE_SECTION_MAX = 5000;
/** Datasets whose builder reads the period (bench/http-mix.ts's datasetParams gives them one). */
const READS_PERIOD = /^(overview|regions|profile|priorities|offences|penitentiary|data)-/;
/** Requests per family in the one-at-a-time pass after the load. */
const SERIAL_PER_FAMILY = 3;

interface Json {
	rows?: Record<string, unknown>[];
	chartKind?: string | null;
	error?: { message: string };
}

/**
 * What the warehouse holds and the views offer, read through the API the way a client would.
 * Returns the vocabulary and every URL asked for (they count as seen: a repeat of one of
 * them in the run is a repeat).
 */
export async function discover(base: string): Promise<{ vocab: MixVocabulary; asked: string[] }> {
	const asked: string[] = [];
	const get = async (path: string): Promise<{ status: number; body: Json }> => {
		asked.push(requestKey({ lang: 'ru', path }));
		const r = await fetch(base + path);
		return { status: r.status, body: (await r.json()) as Json };
	};
	const regions = REGIONS.filter((r) => r.kind !== 'country').map((r) => r.code);
	const list = (await (await fetch(`${base}/api/v1/datasets`)).json()) as {
		datasets: { id: string }[];
	};
	asked.push(requestKey({ lang: 'ru', path: '/api/v1/datasets' }));
	const datasets: string[] = [];
	const charted: string[] = [];
	const needsRegion: string[] = [];
	for (const { id } of list.datasets) {
		const { status, body } = await get(`/api/v1/data/${id}.json?region=${regions[0]}`);
		if (status !== 200) {
			console.error(`mix: leaving out dataset ${id} (${status}: ${body.error?.message ?? ''})`);
			continue;
		}
		datasets.push(id);
		if (body.chartKind) charted.push(id);
		if ((await get(`/api/v1/data/${id}.json`)).status !== 200) needsRegion.push(id);
	}
	// A forecast that cannot be made (too few years) is a 200 panel without rows, whose reason
	// is its note: it has no chart, so its .svg is a 404 ("has no chart"). Keep the series the
	// country can forecast and the regions whose whole series can be: those with rows.
	const forecastable = async (q: string) => {
		const { status, body } = await get(`/api/v1/data/forecast-series.json?${q}`);
		return status === 200 && (body.rows?.length ?? 0) > 0;
	};
	const forecastSeries: string[] = [];
	const forecastRegions: string[] = [];
	if (datasets.includes('forecast-series')) {
		for (const series of SERIES)
			if (await forecastable(`series=${series}`)) forecastSeries.push(series);
		for (const region of [...regions, 'KZ'])
			if (await forecastable(`region=${region}`)) forecastRegions.push(region);
	}
	const sources = (await get('/api/v1/data/data-sources.json?limit=10000')).body.rows ?? [];
	const periodsOf = (form: string) =>
		[...new Set(sources.filter((s) => s.form === form).map((s) => String(s.period)))].sort();
	const periods = periodsOf('1-M');
	// A panel of some periods has no chart (no rows: e.g. the changes against a year before
	// that is not held): its .svg is a 404. Each charted dataset that reads the period is asked
	// for each period (and the default, '') with its other filters at their defaults.
	const chartless: Record<string, string[]> = {};
	const byPeriod = charted.filter((id) => READS_PERIOD.test(id));
	const probes = byPeriod.flatMap((id) => ['', ...periods].map((period) => ({ id, period })));
	for (let i = 0; i < probes.length; i += 4)
		await Promise.all(
			probes.slice(i, i + 4).map(async ({ id, period }) => {
				const q = new URLSearchParams();
				if (needsRegion.includes(id)) q.set('region', regions[0]);
				if (period) q.set('period', period);
				const { status, body } = await get(`/api/v1/data/${id}.json?${q}`);
				if (status === 200 && !body.chartKind) (chartless[id] ??= []).push(period);
			})
		);
	for (const [id, ps] of Object.entries(chartless))
		console.error(
			`mix: no .svg of ${id} for ${ps.length} period(s): ${ps.map((p) => p || 'default').join(', ')}`
		);
	const cellForms: MixVocabulary['cellForms'] = [];
	for (const [form, candidates] of Object.entries(FORM_SECTIONS)) {
		const held = periodsOf(form);
		if (!held.length) continue;
		const latest = held[held.length - 1];
		const inForm = sources.filter((s) => s.form === form);
		const formRegions = [...new Set(inForm.map((s) => String(s.region)))].filter((r) =>
			regions.includes(r)
		);
		const probeRegion = inForm.find(
			(s) => s.period === latest && regions.includes(String(s.region))
		)?.region as string | undefined;
		if (!probeRegion) continue;
		const sections: string[] = [];
		for (const section of candidates) {
			const q = new URLSearchParams({ form, period: latest, region: probeRegion, section });
			const { status, body } = await get(`/api/v1/cells.json?${q}&limit=${WHOLE_SECTION_MAX}`);
			if (status === 200 && body.rows?.length) sections.push(section);
		}
		cellForms.push({ form, periods: held, regions: formRegions, sections });
	}
	// Row codes of Form 1-M: every row of R1-1 (chapters, articles) in one region, else the chapters.
	const m = cellForms.find((c) => c.form === '1-M');
	let rows: string[] = [];
	if (m) {
		const q = new URLSearchParams({
			form: '1-M',
			period: m.periods[m.periods.length - 1],
			region: m.regions[0],
			section: 'R1-1'
		});
		const { body } = await get(`/api/v1/cells.json?${q}&limit=10000`);
		rows = [...new Set((body.rows ?? []).map((r) => String(r.row)))];
	}
	if (!rows.length)
		rows = ((await get('/api/v1/data/offences-table.json')).body.rows ?? []).map((r) =>
			String(r.row)
		);
	const years = [
		...new Set(
			((await get('/api/v1/data/courts-articles.json')).body.rows ?? []).map((r) => Number(r.year))
		)
	].filter(Number.isFinite);
	const dataRegions = [
		...new Set(sources.filter((s) => s.form === '1-M').map((s) => String(s.region)))
	].filter((r) => regions.includes(r));
	return {
		vocab: {
			regions,
			dataRegions,
			periods,
			datasets,
			charted,
			needsRegion,
			chartless,
			forecastSeries,
			forecastRegions,
			rows,
			years,
			cellForms,
			sections: m?.sections ?? [],
			indicators: INDICATORS,
			groups: GROUPS,
			series: SERIES,
			methods: ['auto', ...METHOD_NAMES],
			horizons: [1, 2, 3, 4, 5]
		},
		asked
	};
}

interface Tally {
	times: number[];
	statuses: Map<number, number>;
	example?: string;
}

function tally(map: Map<string, Tally>, key: string): Tally {
	let t = map.get(key);
	if (!t) map.set(key, (t = { times: [], statuses: new Map() }));
	return t;
}

const ms = (x: number) => x.toFixed(1).padStart(8);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** Sequential health requests every `everyMs` until `stop()`; the latencies in ms. */
function probeHealth(base: string, everyMs: number): { stop: () => Promise<number[]> } {
	const times: number[] = [];
	let running = true;
	const loop = (async () => {
		while (running) {
			const t0 = performance.now();
			await fetch(`${base}/api/v1/health`).then(
				(r) => r.arrayBuffer(),
				() => null
			);
			times.push(performance.now() - t0);
			await new Promise((r) => setTimeout(r, everyMs));
		}
	})();
	return {
		stop: async () => {
			running = false;
			await loop;
			return times.sort((a, b) => a - b);
		}
	};
}

export interface MixedFigures {
	rps: number;
	p50: number;
	p99: number;
	errors: number;
	non2xx: number;
	healthP95: number;
}

/** Run the mixed scenario on the server at `base` and print its figures. */
export async function runMixed(
	base: string,
	opts: { seconds: number; connections: number; seed: number; serverPid?: number }
): Promise<MixedFigures> {
	const { vocab, asked } = await discover(base);
	// more URLs than the run can send even at ten times the goal
	const plan = mixedRequests(vocab, Math.max(5000, opts.seconds * 4000), opts.seed);
	const planStats = repeatStats(plan.map(requestKey));
	let next = 0;
	let answered: MixRequest | undefined;
	const done: MixRequest[] = [];
	const families = new Map<string, Tally>();
	const formats = new Map<string, Tally>();
	const all: number[] = [];
	const health = probeHealth(base, 100);
	const load0 = loadavg()[0];
	const cpu0 = opts.serverPid ? treeCpuSeconds(opts.serverPid) : null;
	const client0 = process.cpuUsage();
	const t0 = performance.now();
	const instance = autocannon({
		url: base,
		connections: opts.connections,
		duration: opts.seconds,
		requests: [
			{
				method: 'GET',
				setupRequest: (req, ctx) => {
					const r = plan[next++ % plan.length];
					ctx.r = r;
					return { ...req, path: r.path, headers: { ...req.headers, ...r.headers } };
				},
				// runs just before the instance's 'response' event of the same response
				onResponse: (_status, _body, ctx) => {
					answered = ctx.r;
				}
			}
		]
	});
	instance.on('response', (_c, status, _bytes, t) => {
		const r = answered;
		answered = undefined;
		all.push(t);
		if (!r) return;
		done.push(r);
		const fmt = r.path.startsWith('/api/')
			? `api .${/\.(\w+)(\?|$)/.exec(r.path.split('?')[0])?.[1] ?? '?'}`
			: 'page';
		for (const t2 of [tally(families, r.family), tally(formats, fmt)]) {
			t2.times.push(t);
			t2.statuses.set(status, (t2.statuses.get(status) ?? 0) + 1);
			if ((status < 200 || status >= 300) && !t2.example) t2.example = `${status} ${r.path}`;
		}
	});
	const result = await instance;
	const elapsed = (performance.now() - t0) / 1000;
	const cpu1 = opts.serverPid ? treeCpuSeconds(opts.serverPid) : null;
	const client = process.cpuUsage(client0);
	const load1 = loadavg()[0];
	const during = await health.stop();
	all.sort((a, b) => a - b);
	const run = repeatStats(done.map(requestKey), asked);

	// health alone, same connections, same length, right after
	const healthTimes: number[] = [];
	const h = autocannon({
		url: `${base}/api/v1/health`,
		connections: opts.connections,
		duration: opts.seconds
	});
	h.on('response', (_c, _s, _b, t) => healthTimes.push(t));
	const hr = await h;
	healthTimes.sort((a, b) => a - b);

	// The same families one request at a time, URLs the run did not send: the work of a
	// request without the queue in front of it.
	const alone = new Map<string, Tally>();
	for (const r of plan.slice(next)) {
		const t = tally(alone, r.family);
		if (t.times.length >= SERIAL_PER_FAMILY) continue;
		const t1 = performance.now();
		const res = await fetch(base + r.path, { headers: r.headers });
		await res.arrayBuffer();
		t.times.push(performance.now() - t1);
		t.statuses.set(res.status, (t.statuses.get(res.status) ?? 0) + 1);
		if ([...alone.values()].every((x) => x.times.length >= SERIAL_PER_FAMILY)) break;
	}

	const rps = done.length / elapsed;
	const p50 = percentile(all, 50);
	const p95 = percentile(all, 95);
	const p99 = percentile(all, 99);
	const healthP95 = percentile(healthTimes, 95);
	const errors = result.errors;
	const non2xx = result.non2xx;
	console.log(
		`\nMixed, uncached — ${opts.connections} connections, ${opts.seconds} s, seed ${opts.seed}`
	);
	console.log(
		`mix: ${vocab.regions.length} regions, ${vocab.periods.length} periods (${vocab.periods[0]} … ${vocab.periods[vocab.periods.length - 1]}), ` +
			`${vocab.datasets.length} datasets (${vocab.charted.length} with .svg, ${vocab.needsRegion.length} only with a region), ${vocab.rows.length} row codes, ` +
			`forecasts of ${vocab.forecastSeries.length} series × ${vocab.forecastRegions.length} regions (KZ included), ` +
			`cells of ${vocab.cellForms.map((c) => `${c.form} (${c.sections.length} sections)`).join(', ') || 'none'}; ` +
			`weights ${Object.entries(FAMILY_WEIGHTS)
				.map(([f, w]) => `${f} ${w}`)
				.join(', ')}`
	);
	console.log(
		`plan: ${planStats.requests} requests, ${planStats.distinct} distinct URLs; ` +
			`the run answered ${run.requests}: ${run.distinct} distinct URLs, ${run.repeats} repeats ` +
			`(${(run.repeatShare * 100).toFixed(1)} %, counting the ${asked.length} URLs of the discovery before it)`
	);
	console.log(
		`requests/s ${rps.toFixed(0)} (autocannon's per-second mean ${result.requests.average.toFixed(0)}); ` +
			`latency p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${all[all.length - 1]?.toFixed(0)} ms; ` +
			`errors ${errors} (timeouts ${result.timeouts}), non-2xx ${non2xx}`
	);
	console.log(
		`health during the load (1 request / 100 ms, ${during.length}): p50 ${percentile(during, 50).toFixed(1)} ms, p95 ${percentile(during, 95).toFixed(1)} ms; ` +
			`alone right after at ${opts.connections} connections: ${hr.requests.average.toFixed(0)} req/s, ` +
			`p50 ${percentile(healthTimes, 50).toFixed(1)} ms, p95 ${healthP95.toFixed(1)} ms, p99 ${percentile(healthTimes, 99).toFixed(1)} ms`
	);
	// The CPU the server spent (every process and thread) per answered request: unlike
	// requests/s it hardly depends on what else the machine runs, so it says what the server
	// could do on the machine alone (the cores divided by it), and whether the goal is in reach.
	const cores = availableParallelism();
	if (cpu0 !== null && cpu1 !== null && done.length) {
		const perRequest = ((cpu1 - cpu0) * 1000) / done.length;
		const clientMs = ((client.user + client.system) / 1000 / done.length).toFixed(1);
		console.log(
			`server CPU during the load: ${(cpu1 - cpu0).toFixed(1)} s in ${elapsed.toFixed(1)} s ` +
				`(${treeProcesses(opts.serverPid!)} processes: ${treeProcesses(opts.serverPid!) > 1 ? 'primary + workers' : 'one'}), ` +
				`${perRequest.toFixed(1)} ms a request: ${cores} cores bound it at ${((cores * 1000) / perRequest).toFixed(0)} req/s ` +
				`(the goal's ${GOAL.rps} needs ≤ ${((cores * 1000) / GOAL.rps).toFixed(1)} ms); this bench's own client used ${clientMs} ms a request; ` +
				`load average ${load0.toFixed(1)} at the start, ${load1.toFixed(1)} at the end`
		);
	} else
		console.log(`load average ${load0.toFixed(1)} at the start, ${load1.toFixed(1)} at the end`);
	const printTable = (title: string, map: Map<string, Tally>) => {
		console.log(`${title.padEnd(36)}      n   share   p50 ms   p95 ms   p99 ms   max ms  non-2xx`);
		for (const t of map.values()) t.times.sort((a, b) => a - b);
		const rows = [...map].sort((a, b) => percentile(b[1].times, 99) - percentile(a[1].times, 99));
		for (const [name, t] of rows) {
			const bad = [...t.statuses].filter(([s]) => s < 200 || s >= 300);
			console.log(
				`${name.padEnd(36)} ${String(t.times.length).padStart(6)} ${((t.times.length / done.length) * 100).toFixed(1).padStart(6)}%` +
					`${ms(percentile(t.times, 50))}${ms(percentile(t.times, 95))}${ms(percentile(t.times, 99))}${ms(t.times[t.times.length - 1])}` +
					`  ${bad.length ? bad.map(([s, n]) => `${s}×${n}`).join(' ') + ` e.g. ${t.example}` : '0'}`
			);
		}
	};
	printTable('route family (slowest p99 first)', families);
	printTable('by kind', formats);
	console.log(
		`one at a time (no other request in flight), ${SERIAL_PER_FAMILY} unsent URLs per family, slowest median first:`
	);
	for (const t of alone.values()) t.times.sort((a, b) => a - b);
	console.log(
		[...alone]
			.sort((a, b) => percentile(b[1].times, 50) - percentile(a[1].times, 50))
			.map(
				([f, t]) =>
					`${f} ${percentile(t.times, 50).toFixed(0)} ms (max ${t.times[t.times.length - 1].toFixed(0)}${[...t.statuses.keys()].some((s) => s !== 200) ? `, statuses ${[...t.statuses.keys()].join('/')}` : ''})`
			)
			.join('; ')
	);
	// the run's shares × the one-at-a-time medians: the mean work of a request of this mix
	let mean = 0;
	for (const [f, t] of families) {
		const m = percentile(alone.get(f)?.times ?? [], 50);
		if (!Number.isNaN(m)) mean += (t.times.length / done.length) * m;
	}
	console.log(
		`mix-weighted mean of those medians: ${mean.toFixed(1)} ms a request, i.e. ${(1000 / mean).toFixed(0)} req/s ` +
			'if requests ran one after another (the JavaScript of a request runs on one thread)'
	);
	console.log(
		`goal (issue 14, 2 cores): ${rps.toFixed(0)} req/s (≥ ${GOAL.rps}: ${verdict(rps >= GOAL.rps)}); ` +
			`p99 ${p99.toFixed(1)} ms (≤ ${GOAL.p99}: ${verdict(p99 <= GOAL.p99)}); ` +
			`errors ${errors + non2xx} (0: ${verdict(errors + non2xx === 0)}); ` +
			`health p95 ${healthP95.toFixed(1)} ms (≤ ${GOAL.healthP95}: ${verdict(healthP95 <= GOAL.healthP95)})` +
			' — on a shared machine these figures are indicative only'
	);
	return { rps, p50, p99, errors, non2xx, healthP95 };
}
