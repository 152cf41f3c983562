/**
 * Regions (/regions): one indicator for the 20 regions — tile map, ranking, and a
 * geographic choropleth when boundaries are configured. A region without a workbook shows
 * «no data», never zero; the country's figure sits beside them for comparison.
 */
import type { Dataset, Row } from '../../dataset';
import type { Translator, MessageKey } from '../../i18n';
import { toQueryString, type Indicator, type ViewQuery } from '../params';
import { periodContext, regionIndicators } from './context';
import { loadBoundaries } from '../geo';
import { mapScale } from '../../charts/map-scale';
import { col } from './columns';
import { forPeriod, panel, ranking } from './panel';
import { nationalCoverage } from './coverage';
import type { OffenceGroup } from '../queries/registered-offences';

export function indicatorLabel(ind: Indicator, group: string, tr: Translator): string {
	const groupLabel = tr.t(`ind.${group}` as MessageKey);
	switch (ind) {
		case 'count':
			return `${groupLabel}: ${tr.t('ind.count')}`;
		case 'rate':
			return `${groupLabel}: ${tr.t('ind.rate')}`;
		case 'change':
			return `${groupLabel}: ${tr.t('ind.change')}`;
		case 'clearance':
			return `${groupLabel}: ${tr.t('ind.clearance')}`;
		default:
			return tr.t(`ind.${ind}` as MessageKey);
	}
}

export async function regionsIndicator(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	let partial = false;
	if (ctx.period) {
		const res = await regionIndicators(ctx.period, q.group);
		partial = res.partial;
		rows = [...res.regions, res.country].map((r) => ({
			code: r.code,
			region: tr.region(r.code),
			value: r[q.indicator],
			count: r.count,
			previous: r.previous,
			rate: r.rate,
			change: r.change,
			grave_share: r.grave_share,
			clearance: r.clearance,
			isCountry: r.code === 'KZ'
		}));
	}
	const label = indicatorLabel(q.indicator, q.group, tr);
	return panel({
		id: 'regions-indicator',
		title: forPeriod(label, ctx.period, tr),
		columns: [
			col.region(tr),
			col.text('code', 'ISO'),
			col.number('value', label, 2),
			col.count(tr, 'count'),
			col.previous(tr),
			col.rate(tr),
			col.change(tr),
			col.pct('grave_share', tr.t('ind.grave_share')),
			// Clearance of the selected group (R1-1 графа 7 ÷ графа 1); definitions: clearance.ts.
			col.pct('clearance', tr.t('ind.clearance'))
		],
		rows,
		chart: {
			kind: 'tileMap',
			code: 'code',
			label: 'region',
			value: 'value',
			legend: label,
			diverging: q.indicator === 'change',
			// One scale for both maps of /regions (regionsGeo takes it from here): breaks from the
			// 20 regions' displayed values, the country's figure left out.
			scale: mapScale(
				rows.filter((r) => !r.isCountry).map((r) => r.value as number | null),
				q.indicator === 'change'
			),
			link: { period: q.period ?? null }
		},
		notes: [partial && `${tr.t('label.country')}: ${tr.t('label.partial')}`],
		source: { forms: ['1-M', 'population'], regions: tr.t('filter.all'), period: ctx.period },
		query: toQueryString(q, ['period', 'indicator', 'group']),
		// The country's row; the published figure beside it where it is the same count.
		coverage: await nationalCoverage(
			[ctx.period],
			tr,
			q.indicator === 'count' ? [q.group as OffenceGroup] : []
		)
	});
}

export async function regionsRanking(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ds = await regionsIndicator(q, tr);
	return {
		...ds,
		id: 'regions-ranking',
		title: `${tr.t('regions.ranking')}: ${ds.title}`,
		...(ds.rows.length
			? { chart: ranking('region', 'value', ds.columns[2].label, 'isCountry') }
			: {})
	};
}

export async function regionsGeo(q: ViewQuery, tr: Translator): Promise<Dataset | null> {
	const geo = loadBoundaries();
	if (!geo) return null;
	const ds = await regionsIndicator(q, tr);
	const rows = ds.rows.filter((r) => !r.isCountry);
	const tiles = ds.chart?.kind === 'tileMap' ? ds.chart : null;
	return {
		...ds,
		id: 'regions-geo',
		title: `${tr.t('regions.geo')}: ${ds.title}`,
		rows,
		...(rows.length
			? {
					chart: {
						kind: 'choropleth',
						code: 'code',
						value: 'value',
						legend: ds.columns[2].label,
						geojson: geo.geojson,
						scale: tiles?.scale,
						link: tiles?.link,
						// drawn inside the map: the one credit on the page and in the export
						credit: geo.attribution
					}
				}
			: {}),
		// the country's partial-sum note concerns no region of the map; the empty note stays
		note: rows.length ? undefined : ds.note,
		// The map has no country figure, so nothing of it is a sum.
		coverage: undefined
	};
}
