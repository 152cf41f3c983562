/**
 * Probation (/penitentiary): the caseload as published (data/published, indicator
 * `probation_registered`, one series per source, never joined across sources) and the
 * offences by persons registered with probation services, which Form 1-M counts in Section 5,
 * графа 10 («службы пробации»). The two are different counts (persons, offences): one table,
 * and a chart of the caseload only.
 */
import type { Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { parsePeriod } from '../../domain/periods';
import { r5Totals } from '../queries/penitentiary';
import { publishedFigures } from '../queries/published-figures';
import { toQueryString, type ViewQuery } from '../params';
import { col } from './columns';
import { countsOverTime, panel, yearSpan } from './panel';
import { isNational, quoteCell, seriesOf, sourceName, unitCell } from './published-sources';
import { nationalCoverage } from './coverage';

export async function penitentiaryProbation(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const [figs, totals] = await Promise.all([
		publishedFigures(['probation_registered']),
		r5Totals(q.region ?? null)
	]);
	const caseload = tr.t('pen.probation_caseload');
	const published: Row[] = figs.filter(isNational).map((f) => ({
		date: f.end ?? f.start,
		measure: caseload,
		category: caseload,
		series: seriesOf(caseload, f, tr),
		value: f.value,
		...unitCell(f.unit, tr),
		where: tr.t('label.country'),
		source: sourceName(f.url, tr),
		...quoteCell(f.quote),
		url: f.url
	}));
	// R5 графа 10 per whole year: one region's workbook, the republic's, or the regions summed.
	const offences: Row[] = [];
	const summed: string[] = [];
	const years = [...new Set(totals.map((t) => t.period))].filter(
		(p) => parsePeriod(p).monthTo === 12
	);
	for (const p of years.sort()) {
		const at = totals.filter((t) => t.period === p);
		const kz = at.filter((t) => t.region === 'KZ');
		const held = q.region || !kz.length ? at.filter((t) => t.region !== 'KZ') : kz;
		if (!held.length) continue;
		if (!q.region && !kz.length) summed.push(p);
		offences.push({
			date: p,
			measure: tr.t('pen.probation_offences'),
			value: held.reduce((a, t) => a + Number(t.probation ?? 0), 0),
			unit: null,
			where: q.region ? tr.region(q.region) : tr.t('label.country'),
			source: tr.t('label.forms'),
			quote: null,
			url: null
		});
	}
	const rows = [...published, ...offences].sort((a, b) =>
		String(a.date ?? '9999').localeCompare(String(b.date ?? '9999'))
	);
	const dated = rows.filter((r) => r.date).map((r) => ({ year: String(r.date).slice(0, 4) }));
	return panel(
		{
			id: 'penitentiary-probation',
			title: tr.t('pen.probation'),
			columns: [
				{ ...col.period(tr, 'date'), blankIfNull: true },
				col.text('measure', tr.t('pen.col.measure')),
				col.text('where', tr.t('label.region')),
				col.count(tr),
				{ ...col.text('unit', tr.t('label.unit')), blankIfNull: true, langKey: 'unitLang' },
				col.text('source', tr.t('label.source')),
				{ ...col.text('quote', tr.t('pen.col.quote')), blankIfNull: true, langKey: 'quoteLang' },
				{ ...col.text('url', 'URL'), blankIfNull: true }
			],
			rows,
			chart: countsOverTime(tr, 'category'),
			chartRows: published.filter((r) => r.date),
			notes: [tr.t('pen.probation_note'), summed.length > 0 && tr.t('label.partial')],
			empty: tr.t('empty.published'),
			source: {
				forms: ['published', ...(offences.length ? ['1-M'] : [])],
				regions: q.region ? tr.region(q.region) : tr.t('label.country'),
				period: yearSpan(dated)
			},
			query: toQueryString(q, ['region']),
			coverage: q.region ? [] : await nationalCoverage(summed, tr)
		},
		tr
	);
}
