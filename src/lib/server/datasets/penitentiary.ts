/**
 * Penitentiary and recidivism (/penitentiary): offences by persons serving a sentence
 * (Form 1-M R5) by type of institution, prison population figures (published), and the
 * previously-offending share of finished offences (R2) by region.
 */
import type { Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { sectionTotals } from '../queries/offender-categories';
import { leafLabel } from '../queries/offences-by-article';
import { publishedFigures } from '../queries/published-figures';
import { sourceInfo } from '../queries/source-info';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext, regionIndicators } from './context';

export async function penitentiaryR5(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	if (ctx.period) {
		const cells = (await sectionTotals({ period: ctx.period })).filter(
			(c) =>
				c.section === 'R5' &&
				c.grafa !== '2' &&
				(q.region ? c.region === q.region : c.region !== 'KZ')
		);
		const by = new Map<string, Row>();
		for (const c of cells) {
			const r = by.get(c.grafa) ?? { grafa: c.grafa, institution: leafLabel(c.label), value: 0 };
			r.value = (r.value as number) + c.value;
			by.set(c.grafa, r);
		}
		rows = [...by.values()].sort((a, b) => Number(a.grafa) - Number(b.grafa));
	}
	const where = q.region ? tr.region(q.region) : tr.t('label.country');
	return {
		id: 'penitentiary-r5',
		title: `${tr.t('pen.r5')} — ${where}, ${ctx.period ? tr.period(ctx.period) : ''}`,
		columns: [
			{ key: 'grafa', label: 'графа', kind: 'text' },
			{ key: 'institution', label: tr.t('label.institution'), kind: 'text' },
			{ key: 'value', label: tr.t('ind.count'), kind: 'number' }
		],
		rows,
		chart: rows.length
			? { kind: 'barRanking', label: 'institution', value: 'value', xLabel: tr.t('ind.count') }
			: undefined,
		note: q.region ? undefined : tr.t('label.partial'),
		source: await sourceInfo({ forms: ['1-M'], regions: where, period: ctx.period ?? '' }),
		query: toQueryString(q, ['period', 'region'])
	};
}

export async function penitentiaryPrison(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const figs = (await publishedFigures(['prison_population'])).filter(
		(f) => !f.region || f.region === 'KZ'
	);
	const rows: Row[] = figs.map((f) => ({
		date: f.end ?? f.start,
		value: f.value,
		series: tr.t('pen.prison'),
		quote: f.quote,
		url: f.url
	}));
	return {
		id: 'penitentiary-prison',
		title: tr.t('pen.prison'),
		columns: [
			{ key: 'date', label: tr.t('label.period'), kind: 'text' },
			{ key: 'value', label: tr.t('ind.count'), kind: 'number' },
			{ key: 'quote', label: tr.t('label.note'), kind: 'text' },
			{ key: 'url', label: tr.t('label.source'), kind: 'text' }
		],
		rows,
		chart: rows.length
			? {
					kind: 'timeSeries',
					x: 'date',
					y: 'value',
					series: 'series',
					yLabel: tr.t('ind.count'),
					events: true
				}
			: undefined,
		source: await sourceInfo({
			forms: ['published'],
			regions: tr.t('label.country'),
			period: 'all'
		}),
		query: ''
	};
}

export async function penitentiaryRecidivism(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	if (ctx.period) {
		const { regions, country } = await regionIndicators(ctx.period, 'all');
		rows = [...regions, country].map((r) => ({
			code: r.code,
			region: tr.region(r.code),
			recidivism: r.recidivism,
			juveniles: r.juveniles,
			isCountry: r.code === 'KZ'
		}));
	}
	return {
		id: 'penitentiary-recidivism',
		title: `${tr.t('pen.recidivism')} — ${ctx.period ? tr.period(ctx.period) : ''}`,
		columns: [
			{ key: 'region', label: tr.t('label.region'), kind: 'text' },
			{ key: 'recidivism', label: tr.t('ind.recidivism'), kind: 'pct' },
			{ key: 'juveniles', label: tr.t('ind.juveniles'), kind: 'pct' }
		],
		rows,
		chart: rows.length
			? {
					kind: 'barRanking',
					label: 'region',
					value: 'recidivism',
					xLabel: tr.t('ind.recidivism'),
					highlight: 'isCountry'
				}
			: undefined,
		source: await sourceInfo({
			forms: ['1-M'],
			regions: tr.t('filter.all'),
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['period'])
	};
}
