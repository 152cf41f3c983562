/**
 * Penitentiary crime from Form 1-M Section 5 beyond its institution breakdown: by chapter and
 * article, by year, and per 1,000 prisoners. A national figure is the republic's workbook when
 * imported, else the sum of the regional workbooks, and says which regions it holds
 * (./coverage.ts). The rate divides by the prison population published for the same year
 * (data/published, indicator `prison_population`); no figure of that year, no rate — another
 * year's population is not borrowed — and a sum of some regions over the whole country's
 * prisoners says that it understates.
 */
import type { Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { localLabel } from '../../domain/criminal-code';
import { parsePeriod } from '../../domain/periods';
import { sharePct } from '../../domain/indicators';
import { leafLabel } from '../queries/offences-by-article';
import { r5ByArticle, r5Totals, type R5Total } from '../queries/penitentiary';
import { publishedFigures, type PublishedFigure } from '../queries/published-figures';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext } from './context';
import { r5Provenance } from './penitentiary';
import { col } from './columns';
import { countsOverTime, panel, ranking, yearSpan } from './panel';
import { isNational, sourceName, unitLabel } from './published-sources';
import { coverageOf, nationalCoverage, nationalFindings, nationalScope } from './coverage';

const CHAPTER_RE = /^Глава\s*\d+/i;

/** The article rows the chart ranks (chapters are in the table only). */
const CHART_ARTICLES = 15;

export async function penitentiaryArticles(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	let all = 0;
	let national: { regions: string[]; summed: boolean } | null = null;
	if (ctx.period) {
		national = q.region ? null : await nationalScope(ctx.period);
		const scope = q.region ?? (national && !national.summed ? 'KZ' : null);
		const list = await r5ByArticle(ctx.period, scope);
		all = list.length;
		const chapterTotal = list
			.filter((r) => CHAPTER_RE.test(leafLabel(r.label)))
			.reduce((a, r) => a + r.registered, 0);
		rows = list
			.filter((r) => r.registered > 0 || r.probation > 0)
			.map((r) => {
				const label = leafLabel(r.label);
				const isChapter = CHAPTER_RE.test(label);
				return {
					row: r.rowCode,
					label: isChapter ? localLabel(label, tr.lang) : label,
					// Article names have no official kk/en text: they stay in the form's Russian.
					labelLang: isChapter ? null : 'ru',
					article: r.article,
					isChapter,
					registered: r.registered,
					probation: r.probation,
					share: sharePct(r.registered, chapterTotal)
				};
			});
	}
	const where = q.region ? tr.region(q.region) : tr.t('label.country');
	const articles = rows
		.filter((r) => !r.isChapter)
		.sort((a, b) => Number(b.registered) - Number(a.registered))
		.slice(0, CHART_ARTICLES);
	return panel({
		id: 'penitentiary-articles',
		title: `${tr.t('pen.articles')} — ${where}${ctx.period ? `, ${tr.period(ctx.period)}` : ''}`,
		columns: [
			col.text('row', tr.t('pen.col.row')),
			{ ...col.text('label', tr.t('pen.col.label')), langKey: 'labelLang' },
			col.text('article', tr.t('label.article')),
			col.number('registered', tr.t('pen.col.registered')),
			col.number('probation', tr.t('pen.col.probation')),
			col.share(tr)
		],
		rows,
		chart: ranking('label', 'registered', tr.t('ind.count')),
		chartRows: articles,
		notes: [
			national?.summed && tr.t('label.partial'),
			tr
				.t('pen.articles_zero')
				.replace('{n}', String(all - rows.length))
				.replace('{of}', String(all)),
			// Chapter titles follow the Code's structure (unofficial kk/en); article names do not.
			tr.lang !== 'ru' && tr.t('offences.translation_note'),
			tr.t('pen.articles_official')
		],
		empty: tr.t('pen.articles_empty'),
		...(await r5Provenance(q, ctx.period, tr))
	});
}

/** The whole years of R5 held (a part-year period is not a year's rate). */
function wholeYears(totals: R5Total[]): string[] {
	return [...new Set(totals.map((t) => t.period))]
		.filter((p) => parsePeriod(p).monthTo === 12)
		.sort();
}

/** R5 row 1 of a period: one region's, the republic's workbook, or the regions summed. */
function r5Of(
	totals: R5Total[],
	period: string,
	region: string | null
): { registered: number; institutions: number; probation: number; regions: string[] } | null {
	const at = totals.filter((t) => t.period === period);
	const held = region
		? at.filter((t) => t.region === region)
		: at.some((t) => t.region === 'KZ')
			? at.filter((t) => t.region === 'KZ')
			: at.filter((t) => t.region !== 'KZ');
	if (!held.length) return null;
	const sum = (k: 'registered' | 'institutions' | 'probation') =>
		held.reduce((a, t) => a + Number(t[k] ?? 0), 0);
	return {
		registered: sum('registered'),
		institutions: sum('institutions'),
		probation: sum('probation'),
		regions: held.map((t) => t.region)
	};
}

export async function penitentiaryTrend(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const totals = await r5Totals(q.region ?? null);
	const years = wholeYears(totals);
	const rows: Row[] = [];
	const summed: string[] = [];
	for (const p of years) {
		const r5 = r5Of(totals, p, q.region ?? null);
		if (!r5) continue;
		if (!q.region && !r5.regions.includes('KZ')) summed.push(p);
		for (const [k, label] of [
			['registered', tr.t('pen.trend_all')],
			['institutions', tr.t('pen.trend_institutions')],
			['probation', tr.t('pen.trend_probation')]
		] as const)
			rows.push({ date: `${p}-07-01`, year: Number(p), series: label, value: r5[k] });
	}
	const where = q.region ? tr.region(q.region) : tr.t('label.country');
	return panel(
		{
			id: 'penitentiary-trend',
			title: `${tr.t('pen.trend')} — ${where}`,
			columns: [col.year(tr), col.series(tr), col.count(tr)],
			rows,
			chart: countsOverTime(tr),
			notes: [summed.length > 0 && tr.t('label.partial')],
			source: { forms: ['1-M'], regions: where, period: yearSpan(rows) },
			query: toQueryString(q, ['region']),
			...(q.region
				? {}
				: {
						coverage: await nationalCoverage(summed, tr),
						findings: await nationalFindings(years, ['R5'])
					})
		},
		tr
	);
}

/** The date a published stock refers to (its end, else its start; null when not stated). */
const dateOf = (f: PublishedFigure): string | null => f.end ?? f.start;

/** «34 000 (3 нояб. 2021 г., new.arasha.kz)»: a published figure in a sentence. */
function cite(f: PublishedFigure, tr: Translator): string {
	return `${tr.num(f.value)} (${tr.date(dateOf(f)!)}, ${sourceName(f.url, tr)})`;
}

/** The dated figures nearest to a year: the last before it and the first after it. */
function nearest(figs: PublishedFigure[], year: number): PublishedFigure[] {
	const dated = figs.filter((f) => dateOf(f)).sort((a, b) => dateOf(a)!.localeCompare(dateOf(b)!));
	const before = dated.filter((f) => Number(dateOf(f)!.slice(0, 4)) < year).at(-1);
	const after = dated.find((f) => Number(dateOf(f)!.slice(0, 4)) > year);
	return [before, after].filter((f): f is PublishedFigure => Boolean(f));
}

const per1000 = (n: number, d: number | null) => (d ? (n / d) * 1000 : null);

export async function penitentiaryRate(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const base = {
		id: 'penitentiary-rate',
		title: tr.t('pen.rate'),
		columns: [
			col.year(tr),
			col.number('registered', tr.t('pen.col.registered')),
			col.number('institutions', tr.t('pen.col.institutions')),
			col.text('regions', tr.t('pen.col.regions')),
			{ ...col.number('prisoners', tr.t('pen.col.prisoners')), blankIfNull: true },
			{ ...col.text('prisonersDate', tr.t('pen.col.prisoners_date')), blankIfNull: true },
			{
				...col.text('prisonersUnit', tr.t('label.unit')),
				blankIfNull: true,
				langKey: 'prisonersUnitLang'
			},
			{ ...col.text('source', tr.t('label.source')), blankIfNull: true },
			{ ...col.number('rate', tr.t('pen.col.rate'), 2), blankIfNull: true },
			{ ...col.number('rateInstitutions', tr.t('pen.col.rate_institutions'), 2), blankIfNull: true }
		],
		query: toQueryString(q, ['region'])
	};
	// Prisoners are published for the country only: a region's offences have no denominator.
	if (q.region)
		return panel({
			...base,
			rows: [],
			empty: tr.t('pen.rate_region'),
			source: { forms: [], regions: tr.region(q.region), period: null }
		});
	const [totals, figs] = await Promise.all([r5Totals(), publishedFigures(['prison_population'])]);
	const prison = figs.filter(isNational);
	const years = wholeYears(totals);
	const rows: Row[] = [];
	const notes: string[] = [];
	const summed: string[] = [];
	for (const p of years) {
		const r5 = r5Of(totals, p, null)!;
		const year = Number(p);
		const partial = !r5.regions.includes('KZ');
		const same = prison.filter((f) => dateOf(f)?.startsWith(`${p}-`));
		let regions = '';
		if (partial) {
			summed.push(p);
			const c = coverageOf(r5.regions, p);
			regions = `${c.regions} / ${c.of}`;
			// Said where a rate is computed; without one the coverage line says what the sum holds.
			if (same.length && c.missing.length)
				notes.push(
					tr
						.t('pen.rate_partial')
						.replace('{period}', tr.period(p))
						.replace('{n}', String(c.regions))
						.replace('{of}', String(c.of))
						.replace('{missing}', c.missing.map((m) => tr.region(m)).join(', '))
				);
		}
		const common = { year, registered: r5.registered, institutions: r5.institutions, regions };
		if (!same.length) {
			rows.push({
				...common,
				prisoners: null,
				prisonersDate: null,
				prisonersUnit: null,
				source: null,
				rate: null,
				rateInstitutions: null
			});
			const near = nearest(prison, year);
			notes.push(
				tr
					.t('pen.rate_none')
					.replace('{year}', p)
					.replace('{nearest}', near.map((f) => cite(f, tr)).join('; ') || '—')
			);
		}
		for (const f of same)
			rows.push({
				...common,
				// Drawn at the date the prisoners were counted, one colour per source; a line joins
				// one source's figures within a year only, never across years without a figure.
				date: dateOf(f),
				series: `${sourceName(f.url, tr)} · ${p}`,
				prisoners: f.value,
				// The unit in the page's language, a quote of the source as published (marked).
				prisonersUnit: unitLabel(f.unit, tr).text,
				prisonersUnitLang: unitLabel(f.unit, tr).lang,
				prisonersDate: dateOf(f),
				source: sourceName(f.url, tr),
				rate: per1000(r5.registered, f.value),
				rateInstitutions: per1000(r5.institutions, f.value)
			});
	}
	return panel(
		{
			...base,
			rows,
			chart: {
				kind: 'timeSeries',
				x: 'date',
				y: 'rate',
				series: 'series',
				color: 'source',
				yLabel: tr.t('pen.col.rate'),
				events: true
			},
			chartRows: rows.filter((r) => r.rate !== null),
			notes: [tr.t('pen.rate_formula'), ...notes, tr.t('pen.rate_probation')],
			source: {
				forms: ['1-M', ...(rows.some((r) => r.prisoners !== null) ? ['published'] : [])],
				regions: tr.t('label.country'),
				period: yearSpan(rows)
			},
			coverage: await nationalCoverage(summed, tr),
			findings: await nationalFindings(years, ['R5'])
		},
		tr
	);
}
