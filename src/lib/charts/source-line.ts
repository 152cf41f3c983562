/**
 * The one wording of the source line, shared by the page, the SVG/PNG exports and the
 * CSV/XLSX exports: forms, regions, period, data hash, date generated (+ synthetic mark).
 */
import type { Translator } from '../i18n';
import type { SourceInfo } from '../dataset';

export function formatSourceLine(s: SourceInfo, tr: Translator): string {
	const parts = [
		`${tr.t('label.source')}: ${s.forms.join(', ')}`,
		`${tr.t('label.region')}: ${s.regions}`,
		`${tr.t('label.period')}: ${s.period}`,
		`${tr.t('label.hash')} ${s.hash}`,
		`${tr.t('label.generated')} ${s.generated}`
	];
	return parts.join('; ') + (s.synthetic ? ` — ${tr.t('label.synthetic')}` : '');
}
