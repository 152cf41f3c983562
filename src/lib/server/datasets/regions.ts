/**
 * Regions (/regions): one indicator for the 20 regions — tile map, ranking, and a
 * geographic choropleth when boundaries are configured. A region without a workbook shows
 * «no data», never zero; the country's figure sits beside them for comparison.
 */
import type { Dataset, Row } from '../../dataset';
import type { Translator, MessageKey } from '../../i18n';
import { sourceInfo } from '../queries/source-info';
import { toQueryString, type Indicator, type ViewQuery } from '../params';
import { periodContext, regionIndicators } from './context';
import { loadBoundaries } from '../geo';

export function indicatorLabel(ind: Indicator, group: string, tr: Translator): string {
	const groupLabel = tr.t(`ind.${group}` as MessageKey);
	switch (ind) {
		case 'count':
			return `${groupLabel}: ${tr.t('ind.count')}`;
		case 'rate':
			return `${groupLabel}: ${tr.t('ind.rate')}`;
		case 'change':
			return `${groupLabel}: ${tr.t('ind.change')}`;
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
			isCountry: r.code === 'KZ'
		}));
	}
	const label = indicatorLabel(q.indicator, q.group, tr);
	return {
		id: 'regions-indicator',
		title: `${label} — ${ctx.period ? tr.period(ctx.period) : ''}`,
		columns: [
			{ key: 'region', label: tr.t('label.region'), kind: 'text' },
			{ key: 'code', label: 'ISO', kind: 'text' },
			{ key: 'value', label, kind: 'number', digits: 2 },
			{ key: 'count', label: tr.t('ind.count'), kind: 'number' },
			{ key: 'previous', label: tr.t('ind.previous'), kind: 'number' },
			{ key: 'rate', label: tr.t('ind.rate'), kind: 'number', digits: 2 },
			{ key: 'change', label: tr.t('ind.change'), kind: 'signedPct' },
			{ key: 'grave_share', label: tr.t('ind.grave_share'), kind: 'pct' }
		],
		rows,
		chart: {
			kind: 'tileMap',
			code: 'code',
			label: 'region',
			value: 'value',
			legend: label,
			diverging: q.indicator === 'change'
		},
		note: partial ? `${tr.t('label.country')}: ${tr.t('label.partial')}` : undefined,
		source: await sourceInfo({
			forms: ['1-M', 'population'],
			regions: tr.t('filter.all'),
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['period', 'indicator', 'group'])
	};
}

export async function regionsRanking(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ds = await regionsIndicator(q, tr);
	return {
		...ds,
		id: 'regions-ranking',
		title: `${tr.t('regions.ranking')}: ${ds.title}`,
		chart: {
			kind: 'barRanking',
			label: 'region',
			value: 'value',
			xLabel: ds.columns[2].label,
			highlight: 'isCountry'
		}
	};
}

export async function regionsGeo(q: ViewQuery, tr: Translator): Promise<Dataset | null> {
	const geo = loadBoundaries();
	if (!geo) return null;
	const ds = await regionsIndicator(q, tr);
	return {
		...ds,
		id: 'regions-geo',
		title: `${tr.t('regions.geo')}: ${ds.title}`,
		rows: ds.rows.filter((r) => !r.isCountry),
		chart: {
			kind: 'choropleth',
			code: 'code',
			value: 'value',
			legend: ds.columns[2].label,
			geojson: geo.geojson
		},
		note: geo.attribution
	};
}
