/**
 * Data (/data): the sources (file, hash, title, period), the coverage matrix region ×
 * period × form, and every validation finding — as tables with the same exports.
 */
import type { Dataset, Row } from '../../dataset';
import { scriptLang, type Translator } from '../../i18n';
import { MESSAGES, type MessageKey } from '../../i18n/messages';
import { coverage, findings, sources } from '../queries/data-quality';
import { toQueryString, type ViewQuery } from '../params';
import { col } from './columns';
import { panel, type PanelParts } from './panel';
import { findingText, ruleText } from '../../i18n/finding-text';
import { FINDING_LABELS } from '../../i18n/features/findings';

const ALL_FORMS = ['1-M', 'СНГ-1', 'population', 'courts', 'published', 'opendata-1m', 'demo'];

/** A coverage status (imported, synthetic, missing) in words; an unknown one as it is. */
function coverageStatus(status: string, tr: Translator): string {
	const key = `coverage.status.${status}`;
	return key in MESSAGES[tr.lang] ? tr.t(key as MessageKey) : status;
}

/** A finding's severity (error, warning, info) in words; the id stays in the API. */
function severityName(severity: string, tr: Translator): string {
	const key = `severity.${severity}`;
	return key in MESSAGES[tr.lang] ? tr.t(key as MessageKey) : severity;
}

/** The three tables describe the whole warehouse: every form, every region, every period. */
function wholeWarehouse(
	tr: Translator,
	parts: Omit<PanelParts, 'source' | 'query'> & { query?: string }
): Promise<Dataset> {
	return panel({
		query: '',
		...parts,
		source: { forms: ALL_FORMS, regions: tr.t('filter.all'), period: 'all' }
	});
}

/**
 * Every source file ever imported: a file replaced by a later one of the same scope stays in
 * the list as history (status «replaced», and which file replaced it) but is not counted
 * among the current sources.
 */
export async function dataSources(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const all = await sources();
	const rows = all.map((s) => ({
		...s,
		form: tr.source(s.form),
		// A workbook's title is its own text (the form's Russian): marked so on kk/en pages.
		titleLang: s.title ? scriptLang(s.title) : null,
		sha: s.sha256.slice(0, 12),
		status: s.status === 'replaced' ? tr.t('data.replaced') : tr.t('data.current'),
		replacedBy: s.replacedBy ? s.replacedBy.slice(0, 12) : null
	}));
	const replaced = all.filter((s) => s.status === 'replaced').length;
	return wholeWarehouse(tr, {
		id: 'data-sources',
		title: tr.t('data.sources'),
		columns: [
			col.text('name', tr.t('data.file')),
			col.text('form', tr.t('data.form')),
			col.region(tr),
			col.period(tr),
			{ ...col.text('title', tr.t('data.title_col')), langKey: 'titleLang' },
			col.text('sha256', 'SHA-256'),
			col.number('cells', tr.t('label.cells')),
			col.text('importedAt', tr.t('label.imported')),
			col.text('synthetic', tr.t('label.synthetic')),
			col.text('status', tr.t('data.status')),
			{ ...col.text('replacedBy', tr.t('data.replaced_by')), blankIfNull: true }
		],
		rows,
		notes: [
			`${tr.t('data.current_count')}: ${tr.num(all.length - replaced)}` +
				(replaced ? `; ${tr.t('data.replaced_count')}: ${tr.num(replaced)}.` : '.')
		]
	});
}

export async function dataCoverage(q: ViewQuery, tr: Translator): Promise<Dataset> {
	// Statuses and source ids in words (`imported`, `population` are the warehouse's ids).
	const rows = (await coverage()).map((c) => ({
		...c,
		form: tr.source(c.form),
		regionName: tr.region(c.region),
		status: coverageStatus(c.status, tr)
	}));
	return wholeWarehouse(tr, {
		id: 'data-coverage',
		title: tr.t('data.coverage'),
		columns: [
			col.text('form', tr.t('data.form')),
			col.period(tr),
			col.text('region', 'ISO'),
			col.region(tr, 'regionName'),
			col.text('status', tr.t('data.status')),
			col.text('file', tr.t('data.file')),
			col.number('findings', tr.t('data.findings'))
		],
		rows
	});
}

/**
 * Every finding, said in the page's language from its rule, columns and params
 * ($lib/i18n/finding-text.ts): a finding stored without params keeps its English message,
 * marked `lang="en"` (messageLang). The «Rule» column shows the rule in words; the exports
 * keep the rule id (`shownAs`). On ru/kk the stored English sentence is a column too
 * (message_en), unless the query asks without it (`message_en=no`: the /data page).
 */
export async function dataFindings(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const rows = await findings(q.limit, q);
	const withEnglish = tr.lang !== 'en' && q.message_en !== 'no';
	const rules = Object.fromEntries(
		[...new Set(rows.map((f) => f.rule))].map((r) => [r, ruleText(r, tr.lang)])
	);
	return wholeWarehouse(tr, {
		id: 'data-findings',
		title: tr.t('data.findings'),
		columns: [
			col.text('severity', tr.t('data.severity')),
			{ ...col.text('rule', tr.t('data.rule')), shownAs: rules },
			col.text('form', tr.t('data.form')),
			// Named on the page, the code in the downloads (like the rule).
			col.regionCode(
				tr,
				rows.map((f) => f.region)
			),
			col.period(tr),
			col.text('section', tr.t('findings.section')),
			col.text('rowCode', tr.t('label.row')),
			col.text('grafa', tr.t('label.grafa')),
			col.number('expected', tr.t('data.expected')),
			col.number('found', tr.t('data.found')),
			{ ...col.text('message', tr.t('data.message')), langKey: 'messageLang' },
			// The stored English sentence (the record the CLI prints) next to the page language's.
			...(withEnglish ? [col.text('message_en', FINDING_LABELS[tr.lang].messageEn)] : [])
		],
		rows: rows.map(({ params, ...f }) => {
			const said = findingText({ ...f, params }, tr.lang);
			// The params are said in the message; the row carries the columns only.
			return {
				...f,
				form: f.form && tr.source(f.form),
				severity: severityName(f.severity, tr),
				message: said.text,
				messageLang: said.lang === tr.lang ? null : said.lang,
				...(withEnglish ? { message_en: f.message } : {})
			};
		}) as unknown as Row[],
		notes: [
			(q.region || q.section || q.period) &&
				`${tr.t('data.filtered')}: ${[q.region && tr.region(q.region), q.section, q.period && tr.period(q.period)].filter(Boolean).join(', ')}.`
		],
		query: toQueryString(q, ['limit', 'region', 'section', 'period'])
	});
}
