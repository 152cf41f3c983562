/**
 * What a page's load function returns for each dataset: plain serialisable data — the
 * table, the server-rendered SVG, the formatted source line and the export URLs — so that
 * every chart and table is in the HTML without JavaScript.
 */
import { error } from '@sveltejs/kit';
import { formatCoverage, formatSourceLine } from '../charts';
import type { Dataset, ShownDataset } from '../dataset';
import { translator, type Lang } from '../i18n';
import { DATASETS } from './datasets';
import { generationKey } from './db';
import { auditVersion } from '../private/audit';
import { renderChartSvg } from './export/svg';
import { BadRequest, parseViewQuery, type ViewQuery } from './params';

export function showDataset(ds: Dataset, lang: Lang): ShownDataset {
	const tr = translator(lang);
	const langQ = ds.query ? `${ds.query}&lang=${lang}` : `?lang=${lang}`;
	return {
		id: ds.id,
		title: ds.title,
		columns: ds.columns,
		rows: ds.rows,
		source: ds.source,
		sourceLine: formatSourceLine(ds.source, tr),
		note: ds.note ?? null,
		coverage: ds.coverage ?? [],
		coverageLines: (ds.coverage ?? []).map((c) => formatCoverage(c, tr)),
		findings: ds.findings ?? [],
		svg: renderChartSvg(ds, tr),
		svgNarrow: renderChartSvg(ds, tr, 'narrow'),
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
		if (e instanceof BadRequest) error(400, e.message);
		throw e;
	}
}

/**
 * A warehouse generation never changes: a dataset built once for the same filters, language,
 * day (the source line carries the date) and generation is the same again. Pages
 * keep the shown form (Plot rendering is the costly part), the API the built one; both
 * bounded, oldest out first.
 */
const CACHE_MAX = 500;
const builtCache = new Map<string, Promise<Dataset | null>>();
const shownCache = new Map<string, Promise<ShownDataset | null>>();

/**
 * What makes two requests for a dataset the same: its id, the filters, the language, the day
 * and the warehouse generation (db.ts). The one place the key is made.
 */
export function datasetKey(id: string, q: ViewQuery, lang: Lang): string {
	const day = new Date().toISOString().slice(0, 10);
	// The import history changes with every import, refused ones too (no new generation).
	const audit = id === 'data-imports' ? `|${auditVersion()}` : '';
	return `${id}|${lang}|${day}|${generationKey()}${audit}|${JSON.stringify(q)}`;
}

function remember<T>(
	cache: Map<string, Promise<T>>,
	key: string,
	make: () => Promise<T>
): Promise<T> {
	let hit = cache.get(key);
	if (!hit) {
		if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
		hit = make();
		cache.set(key, hit);
		hit.catch(() => cache.delete(key));
	}
	return hit;
}

/** A dataset built once per filters, language and day (pages and the API share it). */
export function buildDataset(id: string, q: ViewQuery, lang: Lang): Promise<Dataset | null> {
	return remember(builtCache, datasetKey(id, q, lang), () => DATASETS[id](q, translator(lang)));
}

/** A dataset shown (SVG rendered, source line formatted) once per filters, language and day. */
export function showCached(id: string, q: ViewQuery, lang: Lang): Promise<ShownDataset | null> {
	return remember(shownCache, datasetKey(id, q, lang), () =>
		buildDataset(id, q, lang).then((ds) => (ds ? showDataset(ds, lang) : null))
	);
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
		if (e instanceof BadRequest) error(400, e.message);
		throw e;
	}
}
