/**
 * What a page's load function returns for each dataset: plain serialisable data — the
 * table, the server-rendered SVG, the formatted source line and the export URLs — so that
 * every chart and table is in the HTML without JavaScript.
 */
import { formatCoverage, formatSourceLine } from '../charts';
import type { Dataset, ShownDataset } from '../dataset';
import { translator, type Lang } from '../i18n';
import { DATASETS } from './datasets';
import { generationKey } from './db';
import { auditVersion } from '../private/audit';
import { renderChartSvg } from './export/svg';
import { BadRequest, parseViewQuery, type ViewQuery } from './params';
import { badRequestPage } from './page-error';

export function showDataset(ds: Dataset, lang: Lang): ShownDataset {
	const tr = translator(lang);
	const langQ = ds.query ? `${ds.query}&lang=${lang}` : `?lang=${lang}`;
	return {
		id: ds.id,
		title: ds.title,
		columns: ds.columns,
		rows: ds.rows,
		source: ds.source,
		// the synthetic mark is shown on its own (SyntheticMark), once
		sourceLine: formatSourceLine(ds.source, tr, false),
		note: ds.note ?? null,
		coverage: ds.coverage ?? [],
		coverageLines: (ds.coverage ?? []).map((c) => formatCoverage(c, tr)),
		findings: ds.findings ?? [],
		// the page shows the provenance once, as HTML under the chart: not in its drawings
		svg: renderChartSvg(ds, tr, 'wide', 'page'),
		svgNarrow: renderChartSvg(ds, tr, 'narrow', 'page'),
		exportBase: `/api/v1/data/${ds.id}`,
		query: langQ
	};
}

/** Parse the URL's filters (400 on bad input) for a page. */
export function pageQuery(
	url: URL,
	extra: Partial<Record<keyof ViewQuery, string>> = {}
): ViewQuery {
	const sp = new URLSearchParams(url.searchParams);
	for (const [k, v] of Object.entries(extra)) if (v !== undefined) sp.set(k, v);
	try {
		return parseViewQuery(sp);
	} catch (e) {
		if (e instanceof BadRequest) badRequestPage(e);
		throw e;
	}
}

/**
 * A warehouse generation never changes: a dataset built once for the same filters, language,
 * day (the source line carries the date) and generation is the same again. Pages keep the
 * shown form (Plot rendering is the costly part), the API the built one; one bounded map,
 * least recently used out first.
 *
 * A page's URL carries every filter of the page, but each dataset reads only some of them (the
 * offences trend does not read `row`, the data sources table reads no filter): each build
 * records the filters its builder read (a Proxy over the query), and the dataset is kept under
 * the values of those filters only. That is sound because a builder that read exactly those
 * filters takes the same path for any query that agrees on them; a builder that enumerates
 * the query reads all of it.
 */
const CACHE_MAX = 1000;
const cache = new Map<string, Promise<Dataset | null>>();
/** The dataset as a page shows it, once per built dataset (the built one carries its language). */
const shown = new WeakMap<Dataset, Promise<ShownDataset>>();
/** Per dataset id: the sets of filters its builds have read (a few at most: code paths). */
const readSets = new Map<string, string[][]>();
const ALL = '*';

/** What makes two builds the same apart from the filters: id, language, day, generation. */
function baseKey(id: string, lang: Lang): string {
	const day = new Date().toISOString().slice(0, 10);
	// The import history changes with every import, refused ones too (no new generation).
	const audit = id === 'data-imports' ? `|${auditVersion()}` : '';
	return `${id}|${lang}|${day}|${generationKey()}${audit}|`;
}

/** The key of the filters `reads` of `q` (all of them: ALL). */
function filtersKey(q: ViewQuery, reads: string[]): string {
	if (reads.includes(ALL)) return JSON.stringify(q);
	const part: Record<string, unknown> = {};
	for (const k of reads) part[k] = (q as Record<string, unknown>)[k];
	return JSON.stringify(part);
}

/**
 * What makes two requests for a dataset the same: its id, the filters (all of them), the
 * language, the day and the warehouse generation (db.ts).
 */
export function datasetKey(id: string, q: ViewQuery, lang: Lang): string {
	return baseKey(id, lang) + filtersKey(q, [ALL]);
}

/** The query, recording into `reads` every filter the builder looks at. */
function tracked(q: ViewQuery, reads: Set<string>): ViewQuery {
	return new Proxy(q, {
		get(target, prop, receiver) {
			if (typeof prop === 'string') reads.add(prop);
			return Reflect.get(target, prop, receiver);
		},
		has(target, prop) {
			if (typeof prop === 'string') reads.add(prop);
			return Reflect.has(target, prop);
		},
		ownKeys(target) {
			reads.add(ALL);
			return Reflect.ownKeys(target);
		},
		getOwnPropertyDescriptor(target, prop) {
			if (typeof prop === 'string') reads.add(prop);
			return Reflect.getOwnPropertyDescriptor(target, prop);
		}
	});
}

function keep(key: string, value: Promise<Dataset | null>): void {
	cache.delete(key);
	if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
	cache.set(key, value);
}

function lookup(key: string): Promise<Dataset | null> | undefined {
	const hit = cache.get(key);
	if (hit) keep(key, hit); // most recently used
	return hit;
}

/** A dataset built once per the filters it reads, language, day and generation (pages and the API share it). */
export function buildDataset(id: string, q: ViewQuery, lang: Lang): Promise<Dataset | null> {
	const base = baseKey(id, lang);
	const full = base + filtersKey(q, [ALL]);
	const same = lookup(full);
	if (same) return same;
	for (const reads of readSets.get(id) ?? []) {
		const hit = lookup(base + filtersKey(q, reads));
		if (hit) return hit;
	}
	const reads = new Set<string>();
	const built = DATASETS[id](tracked(q, reads), translator(lang));
	keep(full, built); // the same URL meanwhile waits for this build
	built.then(
		() => {
			const read = [...reads].sort();
			const known = readSets.get(id) ?? [];
			if (!known.some((r) => r.join() === read.join())) readSets.set(id, [...known, read]);
			keep(base + filtersKey(q, read), built);
		},
		() => cache.delete(full)
	);
	return built;
}

/** A dataset shown (SVG rendered, source line formatted) once per built dataset. */
export async function showCached(
	id: string,
	q: ViewQuery,
	lang: Lang
): Promise<ShownDataset | null> {
	const ds = await buildDataset(id, q, lang);
	if (!ds) return null;
	let hit = shown.get(ds);
	if (!hit) {
		hit = Promise.resolve().then(() => showDataset(ds, lang));
		shown.set(ds, hit);
	}
	return hit;
}

/** Build and show several datasets for a page; a bad filter value becomes a 400 page. */
export async function showDatasets(
	ids: (keyof typeof DATASETS)[],
	q: ViewQuery,
	lang: Lang
): Promise<Record<string, ShownDataset | null>> {
	try {
		const shown = await Promise.all(ids.map((id) => showCached(id, q, lang)));
		return Object.fromEntries(ids.map((id, i) => [id, shown[i]]));
	} catch (e) {
		if (e instanceof BadRequest) badRequestPage(e);
		throw e;
	}
}
