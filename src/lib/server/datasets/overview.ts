/**
 * Overview (/): national registered offences by kind and severity with the change against
 * the same period last year, the rate per 10,000, a long-run trend (forms + published
 * national figures), structure by chapter and the articles that changed most.
 */
import type { Dataset, Row } from '../../dataset';
import { localLabel } from '../../domain/criminal-code';
import type { Translator, MessageKey } from '../../i18n';
import { changePct, sharePct } from '../../domain/indicators';
import { parsePeriod } from '../../domain/periods';
import {
	OFFENCE_GROUPS,
	nationalFrom,
	nationalWithPrevious,
	registeredOffences
} from '../queries/registered-offences';
import { offencesByArticle } from '../queries/offences-by-article';
import { nationalYearly, publishedFigures } from '../queries/published-figures';
import { sourceInfo } from '../queries/source-info';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext, regionIndicators } from './context';

const FORMS = ['1-M', 'population'];

export async function overviewKpis(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	const rows: Row[] = [];
	let partial = false;
	if (ctx.period) {
		const { country } = await regionIndicators(ctx.period, 'all');
		const [cur, prev] = await Promise.all([
			registeredOffences(ctx.period),
			registeredOffences(ctx.previous!)
		]);
		const { nat, natPrev } = nationalWithPrevious(cur, prev, ctx.period, ctx.previous!);
		partial = !!nat?.partial;
		for (const g of OFFENCE_GROUPS) {
			const v = nat?.[g] ?? null;
			// A sum of regions is compared with the same regions' sum last year (nationalWithPrevious).
			const p = natPrev?.[g] ?? null;
			rows.push({
				key: g,
				indicator: tr.t(`ind.${g}` as MessageKey),
				value: v,
				previous: p,
				change: changePct(v, p),
				share: g === 'all' ? 100 : sharePct(v, nat?.all)
			});
		}
		rows.push({
			key: 'rate',
			indicator: tr.t('ind.rate'),
			value: country.rate,
			previous: null,
			change: null,
			share: null
		});
	}
	return {
		id: 'overview-kpis',
		title: `${tr.t('overview.title')} — ${ctx.period ? tr.period(ctx.period) : tr.t('label.nodata')}`,
		columns: [
			{ key: 'indicator', label: tr.t('label.measure'), kind: 'text' },
			{ key: 'value', label: ctx.period ? tr.period(ctx.period) : '', kind: 'number', digits: 1 },
			{ key: 'previous', label: tr.t('ind.previous'), kind: 'number' },
			{ key: 'change', label: tr.t('ind.change'), kind: 'signedPct' },
			{ key: 'share', label: tr.t('ind.share'), kind: 'pct' }
		],
		rows,
		note: partial ? tr.t('label.partial') : undefined,
		source: await sourceInfo({
			forms: FORMS,
			regions: tr.t('label.country'),
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['period'])
	};
}

export async function overviewTrend(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const [all, figs] = await Promise.all([
		registeredOffences(),
		publishedFigures(['registered_criminal_offences'])
	]);
	const rows: Row[] = [];
	const periods = [...new Set(all.map((r) => r.period))].filter(
		(p) => parsePeriod(p).monthTo === 12
	);
	for (const p of periods) {
		const nat = nationalFrom(all, p);
		if (!nat) continue;
		for (const g of ['all', 'crimes', 'misdemeanours'] as const) {
			rows.push({
				date: `${p}-07-01`,
				year: Number(p),
				series: `${tr.t(`ind.${g}`)} (${tr.t('label.forms')}${nat.partial ? ', Σ' : ''})`,
				value: nat[g]
			});
		}
	}
	for (const f of nationalYearly(figs, 'registered_criminal_offences')) {
		const y = Number(f.end!.slice(0, 4));
		rows.push({
			date: `${y}-07-01`,
			year: y,
			series: `${tr.t('ind.all')} (${tr.t('label.published')})`,
			value: f.value
		});
	}
	rows.sort(
		(a, b) => String(a.series).localeCompare(String(b.series)) || Number(a.year) - Number(b.year)
	);
	return {
		id: 'overview-trend',
		title: tr.t('overview.trend'),
		columns: [
			{ key: 'year', label: tr.t('label.year'), kind: 'text' },
			{ key: 'series', label: tr.t('label.group'), kind: 'text' },
			{ key: 'value', label: tr.t('ind.count'), kind: 'number' }
		],
		rows,
		chart: {
			kind: 'timeSeries',
			x: 'date',
			y: 'value',
			series: 'series',
			yLabel: tr.t('ind.count'),
			events: true
		},
		source: await sourceInfo({
			forms: ['1-M', 'published'],
			regions: tr.t('label.country'),
			period: 'all'
		}),
		query: ''
	};
}

export async function overviewSeverity(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const kpis = await overviewKpis(q, tr);
	const rows = kpis.rows.filter((r) =>
		['minor', 'medium', 'grave', 'especially_grave'].includes(String(r.key))
	);
	return {
		...kpis,
		id: 'overview-severity',
		title: `${tr.t('overview.severity')} — ${kpis.source.period ? tr.period(kpis.source.period) : ''}`,
		rows,
		chart: { kind: 'barRanking', label: 'indicator', value: 'value', xLabel: tr.t('ind.count') }
	};
}

export async function overviewStructure(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	let partial = false;
	if (ctx.period) {
		const res = await offencesByArticle(ctx.period, ctx.previous!, null);
		partial = res.partial;
		const chapters = res.rows.filter((r) => r.isChapter);
		const total = chapters.reduce((a, r) => a + (r.registered ?? 0), 0);
		rows = chapters.map((r) => ({
			chapter: r.chapter,
			label: localLabel(r.label, tr.lang),
			registered: r.registered,
			share: sharePct(r.registered, total),
			change: partial ? null : changePct(r.registered, r.previous)
		}));
	}
	return {
		id: 'overview-structure',
		title: `${tr.t('overview.structure')} — ${ctx.period ? tr.period(ctx.period) : ''}`,
		columns: [
			{ key: 'label', label: tr.t('label.chapter'), kind: 'text' },
			{ key: 'registered', label: tr.t('ind.count'), kind: 'number' },
			{ key: 'share', label: tr.t('ind.share'), kind: 'pct' },
			{ key: 'change', label: tr.t('ind.change'), kind: 'signedPct' }
		],
		rows,
		chart: { kind: 'barRanking', label: 'label', value: 'share', xLabel: tr.t('ind.share') },
		note:
			[
				partial ? tr.t('label.partial') : '',
				tr.lang !== 'ru' ? tr.t('offences.translation_note') : ''
			]
				.filter(Boolean)
				.join(' ') || undefined,
		source: await sourceInfo({
			forms: ['1-M'],
			regions: tr.t('label.country'),
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['period'])
	};
}

export async function overviewChanged(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	if (ctx.period) {
		const res = await offencesByArticle(ctx.period, ctx.previous!, null);
		rows = res.rows
			.filter((r) => !r.isChapter && r.article && r.registered !== null && r.previous !== null)
			.map((r) => ({
				label: r.label,
				article: r.article,
				registered: r.registered,
				previous: r.previous,
				diff: (r.registered as number) - (r.previous as number),
				change: changePct(r.registered, r.previous)
			}))
			.sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))
			.slice(0, 12);
	}
	return {
		id: 'overview-changed',
		title: tr.t('overview.changed'),
		columns: [
			{ key: 'label', label: tr.t('label.article'), kind: 'text' },
			{ key: 'registered', label: ctx.period ? tr.period(ctx.period) : '', kind: 'number' },
			{ key: 'previous', label: tr.t('ind.previous'), kind: 'number' },
			{ key: 'diff', label: tr.t('label.diff'), kind: 'number' },
			{ key: 'change', label: tr.t('ind.change'), kind: 'signedPct' }
		],
		rows,
		chart: rows.length
			? { kind: 'barRanking', label: 'label', value: 'diff', xLabel: tr.t('label.diff') }
			: undefined,
		note: rows.length ? undefined : tr.t('label.none'),
		source: await sourceInfo({
			forms: ['1-M'],
			regions: tr.t('label.country'),
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['period'])
	};
}
