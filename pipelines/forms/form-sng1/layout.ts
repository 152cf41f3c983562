/**
 * Form СНГ-1 «Сведения о состоянии преступности и результатах расследования»: three
 * sheets in the same template as Form 1-M (графы row "А, Б, 1…"). R3 (population) has no
 * row codes, so its rows are numbered by order. Key rows and графы: ./README.md.
 */

export interface SngSectionInfo {
	sheet: string;
	title: string;
	codesByOrder?: boolean;
}

export const FORM_SNG1_SECTIONS: readonly SngSectionInfo[] = [
	{ sheet: 'R1', title: 'General state of crime (crimes only)' },
	{ sheet: 'R2', title: 'Finished cases by category of offender' },
	{ sheet: 'R3', title: 'Population', codesByOrder: true }
];

export const FORM_SNG1_SHEETS: readonly string[] = FORM_SNG1_SECTIONS.map((s) => s.sheet);
