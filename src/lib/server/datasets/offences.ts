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
import { toQueryString, type ViewQuery } from '../params';
import { periodContext } from './context';
import { col } from './columns';
import { forPeriod, panel, ranking } from './panel';
import { nationalCoverage } from './coverage';

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
			// Article names have no official kk/en text: they stay in the form's Russian.
			labelLang: selected ? 'ru' : null,
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
	return panel({
		id: 'offences-table',
		title: `${chapterLabel ?? tr.t('offences.title')} — ${where}${ctx.period ? `, ${tr.period(ctx.period)}` : ''}`,
		columns: [
			chapterLabel
				? { ...col.text('label', tr.t('label.article')), langKey: 'labelLang' }
				: col.chapter(tr),
			col.count(tr, 'registered'),
			col.share(tr),
			col.rate(tr),
			col.change(tr),
			col.number('finished', tr.t('ind.finished')),
			col.number('toCourt', tr.t('ind.to_court'))
		],
		rows,
		chart: ranking('label', 'registered', tr.t('ind.count')),
		notes: [
			partial && tr.t('label.partial'),
			// Chapter titles are translated (unofficially); article names stay as in the form.
			tr.lang !== 'ru' && tr.t('offences.translation_note'),
			tr.lang !== 'ru' && tr.t('offences.article_note')
		],
		source: { forms: ['1-M', 'population'], regions: where, period: ctx.period },
		query: toQueryString(q, ['period', 'region', 'row']),
		coverage: q.region ? [] : await nationalCoverage([ctx.period], tr, q.row ? [] : ['all'])
	});
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
	return panel({
		id: 'offences-where',
		title: forPeriod(tr.t('offences.where'), ctx.period, tr),
		columns: [col.region(tr), col.count(tr, 'registered'), col.rate(tr)],
		rows,
		chart: ranking('region', 'rate', tr.t('ind.rate')),
		source: { forms: ['1-M', 'population'], regions: tr.t('filter.all'), period: ctx.period },
		query: toQueryString(q, ['period', 'row'])
	});
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
