/**
 * The import history (/data/imports): every file of every import, from the command line or the
 * site, refused ones included, newest first, read from the import audit of the private
 * directory ($lib/private/audit). Who imported (an OS user or an account name) is left out:
 * this table is public; the names stay in the private log and on the signed-in import page.
 */
import type { Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { readImportRecords, type ImportRecord } from '../../private/audit';
import { toQueryString, type ViewQuery } from '../params';
import { col } from './columns';
import { panel } from './panel';
import { refusalText } from '../../i18n/import-refusal';

export function filterRecords(records: ImportRecord[], q: ViewQuery): ImportRecord[] {
	return records.filter(
		(r) =>
			(!q.channel || r.channel === q.channel) &&
			(!q.result || r.result === q.result) &&
			(!q.form || r.form === q.form) &&
			(!q.region || r.region === q.region) &&
			(!q.period || r.period === q.period)
	);
}

function messageOf(
	r: ImportRecord,
	tr: Translator
): { message: string | null; messageLang: string | null } {
	if (r.message === null) return { message: null, messageLang: null };
	const said = refusalText(
		{ message: r.message, code: r.code, params: r.params, file: r.file },
		tr.lang
	);
	return { message: said.text, messageLang: said.lang };
}

export async function dataImports(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const records = filterRecords(readImportRecords(), q).reverse().slice(0, q.limit);
	const rows: Row[] = records.map((r) => ({
		at: r.at,
		channel: tr.t(r.channel === 'web' ? 'imp.channel_web' : 'imp.channel_cli'),
		file: r.file,
		bytes: r.bytes,
		sha256: r.sha256,
		form: r.form,
		region: r.region,
		period: r.period,
		result: tr.t(`imp.status_${r.result}` as Parameters<Translator['t']>[0]),
		cells: r.cells,
		findings: r.findings,
		generation: r.generation,
		// The refusal in the page's language from its code; an old record (no code) as stored.
		...messageOf(r, tr)
	}));
	const forms = [...new Set(records.map((r) => r.form).filter((f): f is string => !!f))];
	return panel({
		id: 'data-imports',
		title: tr.t('imp.history'),
		columns: [
			col.text('at', tr.t('imp.at')),
			col.text('channel', tr.t('imp.channel')),
			col.text('file', tr.t('data.file')),
			col.number('bytes', tr.t('imp.bytes')),
			{ ...col.text('sha256', 'SHA-256'), blankIfNull: true },
			{ ...col.text('form', tr.t('data.form')), blankIfNull: true },
			// Named on the page, the code in the downloads.
			{
				...col.regionCode(
					tr,
					records.map((r) => r.region)
				),
				blankIfNull: true
			},
			{ ...col.period(tr), blankIfNull: true },
			col.text('result', tr.t('imp.result')),
			col.number('cells', tr.t('label.cells')),
			col.number('findings', tr.t('data.findings')),
			{ ...col.number('generation', tr.t('imp.col_generation')), blankIfNull: true },
			{ ...col.text('message', tr.t('imp.message')), blankIfNull: true, langKey: 'messageLang' }
		],
		rows,
		empty: tr.t('imp.none'),
		notes: [tr.t('imp.history_intro')],
		source: { forms, regions: tr.t('filter.all'), period: 'all' },
		query: toQueryString(q, ['channel', 'result', 'form', 'region', 'period', 'limit'])
	});
}
