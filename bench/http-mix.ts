/**
 * The request mix of `npm run bench:http`'s mixed, uncached scenario: a seeded, deterministic
 * list of distinct URLs over the pages and the /api/v1 datasets and cells, drawn from what
 * the warehouse holds (periods, forms, sections, row codes: found by the bench before the
 * run) and from the filters every view takes (regions, indicators, groups, series, horizons,
 * methods, languages). Distinct URLs so that the rendered-page and dataset caches (keyed by
 * path, query and language) rarely hit: the scenario measures the work of a request, not a
 * cache lookup. Pure (no I/O), so that a test can check it.
 */
import { mulberry32 } from '../pipelines/demo/prng.ts';

export type Lang = 'ru' | 'kk' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];

/** What the warehouse and the views offer; the bench fills it from the running server. */
export interface MixVocabulary {
	/** ISO 3166-2:KZ codes of the 20 regions (the country, KZ, is added where a view takes it). */
	regions: string[];
	/** Regions the warehouse holds Form 1-M for: a chart (.svg) of a region without data is a 404. */
	dataRegions: string[];
	/** Form 1-M periods the warehouse holds (YYYY or YYYY-MM). */
	periods: string[];
	/** Dataset ids of /api/v1/datasets; `charted` those that also export .svg. */
	datasets: string[];
	charted: string[];
	/** Datasets that answer only for a region (a profile, a region's priorities). */
	needsRegion: string[];
	/**
	 * Per charted dataset, the periods ('' = the default, the latest) whose panel has no chart
	 * (no rows: e.g. overview-changed of a month whose year before is not held): its .svg is a
	 * 404, so the mix asks for another format there.
	 */
	chartless?: Record<string, string[]>;
	/** Series and regions (KZ: the country) the forecast-* datasets can forecast (a series too short gives a panel without rows and no chart: its .svg is a 404). */
	forecastSeries: string[];
	forecastRegions: string[];
	/** Row codes of Form 1-M (chapters and articles) for the offences view's `row`. */
	rows: string[];
	/** Years of the court outcomes (a chart of a year without outcomes is a 404). */
	years: number[];
	/** Raw cells: a form, its periods, the regions it has for them and its sections small enough to list whole. */
	cellForms: { form: string; periods: string[]; regions: string[]; sections: string[] }[];
	/** Sections the /data view filters findings by. */
	sections: string[];
	indicators: string[];
	groups: string[];
	series: string[];
	methods: string[];
	horizons: number[];
}

/** One request of the mix: the path with its query, the language (a cookie for pages), and the family it is reported under. */
export interface MixRequest {
	family: string;
	path: string;
	lang: Lang;
	headers: Record<string, string>;
}

/**
 * Share of each family in the mix (out of 100): pages 55, API 45. Small-space families (the
 * overview and courts pages take few distinct URLs) get small shares so that repeats stay few.
 */
export const FAMILY_WEIGHTS: Record<string, number> = {
	'page /': 4,
	'page /regions': 8,
	'page /regions/<code>': 10,
	'page /offences': 8,
	'page /priorities': 6,
	'page /courts': 2,
	'page /penitentiary': 5,
	'page /forecasts': 7,
	'page /data': 5,
	'api data': 37,
	'api cells': 8
};

/** The seeded generator of the mix: the same seed gives the same mix on every machine. */
export const seededRandom = mulberry32;

type Params = [string, string | number | undefined][];

/** Builds the requests of one family from the generator; `undefined` values are left out. */
function pathOf(base: string, params: Params): string {
	const sp = new URLSearchParams();
	for (const [k, v] of params) if (v !== undefined) sp.set(k, String(v));
	const s = sp.toString();
	return s ? `${base}?${s}` : base;
}

/**
 * The mix: `count` requests, distinct by language and URL as long as the families' URL spaces
 * allow (a family whose space is used up may repeat: `repeatStats` says how often). Every URL
 * is one a reader or a client could ask for: parameters a view takes, values the warehouse
 * holds, formats a dataset exports.
 */
export function mixedRequests(v: MixVocabulary, count: number, seed = 14): MixRequest[] {
	const rnd = seededRandom(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
	/** A value, or (with probability 1 − p) the view's default: the parameter left out. */
	const maybe = <T>(xs: readonly T[], p = 0.7): T | undefined =>
		xs.length && rnd() < p ? pick(xs) : undefined;
	const regionOrCountry = [...v.regions, 'KZ'];
	const weight = () => maybe([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.5);
	const lang = (): Lang => (rnd() < 0.5 ? 'ru' : rnd() < 0.5 ? 'kk' : 'en');

	const pages: Record<string, () => string> = {
		'page /': () => pathOf('/', [['period', maybe(v.periods)]]),
		'page /regions': () =>
			pathOf('/regions', [
				['period', maybe(v.periods)],
				['indicator', maybe(v.indicators)],
				['group', maybe(v.groups)]
			]),
		'page /regions/<code>': () =>
			pathOf(`/regions/${pick(v.regions)}`, [['period', maybe(v.periods)]]),
		'page /offences': () =>
			pathOf('/offences', [
				['region', maybe(v.regions, 0.5)],
				['row', maybe(v.rows)],
				['period', maybe(v.periods)]
			]),
		'page /priorities': () =>
			pathOf('/priorities', [
				['period', maybe(v.periods)],
				['w_rate', weight()],
				['w_growth', weight()],
				['w_grave', weight()],
				['w_recid', weight()]
			]),
		'page /courts': () => pathOf('/courts', [['year', maybe(v.years)]]),
		'page /penitentiary': () =>
			pathOf('/penitentiary', [
				['region', maybe(v.regions)],
				['period', maybe(v.periods)]
			]),
		'page /forecasts': () =>
			pathOf('/forecasts', [
				['region', maybe(regionOrCountry)],
				['series', maybe(v.series)],
				['h', maybe(v.horizons)],
				['method', maybe(v.methods, 0.5)]
			]),
		'page /data': () =>
			pathOf('/data', [
				['region', maybe(v.regions, 0.4)],
				['section', maybe(v.sections, 0.4)],
				['period', maybe(v.periods, 0.5)]
			])
	};

	/** The parameters each dataset's builder reads (src/lib/server/datasets/*). */
	const datasetParams = (id: string): Params => {
		const period: Params = [['period', maybe(v.periods)]];
		if (id.startsWith('overview-')) return period;
		if (id.startsWith('regions-'))
			return [...period, ['indicator', maybe(v.indicators)], ['group', maybe(v.groups)]];
		if (id.startsWith('profile-')) return [['region', pick(v.regions)], ...period];
		if (id.startsWith('priorities-'))
			return [
				['region', v.needsRegion.includes(id) ? pick(v.regions) : undefined],
				...period,
				['w_rate', weight()],
				['w_growth', weight()],
				['w_grave', weight()]
			];
		if (id.startsWith('offences-'))
			return [['region', maybe(v.regions, 0.5)], ['row', maybe(v.rows)], ...period];
		if (id.startsWith('courts-')) return [['year', maybe(v.years)]];
		if (id.startsWith('penitentiary-')) return [['region', maybe(v.regions)], ...period];
		if (id.startsWith('data-'))
			return [
				['region', maybe(v.regions, 0.4)],
				['section', maybe(v.sections, 0.4)],
				['period', maybe(v.periods, 0.5)],
				// the findings are cut at the limit; the other tables answer 413 above it
				['limit', id === 'data-findings' ? maybe([100, 500, 1000, 5000], 0.5) : undefined]
			];
		if (id.startsWith('forecast-'))
			return [
				['region', maybe(v.forecastRegions)],
				['series', maybe(v.forecastSeries)],
				['h', maybe(v.horizons)],
				['method', maybe(v.methods, 0.5)]
			];
		return v.needsRegion.includes(id) ? [['region', pick(v.regions)]] : [];
	};
	const format = (id: string, params: Params) => {
		const r = rnd();
		const region = params.find(([k]) => k === 'region')?.[1];
		const drawable = region === undefined || v.dataRegions.includes(String(region));
		const period = params.find(([k]) => k === 'period')?.[1];
		const hasChart = !v.chartless?.[id]?.includes(period === undefined ? '' : String(period));
		if (r < 0.15 && v.charted.includes(id) && drawable && hasChart) return 'svg';
		return r < 0.55 ? 'json' : r < 0.8 ? 'csv' : 'xlsx';
	};
	const apiLang = (l: Lang): Params => [['lang', l === 'ru' ? undefined : l]];

	const api = (family: string, l: Lang): [string, string] => {
		if (family === 'api cells') {
			const f = pick(v.cellForms);
			const section = pick(f.sections);
			const withRow = section.startsWith('R1') && rnd() < 0.5;
			return [
				'api cells',
				pathOf(`/api/v1/cells.${pick(['json', 'json', 'csv', 'xlsx'])}`, [
					['form', f.form],
					['period', pick(f.periods)],
					['region', pick(f.regions)],
					['section', section],
					['row', withRow ? pick(v.rows) : undefined],
					['limit', 10_000],
					...apiLang(l)
				])
			];
		}
		const id = pick(v.datasets);
		const params = datasetParams(id);
		return [
			`api data ${id}`,
			pathOf(`/api/v1/data/${id}.${format(id, params)}`, [...params, ...apiLang(l)])
		];
	};

	const families = Object.entries(FAMILY_WEIGHTS).filter(
		([f]) => f !== 'api cells' || v.cellForms.some((c) => c.sections.length)
	);
	const total = families.reduce((s, [, w]) => s + w, 0);
	const drawFamily = () => {
		let r = rnd() * total;
		for (const [f, w] of families) if ((r -= w) < 0) return f;
		return families[families.length - 1][0];
	};

	const seen = new Set<string>();
	const out: MixRequest[] = [];
	while (out.length < count) {
		const family = drawFamily();
		// a few draws for an unseen URL; a family whose space is used up then repeats
		let req: MixRequest | undefined;
		for (let attempt = 0; attempt < 20; attempt++) {
			const l = lang();
			const [fam, path] = family.startsWith('page ') ? [family, pages[family]()] : api(family, l);
			req = {
				family: fam,
				path,
				lang: l,
				// a reader who chose a language has the cookie the ?lang= link set
				headers: family.startsWith('page ') && l !== 'ru' ? { cookie: `lang=${l}` } : {}
			};
			if (!seen.has(requestKey(req))) break;
		}
		seen.add(requestKey(req!));
		out.push(req!);
	}
	return out;
}

/** What the server's caches key a response by: the language and the path with its query. */
export function requestKey(r: Pick<MixRequest, 'lang' | 'path'>): string {
	return `${r.lang}|${r.path}`;
}

/** Distinct keys and the share of requests that repeat a key seen before (in `already` or earlier in the list). */
export function repeatStats(
	keys: Iterable<string>,
	already: Iterable<string> = []
): { requests: number; distinct: number; repeats: number; repeatShare: number } {
	const seen = new Set(already);
	const mine = new Set<string>();
	let requests = 0;
	let repeats = 0;
	for (const k of keys) {
		requests++;
		if (seen.has(k)) repeats++;
		seen.add(k);
		mine.add(k);
	}
	return { requests, distinct: mine.size, repeats, repeatShare: requests ? repeats / requests : 0 };
}

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
