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
import { publishedFigures } from '../queries/published-figures';
import { isNational, seriesOf, sourcesDisagree } from './published-sources';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext, previousMissing, regionIndicators } from './context';
import { col } from './columns';
import { countsOverTime, forPeriod, panel, ranking, yearSpan } from './panel';
import { checkMark, nationalCoverage, nationalFindings, publishedByGroup } from './coverage';

const FORMS = ['1-M', 'population'];

export async function overviewKpis(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	const rows: Row[] = [];
	let partial = false;
	let noPrevious = false;
	// Every figure here is R1-1 графа 1 (the rate: over the population).
	const findings = await nationalFindings([ctx.period], ['R1-1']);
	const check = checkMark(findings, ['R1-1']);
	if (ctx.period) {
		const { country } = await regionIndicators(ctx.period, 'all');
		const [cur, prev, published] = await Promise.all([
			registeredOffences(ctx.period),
			registeredOffences(ctx.previous!),
			publishedByGroup(ctx.period, OFFENCE_GROUPS)
		]);
		const { nat, natPrev } = nationalWithPrevious(cur, prev, ctx.period, ctx.previous!);
		partial = !!nat?.partial;
		noPrevious = !!nat && !natPrev;
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
				share: g === 'all' ? 100 : sharePct(v, nat?.all),
				published: published[g],
				check
			});
		}
		rows.push({
			key: 'rate',
			indicator: tr.t('ind.rate'),
			value: country.rate,
			previous: null,
			change: null,
			share: null,
			published: null,
			check
		});
	}
	return panel({
		id: 'overview-kpis',
		title: forPeriod(tr.t('overview.title'), ctx.period, tr),
		columns: [
			col.text('indicator', tr.t('label.measure')),
			col.number('value', ctx.period ? tr.period(ctx.period) : '', 1),
			col.previous(tr),
			col.change(tr),
			col.share(tr),
			col.number('published', tr.t('coverage.published')),
			{ ...col.text('check', tr.t('findings.col')), blankIfNull: true }
		],
		rows,
		// Said once for the cards, not «нет данных» on each (the page hides the card lines then).
		notes: [
			noPrevious && (previousMissing(ctx, tr) ?? tr.t('appg.regions')),
			partial && tr.t('label.partial')
		],
		coverage: await nationalCoverage([ctx.period], tr, OFFENCE_GROUPS),
		findings,
		source: { forms: FORMS, regions: tr.t('label.country'), period: ctx.period },
		query: toQueryString(q, ['period'])
	});
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
	const summed: string[] = [];
	for (const p of periods) {
		const nat = nationalFrom(all, p);
		if (!nat) continue;
		if (nat.partial) summed.push(p);
		for (const g of ['all', 'crimes', 'misdemeanours'] as const) {
			const series = `${tr.t(`ind.${g}`)} (${tr.t('label.forms')}${nat.partial ? ', Σ' : ''})`;
			rows.push({ date: `${p}-07-01`, year: Number(p), series, what: series, value: nat[g] });
		}
	}
	// Every source's figures as its own series: where sources disagree for a year (157,473 and
	// a rounded 157,500 for 2022), both are shown, never joined into one line.
	const published = figs.filter(
		(f) => f.indicator === 'registered_criminal_offences' && f.wholeYear && isNational(f)
	);
	for (const f of published) {
		const y = Number(f.end!.slice(0, 4));
		rows.push({
			date: `${y}-07-01`,
			year: y,
			series: seriesOf(`${tr.t('ind.all')} (${tr.t('label.published')})`, f, tr),
			// One colour for every published source; each source its own line.
			what: `${tr.t('ind.all')} (${tr.t('label.published')})`,
			value: f.value
		});
	}
	rows.sort(
		(a, b) => String(a.series).localeCompare(String(b.series)) || Number(a.year) - Number(b.year)
	);
	return panel(
		{
			id: 'overview-trend',
			title: tr.t('overview.trend'),
			columns: [col.year(tr), col.series(tr), col.count(tr)],
			rows,
			chart: countsOverTime(tr, 'what'),
			notes: [
				sourcesDisagree(
					published.map((f) => ({
						date: f.end!.slice(0, 4),
						what: f.indicator,
						series: f.url + f.unit
					}))
				) && tr.t('courts.sources_note')
			],
			source: {
				forms: ['1-M', 'published'],
				regions: tr.t('label.country'),
				period: yearSpan(rows)
			},
			query: '',
			// The published series is drawn beside the sums; the coverage names what each sum lacks.
			coverage: await nationalCoverage(summed, tr),
			findings: await nationalFindings(periods, ['R1-1'])
		},
		tr
	);
}

export async function overviewSeverity(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const kpis = await overviewKpis(q, tr);
	const rows = kpis.rows.filter((r) =>
		['minor', 'medium', 'grave', 'especially_grave'].includes(String(r.key))
	);
	return {
		...kpis,
		id: 'overview-severity',
		title: forPeriod(tr.t('overview.severity'), kpis.source.period || null, tr),
		rows,
		...(rows.length ? { chart: ranking('indicator', 'value', tr.t('ind.count')) } : {})
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
	return panel({
		id: 'overview-structure',
		title: forPeriod(tr.t('overview.structure'), ctx.period, tr),
		columns: [col.chapter(tr), col.count(tr, 'registered'), col.share(tr), col.change(tr)],
		rows,
		chart: ranking('label', 'share', tr.t('ind.share')),
		notes: [
			partial && tr.t('label.partial'),
			tr.lang !== 'ru' && tr.t('offences.translation_note')
		],
		source: { forms: ['1-M'], regions: tr.t('label.country'), period: ctx.period },
		query: toQueryString(q, ['period']),
		coverage: await nationalCoverage([ctx.period], tr, ['all']),
		findings: await nationalFindings([ctx.period], ['R1-1'])
	});
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
	return panel({
		id: 'overview-changed',
		title: tr.t('overview.changed'),
		columns: [
			col.text('label', tr.t('label.article')),
			col.number('registered', ctx.period ? tr.period(ctx.period) : ''),
			col.previous(tr),
			col.number('diff', tr.t('label.diff')),
			col.change(tr)
		],
		rows,
		chart: ranking('label', 'diff', tr.t('label.diff')),
		empty: (ctx.period && previousMissing(ctx, tr)) || tr.t('label.none'),
		source: { forms: ['1-M'], regions: tr.t('label.country'), period: ctx.period },
		query: toQueryString(q, ['period']),
		coverage: await nationalCoverage([ctx.period], tr),
		findings: await nationalFindings([ctx.period], ['R1-1'])
	});
}
