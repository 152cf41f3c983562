/**
 * What every indicator is computed from — form, section, row and графа — as data, so that the
 * /methodology page renders the definitions the code uses rather than a second copy of them:
 * the clearance графы come from ./case-outcomes.ts, the offence-group rows from
 * ./view-options.ts, the default priority weights from ./indicators.ts. The words (names,
 * formulas, explanations) are in src/lib/i18n/features/methodology.ts.
 */
import { OUTCOME_NUMERATOR, R1_1_OUTCOME_GRAFY, SNG1_R1_GRAFY } from './case-outcomes';
import { SEVERITY_ROWS } from './view-options';

/** One input of a formula: a cell range of an official form, or another source's figure. */
export interface SourceRef {
	/** `1-M`, `СНГ-1` (official forms), `population` (Bureau), `published`, `courts`. */
	form: '1-M' | 'СНГ-1' | 'population' | 'published' | 'courts';
	section?: string;
	/** Row codes as the form writes them («1», «6 + 7», «1–7»). */
	rows?: string;
	/** Графы («1», «13 + 14»). */
	grafy?: string;
	/** What is taken from a non-form source (a key of the methodology dictionary). */
	what?: 'population_mean' | 'prisoners' | 'convicted' | 'acquitted' | 'population';
}

export interface IndicatorDefinition {
	/** Key suffix of its name and formula in the dictionary: `meth.ind.<id>`, `meth.f.<id>`. */
	id: string;
	/** Numerator first, then the denominator (and the population where one is used). */
	inputs: SourceRef[];
}

const groupRows = `${SEVERITY_ROWS.all}–${SEVERITY_ROWS.especially_grave}`;
const plus = (xs: readonly string[]) => xs.join(' + ');

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
	{
		id: 'rate',
		inputs: [
			{ form: '1-M', section: 'R1-1', rows: groupRows, grafy: '1' },
			{ form: 'population', what: 'population_mean' }
		]
	},
	{
		id: 'structure',
		inputs: [{ form: '1-M', section: 'R1-1', rows: '13, 48 … 392', grafy: '1' }]
	},
	{ id: 'change', inputs: [{ form: '1-M', section: 'R1-1', rows: groupRows, grafy: '1' }] },
	{
		id: 'grave_share',
		inputs: [
			{
				form: '1-M',
				section: 'R1-1',
				rows: `${SEVERITY_ROWS.grave} + ${SEVERITY_ROWS.especially_grave}`,
				grafy: '1'
			},
			{ form: '1-M', section: 'R1-1', rows: SEVERITY_ROWS.crimes, grafy: '1' }
		]
	},
	{
		id: 'recidivism',
		inputs: [
			{ form: '1-M', section: 'R2', rows: '1', grafy: '5' },
			{ form: '1-M', section: 'R2', rows: '1', grafy: '1' }
		]
	},
	{
		id: 'juveniles',
		inputs: [
			{ form: '1-M', section: 'R2', rows: '1', grafy: '3' },
			{ form: '1-M', section: 'R2', rows: '1', grafy: '1' }
		]
	},
	{
		id: 'damage_recovery',
		inputs: [
			{ form: '1-M', section: 'R4', rows: '1', grafy: '7' },
			{ form: '1-M', section: 'R4', rows: '1', grafy: '1' }
		]
	},
	...(['finished', 'toCourt', 'terminated', 'suspended'] as const).map((k) => ({
		id: `clr_${k}`,
		inputs: [
			{ form: '1-M' as const, section: 'R1-1', rows: groupRows, grafy: plus(OUTCOME_NUMERATOR[k]) },
			{
				form: '1-M' as const,
				section: 'R1-1',
				rows: groupRows,
				grafy: R1_1_OUTCOME_GRAFY.registered
			}
		]
	})),
	{
		id: 'sng_clearance',
		inputs: [
			{ form: 'СНГ-1', section: 'R1', rows: '1', grafy: SNG1_R1_GRAFY.finished },
			{ form: 'СНГ-1', section: 'R1', rows: '1', grafy: SNG1_R1_GRAFY.registered }
		]
	},
	{
		id: 'sng_persons',
		inputs: [{ form: 'СНГ-1', section: 'R1', rows: '1', grafy: SNG1_R1_GRAFY.personsIdentified }]
	},
	{
		id: 'penitentiary_rate',
		inputs: [
			{ form: '1-M', section: 'R5', rows: '1', grafy: '2' },
			{ form: 'published', what: 'prisoners' }
		]
	},
	{
		id: 'prison_rate',
		inputs: [
			{ form: 'published', what: 'prisoners' },
			{ form: 'population', what: 'population' }
		]
	},
	{
		id: 'conviction_index',
		inputs: [
			{ form: 'published', what: 'convicted' },
			{ form: 'population', what: 'population' }
		]
	},
	{
		id: 'acquittal_rate',
		inputs: [
			{ form: 'published', what: 'acquitted' },
			{ form: 'published', what: 'convicted' }
		]
	}
];

/** The sources the warehouse can hold, in the order the page lists them. */
export const DATA_SOURCES = [
	{
		form: '1-M',
		url: 'https://qamqor.gov.kz/crimestat/statistics',
		via: 'github.com/open-data-kazakhstan/city-crime',
		licence: 'ODC PDDL 1.0'
	},
	{
		form: 'СНГ-1',
		url: 'https://qamqor.gov.kz/crimestat/statistics',
		via: 'github.com/open-data-kazakhstan/city-clearance-rate',
		licence: 'ODC PDDL 1.0'
	},
	{
		form: 'population',
		url: 'https://stat.gov.kz',
		via: 'github.com/open-data-kazakhstan/population-projections-by-regions',
		licence: 'ODC PDDL 1.0'
	},
	{
		form: 'courts',
		url: 'https://qamqor.gov.kz',
		via: 'github.com/open-data-kazakhstan/sexual-harassment-under-age-16',
		licence: 'ODC PDDL 1.0'
	},
	{ form: 'published', url: 'data/published/README.md', via: null, licence: null },
	{
		form: 'geo',
		url: 'https://www.openstreetmap.org/copyright',
		via: null,
		licence: 'ODbL 1.0 (© OpenStreetMap contributors)'
	}
] as const;
