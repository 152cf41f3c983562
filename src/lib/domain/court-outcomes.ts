/**
 * The court-outcomes CSV (sexual offences, Criminal Code articles 120–124, 2016–2023; table
 * court_outcome) in domain words. The source names its columns and offences with transliterated
 * keys (`amnt_osuzhden`, `year_3_5`, `chile_abuse`); nothing outside this module and the
 * importer should need them. Each key is mapped here once to a message key of the courts
 * dictionary (src/lib/i18n/features/courts.ts), and the order of the lists is the order shown.
 *
 * What the CSV's own arithmetic says (checked on all 48 rows of 2016–2023):
 * - The term columns are disjoint, although three of them are named as if they overlapped
 *   (1–3, 1–5 and 3–5 years): their sum equals the source's `total` in every row, and the
 *   «1–5» column is smaller than «1–3» and «3–5» together in 41 rows and smaller than «3–5»
 *   alone in some (2016 rape: 34 against 41), so it can neither contain them nor be their sum.
 *   Every band is therefore counted once; the source does not say where its edges are, and it
 *   has no 12–15 years column.
 * - The convicted (`amnt_osuzhden`) are exactly the persons sentenced to a term (`total`), to
 *   the other main punishments, or released (amnesty, release from punishment, no punishment
 *   imposed): DISPOSALS below partitions them.
 * - The keys without a suffix (`rape`, `child`) are subtotals equal to the sums of their two
 *   articles in every measure (SUBTOTALS).
 */
import type { MessageKey } from '../i18n';

/** A column of the CSV (`measure` in court_outcome) and the message that names it. */
export interface CourtMeasure {
	measure: string;
	label: MessageKey;
}

/** The articles the CSV holds (article 123 is not in it), with their names. */
export const COURT_ARTICLES: readonly { article: string; label: MessageKey }[] = [
	{ article: '120', label: 'courts.art120' },
	{ article: '121', label: 'courts.art121' },
	{ article: '122', label: 'courts.art122' },
	{ article: '124', label: 'courts.art124' }
];

/** The source's subtotal rows (court_outcome.article) and the articles each adds up. */
export const SUBTOTALS: readonly { article: string; parts: string[] }[] = [
	{ article: '120+121', parts: ['120', '121'] },
	{ article: '122+124', parts: ['122', '124'] }
];

export const CONVICTED = 'amnt_osuzhden';
export const ACQUITTED = 'amnt_opravdonyh';
/** Persons whose case the court terminated (all grounds). */
export const TERMINATED = 'amnt_stop_investigation';
/** Persons sentenced to deprivation of liberty: the source's sum of its term columns. */
export const IMPRISONED = 'total';

/** Terms of deprivation of liberty, shortest first; disjoint (see the header). */
export const SENTENCE_BANDS: readonly CourtMeasure[] = [
	{ measure: 'year_less_1', label: 'courts.band.lt1' },
	{ measure: 'year_1_3', label: 'courts.band.1_3' },
	{ measure: 'year_1_5', label: 'courts.band.1_5' },
	{ measure: 'year_3_5', label: 'courts.band.3_5' },
	{ measure: 'year_5_8', label: 'courts.band.5_8' },
	{ measure: 'year_8_10', label: 'courts.band.8_10' },
	{ measure: 'year_10_12', label: 'courts.band.10_12' },
	{ measure: 'year_15_20', label: 'courts.band.15_20' },
	{ measure: 'year_20_25', label: 'courts.band.20_25' },
	{ measure: 'year_25_30', label: 'courts.band.25_30' },
	{ measure: 'forever_jail', label: 'courts.band.life' },
	{ measure: 'death_punish', label: 'courts.band.death' }
];

/**
 * How the convicted were disposed of: the main punishments and the releases. Each convicted
 * person is in exactly one of these (their sum is `amnt_osuzhden` in every row of the CSV).
 */
export const DISPOSALS: readonly CourtMeasure[] = [
	{ measure: IMPRISONED, label: 'courts.pun.prison' },
	{ measure: 'uslov_osuzhd', label: 'courts.pun.suspended' },
	{ measure: 'freedom_restricted', label: 'courts.pun.restriction' },
	{ measure: 'penalty', label: 'courts.pun.fine' },
	{ measure: 'isprav_rabot', label: 'courts.pun.correctional' },
	{ measure: 'obshest_rabot', label: 'courts.pun.community' },
	{ measure: 'arested', label: 'courts.pun.arrest' },
	{ measure: 'other_punish', label: 'courts.pun.other' },
	{ measure: 'amnt_freed_amnist', label: 'courts.pun.amnesty' },
	{ measure: 'freed_ugolov', label: 'courts.pun.released' },
	{ measure: 'without_ugolov', label: 'courts.pun.none' }
];

/** Additional punishments and other measures: a person may have several, or none. */
export const OTHER_MEASURES: readonly CourtMeasure[] = [
	{ measure: 'confiscated_prop', label: 'courts.pun.confiscation' },
	{ measure: 'otsr_punish_74', label: 'courts.pun.deferral' },
	{ measure: 'heal_aclohol', label: 'courts.pun.alcohol' },
	{ measure: 'heal_drugs', label: 'courts.pun.drugs' }
];

/**
 * Columns of the CSV that are not shown: the grounds of termination (their sum, TERMINATED,
 * is shown); how a sentence was set (by article 58 or 60, a more lenient punishment), which is
 * not a punishment; columns whose meaning the extraction does not document and its arithmetic
 * does not reveal; the sum of fines (tenge, not persons). Listed so that a test can tell «left
 * out on purpose» from «forgotten».
 */
export const NOT_SHOWN = [
	'stoped_by_law125678',
	'by_amnnision',
	'by_reconciliation',
	'by_other_reson',
	'by_being_crazy',
	'by_st_58',
	'by_st_60',
	'low_punish',
	'to_jail_lead',
	'had_restriction',
	'arrested_law',
	'сумма штрафа'
] as const;
