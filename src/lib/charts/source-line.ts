/**
 * The one wording of the source line, shared by the page, the SVG/PNG exports and the
 * CSV/XLSX exports: forms, regions, period, data hash, date generated (+ synthetic mark).
 */
import type { Translator } from '../i18n';
import type { SourceInfo } from '../dataset';

/**
 * `withMark`: the synthetic mark appended to the line (CSV, XLSX, JSON, where the line is the
 * only mark); false where the mark is drawn on its own (the page, the SVG), so it is said once.
 */
export function formatSourceLine(s: SourceInfo, tr: Translator, withMark = true): string {
	// A part with nothing to say is left out: no «Период: » and no hash of an empty set.
	// Sources and periods are named in the reader's language («численность населения», not
	// `population`; «все периоды», not `all`): the ids stay in the export URLs.
	const parts = [
		s.forms.length ? `${tr.t('label.source')}: ${s.forms.map(tr.source).join(', ')}` : null,
		`${tr.t('label.region')}: ${s.regions}`,
		s.period ? `${tr.t('label.period')}: ${tr.period(s.period)}` : null,
		s.hash ? `${tr.t('label.hash')} ${s.hash}` : null,
		`${tr.t('label.generated')} ${s.generated}`
	].filter((x): x is string => x !== null);
	return parts.join('; ') + (withMark && s.synthetic ? ` — ${tr.t('label.synthetic')}` : '');
}
