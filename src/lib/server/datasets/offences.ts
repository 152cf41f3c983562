/**
 * Offences (/offences): the Criminal Code structure of Form 1-M, chapter → article. Without
 * `row` the chapters are listed; with a chapter's row code, its articles. Counts, share,
 * rate, change, finished and sent to court; and where the selected row was registered.
 */
import type { Dataset, Row } from '../../dataset';
import { localLabel } from '../../domain/criminal-code';
import type { Translator } from '../../i18n';
import { changePct, ratePer10k, sharePct } from '../../domain/indicators';
import { offenceByRegion, offencesByArticle } from '../queries/offences-by-article';
import { populationIndex } from '../queries/population';
import { sourceInfo } from '../queries/source-info';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext } from './context';

export async function offencesTable(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	let chapterLabel: string | null = null;
	let partial = false;
	if (ctx.period) {
		const res = await offencesByArticle(ctx.period, ctx.previous!, q.region ?? null);
		partial = res.partial;
		const pop = await populationIndex();
		const population = pop(q.region ?? 'KZ', Number(ctx.period.slice(0, 4)));
		const chapters = res.rows.filter((r) => r.isChapter);
		const total = chapters.reduce((a, r) => a + (r.registered ?? 0), 0);
		const selected = q.row ? chapters.find((c) => c.rowCode === q.row) : undefined;
		chapterLabel = selected ? localLabel(selected.label, tr.lang) : null;
		const list = selected
			? res.rows.filter((r) => !r.isChapter && r.chapter === selected.chapter)
			: chapters;
		rows = list.map((r) => ({
			row: r.rowCode,
			label: localLabel(r.label, tr.lang),
			article: r.article,
			registered: r.registered,
			share: sharePct(r.registered, selected ? selected.registered : total),
			rate: partial ? null : ratePer10k(r.registered, population),
			change: changePct(r.registered, r.previous),
			finished: r.finished,
			toCourt: r.toCourt
		}));
	}
	const where = q.region ? tr.region(q.region) : tr.t('label.country');
	return {
		id: 'offences-table',
		title: `${chapterLabel ?? tr.t('offences.title')} — ${where}, ${ctx.period ? tr.period(ctx.period) : ''}`,
		columns: [
			{
				key: 'label',
				label: chapterLabel ? tr.t('label.article') : tr.t('label.chapter'),
				kind: 'text'
			},
			{ key: 'registered', label: tr.t('ind.count'), kind: 'number' },
			{ key: 'share', label: tr.t('ind.share'), kind: 'pct' },
			{ key: 'rate', label: tr.t('ind.rate'), kind: 'number', digits: 2 },
			{ key: 'change', label: tr.t('ind.change'), kind: 'signedPct' },
			{ key: 'finished', label: tr.t('ind.finished'), kind: 'number' },
			{ key: 'toCourt', label: tr.t('ind.to_court'), kind: 'number' }
		],
		rows,
		chart: rows.length
			? { kind: 'barRanking', label: 'label', value: 'registered', xLabel: tr.t('ind.count') }
			: undefined,
		note:
			[
				partial ? tr.t('label.partial') : '',
				// Chapter titles are translated (unofficially); article names stay as in the form.
				tr.lang !== 'ru' ? tr.t('offences.translation_note') : '',
				tr.lang !== 'ru' ? tr.t('offences.article_note') : ''
			]
				.filter(Boolean)
				.join(' ') || undefined,
		source: await sourceInfo({
			forms: ['1-M', 'population'],
			regions: where,
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['period', 'region', 'row'])
	};
}

export async function offencesWhere(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	const row = q.row ?? '1';
	let rows: Row[] = [];
	if (ctx.period) {
		const byRegion = await offenceByRegion(ctx.period, row);
		const pop = await populationIndex();
		const year = Number(ctx.period.slice(0, 4));
		rows = byRegion.map((r) => ({
			code: r.region,
			region: tr.region(r.region),
			registered: r.value,
			rate: ratePer10k(r.value, pop(r.region, year))
		}));
	}
	return {
		id: 'offences-where',
		title: `${tr.t('offences.where')} — ${ctx.period ? tr.period(ctx.period) : ''}`,
		columns: [
			{ key: 'region', label: tr.t('label.region'), kind: 'text' },
			{ key: 'registered', label: tr.t('ind.count'), kind: 'number' },
			{ key: 'rate', label: tr.t('ind.rate'), kind: 'number', digits: 2 }
		],
		rows,
		chart: rows.length
			? { kind: 'barRanking', label: 'region', value: 'rate', xLabel: tr.t('ind.rate') }
			: undefined,
		source: await sourceInfo({
			forms: ['1-M', 'population'],
			regions: tr.t('filter.all'),
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['period', 'row'])
	};
}

/** The Criminal Code chapter number of the selected chapter row (`row`), if any. */
export async function selectedChapter(q: ViewQuery): Promise<number | null> {
	if (!q.row) return null;
	const ctx = await periodContext(q);
	if (!ctx.period) return null;
	const res = await offencesByArticle(ctx.period, ctx.previous!, q.region ?? null);
	const row = res.rows.find((r) => r.isChapter && r.rowCode === q.row);
	const n = row?.chapter ? Number(row.chapter) : NaN;
	return Number.isInteger(n) && n >= 1 && n <= 18 ? n : null;
}
