/**
 * The categories of people that each panel of the offenders-and-victims view shows, and where
 * each is in Form 1-M: section (sheet) and графа of row 1 («Всего правонарушений»), read from
 * the 2022 workbooks' header rows (../shared/data/qamqor/form-1m/2022, sheet rows 2–6). A
 * category's share is of its `base` category (none: no share — R3 counts victims per offence,
 * and its графы have no common total); its rate per 10,000 is of the mean resident population
 * of `pop` (women of women, men of men). One category is computed, not read: men = total −
 * women (the form counts women only), and says so in its reference.
 */
import type { Sex } from '../queries/people';
import type { Translator } from '../../i18n';

export interface PeopleCategory {
	/** The glossary key (people.cat.<key>) of its name. */
	key: string;
	section: string;
	grafa: string;
	/** Men: the total's графа minus this графа (women). */
	minus?: string;
	/** The category its share is of (a key of the same panel). */
	base?: string;
	pop: Sex;
}

const cat = (
	key: string,
	section: string,
	grafa: string,
	base: string | undefined,
	pop: Sex = 'all',
	minus?: string
): PeopleCategory => ({
	key,
	section,
	grafa,
	pop,
	...(base ? { base } : {}),
	...(minus ? { minus } : {})
});

const AGES_R3_1 = [
	'0_11',
	'12_13',
	'14_15',
	'16_17',
	'18_20',
	'21_29',
	'30_39',
	'40_49',
	'50_59',
	'60'
];

/** R3-1: victims in persons, of offences registered in the current year. */
export const VICTIMS: PeopleCategory[] = [
	cat('victims', 'R3-1', '1', undefined),
	cat('women', 'R3-1', '16', 'victims', 'female'),
	cat('men', 'R3-1', '1', 'victims', 'male', '16'),
	cat('minors', 'R3-1', '17', 'victims'),
	...AGES_R3_1.map((a, i) => cat(`age_${a}`, 'R3-1', String(6 + i), 'victims')),
	cat('citizens_kz', 'R3-1', '2', 'victims'),
	cat('citizens_cis', 'R3-1', '3', 'victims'),
	cat('foreigners', 'R3-1', '4', 'victims'),
	cat('stateless', 'R3-1', '5', 'victims'),
	cat('students', 'R3-1', '18', 'victims'),
	cat('disabled', 'R3-1', '22', 'victims'),
	cat('pensioners', 'R3-1', '23', 'victims'),
	cat('convicts', 'R3-1', '24', 'victims')
];

/** R3: victims counted by offence (a person harmed by two offences counts twice). */
export const VICTIMS_BY_OFFENCE: PeopleCategory[] = [
	cat('against_persons', 'R3', '1', undefined),
	cat('women', 'R3', '2', undefined, 'female'),
	cat('minors', 'R3', '3', undefined),
	...AGES_R3_1.map((a, i) => cat(`age_${a}`, 'R3', String(15 + i), undefined)),
	cat('citizens_kz', 'R3', '11', undefined),
	cat('citizens_cis', 'R3', '12', undefined),
	cat('foreigners', 'R3', '13', undefined),
	cat('stateless', 'R3', '14', undefined),
	cat('students', 'R3', '4', undefined),
	cat('disabled', 'R3', '8', undefined),
	cat('pensioners', 'R3', '9', undefined),
	cat('convicts', 'R3', '10', undefined),
	cat('against_legal', 'R3', '25', undefined),
	cat('causing_death', 'R3', '26', undefined)
];

/** R6: persons who committed offences (finished cases), by sex, age and citizenship. */
export const OFFENDERS: PeopleCategory[] = [
	cat('offenders', 'R6', '1', undefined),
	cat('women', 'R6', '9', 'offenders', 'female'),
	cat('men', 'R6', '1', 'offenders', 'male', '9'),
	cat('juveniles', 'R6', '10', 'offenders'),
	cat('age_12_13', 'R6', '11', 'offenders'),
	cat('age_14_15', 'R6', '12', 'offenders'),
	cat('age_16_17', 'R6', '13', 'offenders'),
	cat('age_18_20', 'R6', '14', 'offenders'),
	cat('age_21_29', 'R6', '15', 'offenders'),
	cat('age_30_39', 'R6', '16', 'offenders'),
	cat('age_40_49', 'R6', '17', 'offenders'),
	cat('age_50_59', 'R6', '18', 'offenders'),
	cat('age_60', 'R6', '19', 'offenders'),
	cat('citizens_kz', 'R6', '6', 'offenders'),
	cat('citizens_cis', 'R6', '7', 'offenders'),
	cat('foreigners', 'R6', '8', 'offenders'),
	cat('sent_to_court', 'R6', '2', 'offenders')
];

/** R7: occupation and education of the offenders; shares of all offenders (R6 графа 1). */
export const OCCUPATION: PeopleCategory[] = [
	cat('offenders', 'R6', '1', undefined),
	cat('workers', 'R7', '1', 'offenders'),
	cat('civil_servants', 'R7', '2', 'offenders'),
	cat('entrepreneurs', 'R7', '3', 'offenders'),
	cat('students', 'R7', '4', 'offenders'),
	cat('unemployed', 'R7', '8', 'offenders'),
	cat('military', 'R7', '11', 'offenders'),
	cat('other_occupation', 'R7', '16', 'offenders'),
	cat('higher_education', 'R7', '9', 'offenders'),
	cat('secondary_education', 'R7', '10', 'offenders')
];

/** R9: the offenders' state and history; shares of all offenders (R6 графа 1). */
export const STATE: PeopleCategory[] = [
	cat('offenders', 'R6', '1', undefined),
	cat('in_group', 'R9', '1', 'offenders'),
	cat('organised_group', 'R9', '4', 'offenders'),
	cat('alcohol', 'R9', '5', 'offenders'),
	cat('drugs', 'R9', '7', 'offenders'),
	cat('previously_offending', 'R9', '9', 'offenders'),
	cat('unexpunged_conviction', 'R9', '10', 'offenders'),
	cat('recidivism', 'R9', '11', 'offenders'),
	cat('former_prisoners', 'R9', '13', 'offenders'),
	cat('non_custodial', 'R9', '16', 'offenders'),
	cat('probation_clients', 'R9', '17', 'offenders')
];

/** R8: law-enforcement officers, judges and other officials; shares of all offenders. */
export const OFFICIALS: PeopleCategory[] = [
	cat('offenders', 'R6', '1', undefined),
	cat('police', 'R8', '1', 'offenders'),
	cat('security_service', 'R8', '4', 'offenders'),
	cat('prosecutors', 'R8', '5', 'offenders'),
	cat('economic_investigation', 'R8', '6', 'offenders'),
	cat('anti_corruption', 'R8', '7', 'offenders'),
	cat('judges', 'R8', '8', 'offenders'),
	cat('deputies', 'R8', '9', 'offenders'),
	cat('akims', 'R8', '10', 'offenders'),
	cat('bailiffs', 'R8', '11', 'offenders'),
	cat('military', 'R8', '12', 'offenders')
];

/**
 * R10: juveniles held criminally liable (графа 1 = R6 графа 10; the form's header says «из
 * графы 9 раздела 6», a slip of the template, whose R6 графа 9 is women).
 */
export const JUVENILES: PeopleCategory[] = [
	cat('juveniles_liable', 'R10', '1', undefined),
	cat('girls', 'R10', '2', 'juveniles_liable', 'female'),
	cat('students', 'R10', '3', 'juveniles_liable'),
	cat('not_working_studying', 'R10', '4', 'juveniles_liable'),
	cat('in_group', 'R10', '5', 'juveniles_liable'),
	cat('with_adults', 'R10', '6', 'juveniles_liable'),
	cat('on_record', 'R10', '7', 'juveniles_liable'),
	cat('previously_offending', 'R10', '8', 'juveniles_liable')
];

/** R1: offences registered in the period (графа 2) and where they were committed (26–28). */
export const PLACE: PeopleCategory[] = [
	cat('registered', 'R1', '2', undefined),
	cat('public_places', 'R1', '26', 'registered'),
	cat('streets', 'R1', '27', 'registered'),
	cat('domestic', 'R1', '28', 'registered')
];

/** R11: intentional crimes causing death, the dead, and where the crimes were committed. */
export const DEATHS: PeopleCategory[] = [
	cat('deadly_crimes', 'R11', '2', undefined),
	cat('dead', 'R11', '3', undefined),
	cat('dead_women', 'R11', '4', 'dead', 'female'),
	cat('dead_minors', 'R11', '5', 'dead'),
	cat('public_places', 'R11', '22', 'deadly_crimes'),
	cat('streets', 'R11', '23', 'deadly_crimes'),
	cat('domestic', 'R11', '24', 'deadly_crimes')
];

/**
 * «R3-1 гр. 16», or «R3-1 гр. 1 − 16» for a difference: where a figure is in the form, the
 * column word in the page's language (kk «баған», en «col.»).
 */
export function referenceOf(c: PeopleCategory, tr: Translator): string {
	return `${c.section} ${tr.t('label.grafa_short')} ${c.grafa}${c.minus ? ` − ${c.minus}` : ''}`;
}
