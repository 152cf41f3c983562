/**
 * The founding papers' and the press's context figures about the penal system (data/published):
 * pre-trial places and centres, institutions and colonies, convicts in employment, the share of
 * prisoners previously convicted, amnesty. Each is a cited card: value, date, source link and
 * the quote it was copied from. Pre-trial occupancy is computed only where one source gives
 * both the detainees and the places for the same date, and says that it is computed.
 */
import type { Dataset, Row } from '../../dataset';
import type { MessageKey, Translator } from '../../i18n';
import { publishedFigures, type PublishedFigure } from '../queries/published-figures';
import { col } from './columns';
import { panel, yearSpan } from './panel';
import { isNational, quoteCell, sourceName, unitCell, unitLabel } from './published-sources';

/** The card's order on the page. */
const CONTEXT_INDICATORS = [
	'penal_institutions',
	'penal_colonies',
	'pretrial_centres',
	'pretrial_capacity',
	'employed_convicts',
	'share_prisoners_previously_convicted',
	'amnesty_applied_persons'
] as const;

/** Published in per cent (the value is a share, shown in the share column). */
const isShare = (f: PublishedFigure) => f.unit.startsWith('%');

const dateOf = (f: PublishedFigure) => f.end ?? f.start;

function card(f: PublishedFigure, tr: Translator): Row {
	return {
		key: f.indicator,
		id: f.id,
		indicator: tr.t(`pen.ctx.${f.indicator}` as MessageKey),
		value: isShare(f) ? null : f.value,
		share: isShare(f) ? f.value : null,
		...unitCell(f.unit, tr),
		date: dateOf(f),
		source: sourceName(f.url, tr),
		...quoteCell(f.quote),
		url: f.url
	};
}

/** Occupancy = detainees ÷ places, for each date where one source gives both. */
function occupancy(figs: PublishedFigure[], tr: Translator): Row[] {
	const out: Row[] = [];
	for (const cap of figs.filter((f) => f.indicator === 'pretrial_capacity')) {
		const held = figs.find(
			(f) => f.indicator === 'pretrial_detainees' && f.url === cap.url && dateOf(f) === dateOf(cap)
		);
		if (!held || !cap.value) continue;
		out.push({
			key: 'pretrial_occupancy',
			id: `${held.id} ÷ ${cap.id}`,
			indicator: tr.t('pen.context_occupancy'),
			value: null,
			share: (held.value / cap.value) * 100,
			unit: `${unitLabel(held.unit, tr).text} ÷ ${unitLabel(cap.unit, tr).text}`,
			unitLang: unitLabel(held.unit, tr).lang ?? unitLabel(cap.unit, tr).lang,
			date: dateOf(cap),
			source: sourceName(cap.url, tr),
			...quoteCell(cap.quote),
			url: cap.url
		});
	}
	return out;
}

export async function penitentiaryContext(_q: unknown, tr: Translator): Promise<Dataset> {
	const figs = (await publishedFigures([...CONTEXT_INDICATORS, 'pretrial_detainees'])).filter(
		isNational
	);
	const order = (k: string) => {
		const i = CONTEXT_INDICATORS.indexOf(k as (typeof CONTEXT_INDICATORS)[number]);
		return i < 0 ? CONTEXT_INDICATORS.indexOf('pretrial_capacity') + 0.5 : i;
	};
	const rows = [
		...figs.filter((f) => f.indicator !== 'pretrial_detainees').map((f) => card(f, tr)),
		...occupancy(figs, tr)
	].sort(
		(a, b) =>
			order(String(a.key)) - order(String(b.key)) ||
			String(a.date ?? '').localeCompare(String(b.date ?? ''))
	);
	const occ = rows.some((r) => r.key === 'pretrial_occupancy');
	return panel({
		id: 'penitentiary-context',
		title: tr.t('pen.context'),
		columns: [
			col.text('indicator', tr.t('pen.col.indicator')),
			{ ...col.number('value', tr.t('ind.count')), blankIfNull: true },
			{ ...col.pct('share', tr.t('ind.share')), blankIfNull: true },
			{ ...col.text('unit', tr.t('label.unit')), langKey: 'unitLang' },
			{ ...col.period(tr, 'date'), blankIfNull: true },
			col.text('source', tr.t('label.source')),
			{ ...col.text('quote', tr.t('pen.col.quote')), langKey: 'quoteLang' },
			col.text('url', 'URL'),
			col.text('id', 'id')
		],
		rows,
		notes: [occ && tr.t('pen.context_occupancy_note')],
		empty: tr.t('empty.published'),
		source: {
			forms: ['published'],
			regions: tr.t('label.country'),
			period: yearSpan(
				rows.filter((r) => r.date).map((r) => ({ year: String(r.date).slice(0, 4) }))
			)
		},
		query: ''
	});
}
