/**
 * The regions of Kazakhstan (ISO 3166-2:KZ) with their names in three languages and their
 * lineage across the June 2018 and June 2022 reforms. Pure data, shared by pipelines, server
 * and client. Region identity in imports comes from a workbook's own title, resolved here.
 */

import { calendarEvent } from './calendar';

export type RegionCode = string;

export interface Region {
	code: RegionCode;
	ru: string;
	kk: string;
	en: string;
	kind: 'country' | 'oblast' | 'city';
	/** First day the region exists in its current borders (null: before our data starts). */
	validFrom: string | null;
	/** Last day it existed in these borders (null: still current). */
	validTo: string | null;
	/** Territory it was carved from, or that it continues. */
	predecessor: RegionCode | null;
	note: string | null;
}

export const COUNTRY: RegionCode = 'KZ';

/** 2018: Shymkent became a city of republican significance; South Kazakhstan → Turkistan. */
export const REFORM_2018 = calendarEvent('regions-2018').date;
/** 2022: Abai, Jetisu and Ulytau regions created. */
export const REFORM_2022 = calendarEvent('regions-2022').date;

export const REGIONS: readonly Region[] = [
	{
		code: 'KZ',
		ru: 'Республика Казахстан',
		kk: 'Қазақстан Республикасы',
		en: 'Republic of Kazakhstan',
		kind: 'country',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: 'includes non-territorial units (transport, military)'
	},
	{
		code: 'KZ-10',
		ru: 'Абайская область',
		kk: 'Абай облысы',
		en: 'Abai Region',
		kind: 'oblast',
		validFrom: REFORM_2022,
		validTo: null,
		predecessor: 'KZ-63',
		note: 'created from East Kazakhstan Region, 2022'
	},
	{
		code: 'KZ-11',
		ru: 'Акмолинская область',
		kk: 'Ақмола облысы',
		en: 'Akmola Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-15',
		ru: 'Актюбинская область',
		kk: 'Ақтөбе облысы',
		en: 'Aktobe Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-19',
		ru: 'Алматинская область',
		kk: 'Алматы облысы',
		en: 'Almaty Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: 'lost Jetisu Region, 2022: compare Almaty Region + Jetisu after 2022 with Almaty Region before'
	},
	{
		code: 'KZ-23',
		ru: 'Атырауская область',
		kk: 'Атырау облысы',
		en: 'Atyrau Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-27',
		ru: 'Западно-Казахстанская область',
		kk: 'Батыс Қазақстан облысы',
		en: 'West Kazakhstan Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-31',
		ru: 'Жамбылская область',
		kk: 'Жамбыл облысы',
		en: 'Jambyl Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-33',
		ru: 'Жетысуская область',
		kk: 'Жетісу облысы',
		en: 'Jetisu Region',
		kind: 'oblast',
		validFrom: REFORM_2022,
		validTo: null,
		predecessor: 'KZ-19',
		note: 'created from Almaty Region, 2022'
	},
	{
		code: 'KZ-35',
		ru: 'Карагандинская область',
		kk: 'Қарағанды облысы',
		en: 'Karaganda Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: 'lost Ulytau Region, 2022'
	},
	{
		code: 'KZ-39',
		ru: 'Костанайская область',
		kk: 'Қостанай облысы',
		en: 'Kostanay Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-43',
		ru: 'Кызылординская область',
		kk: 'Қызылорда облысы',
		en: 'Kyzylorda Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-47',
		ru: 'Мангистауская область',
		kk: 'Маңғыстау облысы',
		en: 'Mangystau Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-55',
		ru: 'Павлодарская область',
		kk: 'Павлодар облысы',
		en: 'Pavlodar Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-59',
		ru: 'Северо-Казахстанская область',
		kk: 'Солтүстік Қазақстан облысы',
		en: 'North Kazakhstan Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: null
	},
	{
		code: 'KZ-61',
		ru: 'Туркестанская область',
		kk: 'Түркістан облысы',
		en: 'Turkistan Region',
		kind: 'oblast',
		validFrom: REFORM_2018,
		validTo: null,
		predecessor: null,
		note: 'was South Kazakhstan Region (with Shymkent) until June 2018'
	},
	{
		code: 'KZ-62',
		ru: 'область Улытау',
		kk: 'Ұлытау облысы',
		en: 'Ulytau Region',
		kind: 'oblast',
		validFrom: REFORM_2022,
		validTo: null,
		predecessor: 'KZ-35',
		note: 'created from Karaganda Region, 2022'
	},
	{
		code: 'KZ-63',
		ru: 'Восточно-Казахстанская область',
		kk: 'Шығыс Қазақстан облысы',
		en: 'East Kazakhstan Region',
		kind: 'oblast',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: 'lost Abai Region, 2022'
	},
	{
		code: 'KZ-71',
		ru: 'г. Астана',
		kk: 'Астана',
		en: 'Astana',
		kind: 'city',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: 'city of republican significance'
	},
	{
		code: 'KZ-75',
		ru: 'г. Алматы',
		kk: 'Алматы',
		en: 'Almaty',
		kind: 'city',
		validFrom: null,
		validTo: null,
		predecessor: null,
		note: 'city of republican significance'
	},
	{
		code: 'KZ-79',
		ru: 'г. Шымкент',
		kk: 'Шымкент',
		en: 'Shymkent',
		kind: 'city',
		validFrom: REFORM_2018,
		validTo: null,
		predecessor: 'KZ-61',
		note: 'city of republican significance since June 2018 (was in South Kazakhstan Region)'
	}
];

/** The 20 current regions (without the country). */
export const CURRENT_REGIONS = REGIONS.filter((r) => r.kind !== 'country');

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

export function getRegion(code: RegionCode): Region | undefined {
	return byCode.get(code);
}

/**
 * Other spellings met in official titles, the Bureau's workbook and the press. Keys are
 * normalised with `normalizeRegionName`. Titles say «область Абай», «Астана», «г.Шымкент»;
 * the Bureau writes «Туркестанская 1» (footnote mark), «Жетісу», «Ұлытау».
 */
const ALIASES: Record<string, RegionCode> = {
	'область абай': 'KZ-10',
	абай: 'KZ-10',
	абайская: 'KZ-10',
	'abay region': 'KZ-10',
	abai: 'KZ-10',
	акмолинская: 'KZ-11',
	akmola: 'KZ-11',
	актюбинская: 'KZ-15',
	aktobe: 'KZ-15',
	алматинская: 'KZ-19',
	'almaty region': 'KZ-19',
	атырауская: 'KZ-23',
	atyrau: 'KZ-23',
	'западно-казахстанская': 'KZ-27',
	'west kazakhstan': 'KZ-27',
	'west-kazakhstan region': 'KZ-27',
	жамбылская: 'KZ-31',
	jambyl: 'KZ-31',
	zhambyl: 'KZ-31',
	'zhambyl region': 'KZ-31',
	'область жетісу': 'KZ-33',
	жетісу: 'KZ-33',
	жетысуская: 'KZ-33',
	'область жетысу': 'KZ-33',
	jetisu: 'KZ-33',
	zhetysu: 'KZ-33',
	карагандинская: 'KZ-35',
	karaganda: 'KZ-35',
	karagandy: 'KZ-35',
	'karagandy region': 'KZ-35',
	костанайская: 'KZ-39',
	kostanay: 'KZ-39',
	кызылординская: 'KZ-43',
	kyzylorda: 'KZ-43',
	мангистауская: 'KZ-47',
	мангыстауская: 'KZ-47',
	mangystau: 'KZ-47',
	mangistau: 'KZ-47',
	павлодарская: 'KZ-55',
	pavlodar: 'KZ-55',
	'северо-казахстанская': 'KZ-59',
	'north kazakhstan': 'KZ-59',
	'north-kazakhstan region': 'KZ-59',
	туркестанская: 'KZ-61',
	turkistan: 'KZ-61',
	turkestan: 'KZ-61',
	'область улытау': 'KZ-62',
	улытау: 'KZ-62',
	ұлытау: 'KZ-62',
	ulytau: 'KZ-62',
	'восточно-казахстанская': 'KZ-63',
	'east kazakhstan': 'KZ-63',
	'east-kazakhstan region': 'KZ-63',
	астана: 'KZ-71',
	'г. астана': 'KZ-71',
	'г.астана': 'KZ-71',
	astana: 'KZ-71',
	'нур-султан': 'KZ-71',
	'г. нур-султан': 'KZ-71',
	алматы: 'KZ-75',
	'г. алматы': 'KZ-75',
	'г.алматы': 'KZ-75',
	almaty: 'KZ-75',
	'almaty city': 'KZ-75',
	шымкент: 'KZ-79',
	'г. шымкент': 'KZ-79',
	'г.шымкент': 'KZ-79',
	shymkent: 'KZ-79',
	'республика казахстан': 'KZ',
	казахстан: 'KZ',
	kazakhstan: 'KZ',
	республика: 'KZ'
};

/** Lower-case, trim, fold spaces and dots-with-spaces, drop footnote digits and «область». */
export function normalizeRegionName(name: string): string {
	return name
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/\s+/g, ' ')
		.replace(/\s+\d+$/, '') // footnote marks: «Туркестанская 1»
		.trim();
}

/**
 * Resolve a region from any of its names or its ISO code; undefined when it cannot be named.
 * Never guesses from partial matches: an unknown name is an error for the caller to report.
 */
export function resolveRegion(nameOrCode: string): Region | undefined {
	const raw = nameOrCode.trim();
	const direct = byCode.get(raw.toUpperCase());
	if (direct) return direct;
	const key = normalizeRegionName(raw);
	const hit = ALIASES[key];
	if (hit) return byCode.get(hit);
	for (const r of REGIONS) {
		if ([r.ru, r.kk, r.en].some((n) => normalizeRegionName(n) === key)) return r;
	}
	// «Акмолинская область», «Akmola Region», «Абай облысы»: strip the generic word and retry.
	const stripped = key
		.replace(/\b(область|облысы|region|city|oblast)\b/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (stripped !== key && stripped) {
		const hit2 = ALIASES[stripped] ?? ALIASES['область ' + stripped];
		if (hit2) return byCode.get(hit2);
	}
	return undefined;
}

/** Was the region a separate unit on this date (YYYY-MM-DD)? */
export function regionExistsOn(code: RegionCode, date: string): boolean {
	const r = byCode.get(code);
	if (!r) return false;
	return (r.validFrom === null || date >= r.validFrom) && (r.validTo === null || date <= r.validTo);
}

export function regionName(code: RegionCode, lang: 'ru' | 'kk' | 'en' = 'ru'): string {
	return byCode.get(code)?.[lang] ?? code;
}
