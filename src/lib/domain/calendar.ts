/**
 * The one calendar of legal and administrative events that break Kazakhstan's crime series
 * (domain.md, "Legal milestones that break series"). Each event is written here once: the
 * forecasting library starts fits after its breaks and notes its pulses (`forecast/breaks.ts`),
 * every time-series chart marks it (`charts/events.ts`), the regions take their reform dates
 * from it (`regions.ts`), and the server picks the breaks of a territory from it
 * (`territory-breaks.ts`). Pure data, shared by server, browser and the pipelines.
 */
import type { Lang } from '../i18n';

export interface CalendarEvent {
	id: string;
	/** First day of the new regime (ISO date). */
	date: string;
	/**
	 * `break`: a new regime; figures before it are not comparable, so a forecast of a series it
	 * breaks starts after it. `pulse`: a shock that passes (lockdowns); it restarts nothing, but
	 * a forecast fitted across it says so. `event`: a legal change marked on charts; it restarts
	 * a forecast only when a caller names it.
	 */
	kind: 'break' | 'pulse' | 'event';
	/**
	 * Which series it breaks: every series; only those of the regions whose borders it redrew
	 * (created, renamed or cut — `validFrom` and `predecessor` in regions.ts); or none by default.
	 */
	breaks: 'all' | 'redrawn-regions' | 'none';
	/** The short label drawn on charts. */
	label: Record<Lang, string>;
	/** What changed, in English, as the forecast notes quote it. */
	description: string;
	/** Where the event is cited from, when it is not common knowledge of the data. */
	source?: string;
}

/** The founding papers' list of legal milestones (../shared/docs/domain.md, «Context figures»). */
const PAPERS = 'founding papers (domain.md, «Legal milestones that break series»)';

export const CALENDAR: readonly CalendarEvent[] = [
	{
		id: 'codes-2015',
		date: '2015-01-01',
		kind: 'break',
		breaks: 'all',
		label: {
			ru: 'Новые кодексы (1 янв. 2015)',
			kk: 'Жаңа кодекстер (2015 ж. 1 қаңт.)',
			en: 'New codes (1 Jan 2015)'
		},
		description:
			'new Criminal and Procedural Codes and the unified register (ERDR): registrations fell'
	},
	{
		id: 'probation-2017',
		date: '2017-01-01',
		kind: 'event',
		breaks: 'none',
		label: {
			ru: 'Закон о пробации (2017)',
			kk: 'Пробация туралы заң (2017)',
			en: 'Probation law (2017)'
		},
		description: 'probation law and decriminalisation amendments'
	},
	{
		id: 'procedure-2017',
		date: '2017-12-21',
		kind: 'event',
		breaks: 'none',
		label: {
			ru: 'Поправки в УПК (дек. 2017)',
			kk: 'ҚПК түзетулері (2017 ж. желт.)',
			en: 'Criminal procedure amendments (Dec 2017)'
		},
		description:
			'criminal-procedure amendments strengthening the protection of rights in criminal proceedings (law of 21 December 2017)',
		source: PAPERS
	},
	{
		id: 'regions-2018',
		date: '2018-06-19',
		kind: 'break',
		breaks: 'redrawn-regions',
		label: {
			ru: 'Реформа регионов (июнь 2018)',
			kk: 'Өңірлік реформа (2018 ж. маусым)',
			en: 'Regional reform (June 2018)'
		},
		description:
			'Shymkent made a city of republican significance; South Kazakhstan became Turkistan region'
	},
	{
		id: 'humanisation-2018',
		date: '2018-07-12',
		kind: 'event',
		breaks: 'none',
		label: {
			ru: 'Закон о гуманизации (июль 2018)',
			kk: 'Ізгілендіру туралы заң (2018 ж. шілде)',
			en: 'Humanisation law (July 2018)'
		},
		description:
			'humanisation of criminal law: milder sanctions and wider non-custodial punishments (law of 12 July 2018)',
		source: PAPERS
	},
	{
		id: 'covid-2020',
		date: '2020-03-16',
		kind: 'pulse',
		breaks: 'all',
		label: { ru: 'COVID-19 (2020)', kk: 'COVID-19 (2020)', en: 'COVID-19 (2020)' },
		description: 'COVID-19 state of emergency and lockdowns'
	},
	{
		id: 'unrest-2022',
		date: '2022-01-02',
		kind: 'event',
		breaks: 'none',
		label: {
			ru: 'Январские события (2022)',
			kk: 'Қаңтар оқиғалары (2022)',
			en: 'January unrest (2022)'
		},
		description: 'mass unrest and state of emergency of January 2022',
		source: PAPERS
	},
	{
		id: 'regions-2022',
		date: '2022-06-08',
		kind: 'break',
		breaks: 'redrawn-regions',
		label: {
			ru: 'Реформа регионов (июнь 2022)',
			kk: 'Өңірлік реформа (2022 ж. маусым)',
			en: 'Regional reform (June 2022)'
		},
		description: 'Abai, Jetisu and Ulytau regions created'
	}
];

/** The event with this id; a RangeError naming the known ids otherwise. */
export function calendarEvent(id: string): CalendarEvent {
	const e = CALENDAR.find((k) => k.id === id);
	if (!e)
		throw new RangeError(`unknown break "${id}"; known: ${CALENDAR.map((k) => k.id).join(', ')}`);
	return e;
}
