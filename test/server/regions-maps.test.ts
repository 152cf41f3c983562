/**
 * The two maps of /regions on the warehouse built from real files only
 * (test/server/real-warehouse.ts: Form 1-M for 2022, 16 of 20 regions; no workbook for
 * г. Алматы KZ-75, Туркестанская обл. KZ-61, область Улытау KZ-62, Жетысуская обл. KZ-33) and
 * the OSM boundaries of ../shared/data/geo: one colour scale, so a region has the same fill in
 * the tile map and the choropleth; every region named in its <title> and a link to its
 * profile; the regions without a workbook «нет данных» in both; the OSM credit once.
 * Akmola's 5317 registered offences: Akmola Region.XLSX, sheet R1-1, row code 1, графа 1 (E7).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { realWarehouse } from './real-warehouse';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import type { Dataset } from '../../src/lib/dataset';

const GEOJSON = resolve(import.meta.dirname, '../../../shared/data/geo/kz-regions-osm.geojson');
let datasets: typeof import('../../src/lib/server/datasets');
let renderChartSvg: typeof import('../../src/lib/server/export/svg').renderChartSvg;

beforeAll(async () => {
	if (!existsSync(GEOJSON)) throw new Error(`this test needs ${GEOJSON} from ../shared/data`);
	process.env.SARAPSHY_GEOJSON = GEOJSON;
	process.env.SARAPSHY_DB = realWarehouse();
	datasets = await import('../../src/lib/server/datasets');
	({ renderChartSvg } = await import('../../src/lib/server/export/svg'));
}, 600_000);

const q = (s: string) => parseViewQuery(new URLSearchParams(s));
const NO_WORKBOOK = ['KZ-33', 'KZ-61', 'KZ-62', 'KZ-75'];

/** Per region code: the link, the fill of its shape (or its group's) and its <title>. */
function regionsOf(svg: string) {
	const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
	const out = new Map<string, { href: string; fill: string | null; title: string }>();
	for (const a of document.querySelectorAll('a')) {
		const shape = a.querySelector('rect, path')!;
		const href = a.getAttribute('href')!;
		const fill = shape.getAttribute('fill') ?? a.parentElement!.getAttribute('fill');
		const title = shape.querySelector('title')?.textContent ?? '';
		const code = /\/regions\/(KZ-\d+)\?/.exec(href)![1];
		// a region of several outlines is one region: the same fill and title on each
		const seen = out.get(code);
		if (seen) expect(seen.fill, code).toBe(fill);
		out.set(code, { href, fill, title });
	}
	return out;
}

describe('the maps of /regions on the real 2022 warehouse', () => {
	it('shade a region the same in both maps, name it and link it to its profile', async () => {
		for (const lang of ['ru', 'kk', 'en'] as const) {
			const tr = translator(lang);
			const query = q('period=2022&indicator=count');
			const tiles = (await datasets.DATASETS['regions-indicator'](query, tr)) as Dataset;
			const geo = (await datasets.DATASETS['regions-geo'](query, tr)) as Dataset;
			// one scale, computed once from the 16 regions' figures
			expect(tiles.chart!.kind).toBe('tileMap');
			expect(geo.chart!.kind).toBe('choropleth');
			const scale = (tiles.chart as { scale: unknown }).scale;
			expect((geo.chart as { scale: unknown }).scale).toEqual(scale);
			const t = regionsOf(renderChartSvg(tiles, tr)!);
			const g = regionsOf(renderChartSvg(geo, tr)!);
			expect(t.size).toBe(20);
			expect(g.size).toBe(20);
			for (const [code, tile] of t) {
				expect(g.get(code)!.fill, `${lang} ${code}`).toBe(tile.fill);
				expect(tile.title, code).toContain(tr.region(code));
				expect(g.get(code)!.title, code).toContain(tr.region(code));
				// `&amp;` in the markup: the parsed link is the profile with period and language
				expect(tile.href).toBe(`/regions/${code}?period=2022&lang=${lang}`);
				expect(g.get(code)!.href).toBe(tile.href);
			}
			for (const code of NO_WORKBOOK) {
				expect(t.get(code)!.title).toContain(tr.t('label.nodata'));
				expect(g.get(code)!.title).toContain(tr.t('label.nodata'));
				expect(t.get(code)!.fill).toBe('#eee');
			}
			expect(t.get('KZ-11')!.title).toContain(tr.num(5317));
		}
	});

	it('write an export that is well-formed XML, with the OSM credit once', async () => {
		const tr = translator('ru');
		const query = q('period=2022&indicator=rate');
		const geoSvg = renderChartSvg((await datasets.DATASETS['regions-geo'](query, tr))!, tr)!;
		const tileSvg = renderChartSvg((await datasets.DATASETS['regions-indicator'](query, tr))!, tr)!;
		for (const svg of [geoSvg, tileSvg])
			// no bare & (an XML error): every one starts an entity
			expect(svg.match(/&(?!amp;|lt;|gt;|quot;|#\d+;|#x[0-9a-fA-F]+;)/g)).toBeNull();
		expect(geoSvg.split('© OpenStreetMap contributors')).toHaveLength(2);
		expect(tileSvg).not.toContain('OpenStreetMap');
		// the «no data» swatch of the choropleth's key
		expect(geoSvg).toMatch(/<rect[^>]*stroke-dasharray="3,2"[^>]*\/?>/);
	});
});
