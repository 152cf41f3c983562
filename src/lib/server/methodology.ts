/**
 * The facts of this installation that the /methodology page states beside the definitions:
 * which sources the warehouse holds (current files per form and the data hash a chart citing
 * that form carries — computed by queries/source-info.ts, the same code as every source line)
 * and a ready citation of a real chart, so that the page never describes a hash it cannot show.
 */
import { cachedQuery } from './db';
import { sourceInfo } from './queries/source-info';
import { buildDataset } from './view';
import { parseViewQuery } from './params';
import { formatSourceLine } from '../charts/source-line';
import { translator, type Lang } from '../i18n';
import { citationText } from '../citation';

export interface HeldSource {
	form: string;
	files: number;
	/** Periods of the files that have one, «2022» or «2015–2022». */
	periods: string;
	hash: string;
}

/** Current (not replaced) source files per form, with the hash of those files. */
export async function heldSources(): Promise<HeldSource[]> {
	const rows = await cachedQuery<{ form: string; files: number; lo: string; hi: string }>(
		`SELECT form, count(*)::INTEGER AS files, min(period) AS lo, max(period) AS hi
		 FROM source_file WHERE status <> 'replaced' AND NOT synthetic
		 GROUP BY form ORDER BY form`
	);
	return Promise.all(
		rows.map(async (r) => ({
			form: r.form,
			files: r.files,
			periods: !r.lo ? '' : r.lo === r.hi ? r.lo : `${r.lo}–${r.hi}`,
			hash: (await sourceInfo({ forms: [r.form], regions: '', period: '' })).hash
		}))
	);
}

export interface Citation {
	title: string;
	url: string;
	accessed: string;
	sourceLine: string;
	text: string;
}

/** The citation of the /regions chart with its default filters, or null when it has no data. */
export async function exampleCitation(lang: Lang, origin: string): Promise<Citation | null> {
	const tr = translator(lang);
	const ds = await buildDataset('regions-indicator', parseViewQuery(new URLSearchParams()), lang);
	if (!ds || !ds.rows.length) return null;
	const url = `${origin}/regions${ds.query}`;
	const day = new Date().toISOString().slice(0, 10);
	// ISO, as the source line writes its date: one unambiguous form in every language.
	const accessed = day;
	const sourceLine = formatSourceLine(ds.source, tr);
	return {
		title: ds.title,
		url,
		accessed,
		sourceLine,
		text: citationText({ title: ds.title, url, accessed, sourceLine }, tr)
	};
}
