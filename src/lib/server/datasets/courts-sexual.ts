/**
 * Courts (/courts), the court-outcomes CSV shown as «sexual offences, articles 120–124»:
 * outcomes per year and article (courts-articles), terms of deprivation of liberty by length
 * (courts-bands) and punishments and other measures (courts-punishments). Every source column
 * is named in the page's language (src/lib/domain/court-outcomes.ts): no key of the CSV
 * reaches a page, a table header or an export.
 */
import type { Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { acquittalRatePct, sharePct } from '../../domain/indicators';
import {
	ACQUITTED,
	CONVICTED,
	COURT_ARTICLES,
	DISPOSALS,
	IMPRISONED,
	OTHER_MEASURES,
	SENTENCE_BANDS,
	SUBTOTALS,
	TERMINATED
} from '../../domain/court-outcomes';
import { courtOutcomes, type CourtOutcome } from '../queries/court-outcomes';
import { toQueryString, type ViewQuery } from '../params';
import { col } from './columns';
import { countsOverTime, orderedBars, panel } from './panel';

/** The court_outcome CSV is long (one measure per row): the years covered, in words. */
function courtYears(q: ViewQuery, all: CourtOutcome[]): string {
	if (q.year) return String(q.year);
	const ys = all.map((o) => o.year);
	return ys.length ? `${Math.min(...ys)}–${Math.max(...ys)}` : '';
}

const ARTICLES = new Set(COURT_ARTICLES.map((a) => a.article));

/** Sum of one measure over the articles' own rows (the source's subtotals left out). */
function total(all: CourtOutcome[], measure: string): number | null {
	const xs = all.filter((o) => o.measure === measure && ARTICLES.has(o.article));
	const known = xs.filter((o) => o.value !== null);
	return known.length ? known.reduce((a, o) => a + o.value!, 0) : null;
}

/**
 * The source's subtotal rows checked against the sums of their articles: each difference is a
 * sentence (measure named in the page's language); none, and the note says they agree.
 */
function subtotalNotes(all: CourtOutcome[], tr: Translator): string[] {
	const named = new Map(
		[...SENTENCE_BANDS, ...DISPOSALS, ...OTHER_MEASURES].map((m) => [m.measure, tr.t(m.label)])
	);
	named.set(CONVICTED, tr.t('courts.convicted'));
	named.set(ACQUITTED, tr.t('courts.acquitted'));
	named.set(TERMINATED, tr.t('courts.terminated'));
	const value = new Map(all.map((o) => [`${o.year}|${o.article}|${o.measure}`, o.value]));
	const out: string[] = [];
	for (const o of all) {
		const s = SUBTOTALS.find((x) => x.article === o.article);
		const name = named.get(o.measure);
		if (!s || o.value === null || !name) continue;
		const sum = s.parts.reduce((a, p) => a + (value.get(`${o.year}|${p}|${o.measure}`) ?? 0), 0);
		if (sum === o.value) continue;
		out.push(
			tr
				.t('courts.subtotal_mismatch')
				.replace('{group}', s.parts.join(', '))
				.replace('{year}', String(o.year))
				.replace('{measure}', name)
				.replace('{stated}', tr.num(o.value))
				.replace('{sum}', tr.num(sum))
		);
	}
	return out;
}

/** One row per year and article, its measures side by side; the subtotals are not rows. */
export async function courtsArticles(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const all = await courtOutcomes(q.year ?? null);
	const cell = new Map(all.map((o) => [`${o.year}|${o.article}|${o.measure}`, o.value]));
	const years = [...new Set(all.map((o) => o.year))].sort();
	const rows: Row[] = [];
	for (const year of years) {
		for (const a of COURT_ARTICLES) {
			const v = (m: string) => cell.get(`${year}|${a.article}|${m}`) ?? null;
			if (!all.some((o) => o.year === year && o.article === a.article)) continue;
			rows.push({
				year,
				article: a.article,
				offence: tr.t(a.label),
				convicted: v(CONVICTED),
				acquitted: v(ACQUITTED),
				acquittalRate: acquittalRatePct(v(ACQUITTED), v(CONVICTED)),
				terminated: v(TERMINATED),
				imprisoned: v(IMPRISONED)
			});
		}
	}
	const chartRows: Row[] = rows.map((r) => ({
		date: `${r.year}-07-01`,
		series: `${tr.t('label.article')} ${r.article}: ${r.offence}`,
		value: r.convicted
	}));
	const mismatches = subtotalNotes(all, tr);
	return panel(
		{
			id: 'courts-articles',
			title: `${tr.t('courts.sexual_title')}${q.year ? ` — ${q.year}` : ''}`,
			columns: [
				col.year(tr),
				col.text('article', tr.t('label.article')),
				col.text('offence', tr.t('label.offence')),
				col.number('convicted', tr.t('courts.convicted')),
				col.number('acquitted', tr.t('courts.acquitted')),
				col.pct('acquittalRate', tr.t('courts.acquittal_rate'), 2),
				col.number('terminated', tr.t('courts.terminated')),
				col.number('imprisoned', tr.t('courts.pun.prison'))
			],
			rows,
			chart: countsOverTime(tr),
			chartRows,
			notes: mismatches.length ? mismatches : [tr.t('courts.sexual_note')],
			empty: tr.t('empty.courts'),
			source: { forms: ['courts'], regions: tr.t('label.country'), period: courtYears(q, all) },
			query: toQueryString(q, ['year'])
		},
		tr
	);
}

/**
 * Terms of deprivation of liberty, shortest first, summed over the four articles (and the
 * years selected). The source's columns are disjoint (see domain/court-outcomes.ts), so each
 * person is counted once; the sum is checked against the source's own total and said.
 */
export async function courtsBands(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const all = await courtOutcomes(q.year ?? null);
	const imprisoned = total(all, IMPRISONED);
	// Without any outcome there is no band to count: no rows (never twelve zeros).
	const rows: Row[] = (all.length ? SENTENCE_BANDS : []).map((b) => {
		const value = total(all, b.measure);
		return { band: tr.t(b.label), value, share: sharePct(value, imprisoned) };
	});
	const sum = rows.reduce((a, r) => a + ((r.value as number | null) ?? 0), 0);
	const check =
		imprisoned === sum
			? tr.t('courts.bands_check').replace('{sum}', tr.num(sum))
			: tr
					.t('courts.bands_mismatch')
					.replace('{sum}', tr.num(sum))
					.replace('{total}', tr.num(imprisoned));
	return panel({
		id: 'courts-bands',
		title: `${tr.t('courts.bands_title')} — ${tr.t('courts.sexual_short')}${q.year ? `, ${q.year}` : ''}`,
		columns: [
			col.text('band', tr.t('courts.band')),
			col.count(tr),
			col.pct('share', tr.t('ind.share'), 1)
		],
		rows,
		chart: orderedBars('band', 'value', tr.t('ind.count')),
		notes: [tr.t('courts.bands_note'), check],
		empty: tr.t('empty.courts'),
		source: { forms: ['courts'], regions: tr.t('label.country'), period: courtYears(q, all) },
		query: toQueryString(q, ['year'])
	});
}

/**
 * Punishments and other measures, summed over the four articles: first the main punishments
 * and releases, which together are every convicted person (checked and said), then the
 * additional measures, which come on top.
 */
export async function courtsPunishments(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const all = await courtOutcomes(q.year ?? null);
	const convicted = total(all, CONVICTED);
	const row = (m: { measure: string; label: Parameters<Translator['t']>[0] }, main: boolean) => {
		const value = total(all, m.measure);
		return {
			measure: tr.t(m.label),
			kind: tr.t(main ? 'courts.kind.disposal' : 'courts.kind.other'),
			value,
			share: sharePct(value, convicted)
		};
	};
	const rows: Row[] = all.length
		? [...DISPOSALS.map((m) => row(m, true)), ...OTHER_MEASURES.map((m) => row(m, false))]
		: [];
	const sum = DISPOSALS.reduce((a, m) => a + (total(all, m.measure) ?? 0), 0);
	const note =
		sum === convicted
			? tr
					.t('courts.punishments_note')
					.replace('{sum}', tr.num(sum))
					.replace('{convicted}', tr.num(convicted))
			: tr
					.t('courts.punishments_mismatch')
					.replace('{sum}', tr.num(sum))
					.replace('{convicted}', tr.num(convicted));
	return panel({
		id: 'courts-punishments',
		title: `${tr.t('courts.punishments_title')} — ${tr.t('courts.sexual_short')}${q.year ? `, ${q.year}` : ''}`,
		columns: [
			col.text('measure', tr.t('courts.punishment')),
			col.text('kind', tr.t('courts.kind')),
			col.count(tr),
			col.pct('share', tr.t('courts.share_convicted'), 1)
		],
		rows,
		chart: orderedBars('measure', 'value', tr.t('ind.count')),
		notes: [note],
		empty: tr.t('empty.courts'),
		source: { forms: ['courts'], regions: tr.t('label.country'), period: courtYears(q, all) },
		query: toQueryString(q, ['year'])
	});
}
