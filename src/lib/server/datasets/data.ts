/**
 * Data (/data): the sources (file, hash, title, period), the coverage matrix region ×
 * period × form, and every validation finding — as tables with the same exports.
 */
import type { Dataset } from '../../dataset';
import type { Translator } from '../../i18n';
import { coverage, findings, sources } from '../queries/data-quality';
import { sourceInfo } from '../queries/source-info';
import { toQueryString, type ViewQuery } from '../params';

const ALL_FORMS = ['1-M', 'СНГ-1', 'population', 'courts', 'published', 'opendata-1m', 'demo'];

export async function dataSources(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const rows = (await sources()).map((s) => ({ ...s, sha: s.sha256.slice(0, 12) }));
	return {
		id: 'data-sources',
		title: tr.t('data.sources'),
		columns: [
			{ key: 'name', label: tr.t('data.file'), kind: 'text' },
			{ key: 'form', label: tr.t('data.form'), kind: 'text' },
			{ key: 'region', label: tr.t('label.region'), kind: 'text' },
			{ key: 'period', label: tr.t('label.period'), kind: 'text' },
			{ key: 'title', label: tr.t('data.title_col'), kind: 'text' },
			{ key: 'sha256', label: 'SHA-256', kind: 'text' },
			{ key: 'cells', label: tr.t('label.cells'), kind: 'number' },
			{ key: 'importedAt', label: tr.t('label.imported'), kind: 'text' },
			{ key: 'synthetic', label: tr.t('label.synthetic'), kind: 'text' }
		],
		rows,
		source: await sourceInfo({ forms: ALL_FORMS, regions: tr.t('filter.all'), period: 'all' }),
		query: ''
	};
}

export async function dataCoverage(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const rows = (await coverage()).map((c) => ({ ...c, regionName: tr.region(c.region) }));
	return {
		id: 'data-coverage',
		title: tr.t('data.coverage'),
		columns: [
			{ key: 'form', label: tr.t('data.form'), kind: 'text' },
			{ key: 'period', label: tr.t('label.period'), kind: 'text' },
			{ key: 'region', label: 'ISO', kind: 'text' },
			{ key: 'regionName', label: tr.t('label.region'), kind: 'text' },
			{ key: 'status', label: tr.t('data.status'), kind: 'text' },
			{ key: 'file', label: tr.t('data.file'), kind: 'text' },
			{ key: 'findings', label: tr.t('data.findings'), kind: 'number' }
		],
		rows,
		source: await sourceInfo({ forms: ALL_FORMS, regions: tr.t('filter.all'), period: 'all' }),
		query: ''
	};
}

export async function dataFindings(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const rows = await findings(q.limit);
	return {
		id: 'data-findings',
		title: tr.t('data.findings'),
		columns: [
			{ key: 'severity', label: tr.t('data.severity'), kind: 'text' },
			{ key: 'rule', label: tr.t('data.rule'), kind: 'text' },
			{ key: 'form', label: tr.t('data.form'), kind: 'text' },
			{ key: 'region', label: tr.t('label.region'), kind: 'text' },
			{ key: 'period', label: tr.t('label.period'), kind: 'text' },
			{ key: 'section', label: 'section', kind: 'text' },
			{ key: 'rowCode', label: 'row', kind: 'text' },
			{ key: 'grafa', label: 'графа', kind: 'text' },
			{ key: 'expected', label: tr.t('data.expected'), kind: 'number' },
			{ key: 'found', label: tr.t('data.found'), kind: 'number' },
			{ key: 'message', label: tr.t('data.message'), kind: 'text' }
		],
		rows: rows as unknown as Dataset['rows'],
		source: await sourceInfo({ forms: ALL_FORMS, regions: tr.t('filter.all'), period: 'all' }),
		query: toQueryString(q, ['limit'])
	};
}
