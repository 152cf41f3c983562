/**
 * Form 1-M «О зарегистрированных уголовных правонарушениях»: its 26 sections (one sheet
 * each) and what they hold. Where the графы, codes and labels sit is found in each sheet
 * (section.ts); this file only says which sheets a complete workbook must have. The key row
 * codes and графы are documented in ./README.md for the validation rules.
 */

export interface SectionInfo {
	sheet: string;
	title: string;
}

export const FORM_1M_SECTIONS: readonly SectionInfo[] = [
	{ sheet: 'R1', title: 'Registered criminal offences: production, registration, outcomes' },
	{ sheet: 'R1-1', title: 'Offences registered in the current period (the published figure)' },
	{ sheet: 'R1-2', title: 'Offences in the sphere of entrepreneurship' },
	{ sheet: 'R2', title: 'Finished cases by category of offender' },
	{ sheet: 'R3', title: 'Victims (by offence)' },
	{ sheet: 'R3-1', title: 'Victims (in persons)' },
	{ sheet: 'R4', title: 'Material damage and its recovery (thousand tenge)' },
	{ sheet: 'R4-1', title: 'Material damage of suspended and pending cases (thousand tenge)' },
	{ sheet: 'R5', title: 'Offences by persons serving a sentence (penitentiary crime)' },
	{ sheet: 'R6', title: 'Offenders: citizenship, sex, age' },
	{ sheet: 'R7', title: 'Offenders: occupation and education' },
	{ sheet: 'R8', title: 'Offenders among officials and law-enforcement staff' },
	{ sheet: 'R9', title: 'Offenders in groups, intoxicated, previously offending' },
	{ sheet: 'R10', title: 'Juvenile offenders' },
	{ sheet: 'R11', title: 'Intentional crimes causing death' },
	{ sheet: 'PRIL1', title: 'Offences committed with weapons, explosives, technical means' },
	{ sheet: 'PRIL2', title: 'Forces and means that solved offences' },
	{ sheet: 'PRIL3', title: 'Solved offences from earlier years' },
	{ sheet: 'PRIL4', title: 'Suicides and suicide attempts' },
	{ sheet: 'PRIL5', title: 'Criminal misdemeanours (проступки)' },
	{ sheet: 'PRIL6', title: 'Crimes (преступления)' },
	{ sheet: 'PRIL7', title: 'Especially grave crimes' },
	{ sheet: 'PRIL8', title: 'Grave crimes (labelled "особо тяжких" in the template: a known slip)' },
	{ sheet: 'PRIL9', title: 'Minor crimes (небольшой тяжести)' },
	{ sheet: 'PRIL10', title: 'Medium-gravity crimes (средней тяжести)' },
	{ sheet: 'PRIL11', title: 'Grave and especially grave crimes' }
];

export const FORM_1M_SHEETS: readonly string[] = FORM_1M_SECTIONS.map((s) => s.sheet);
