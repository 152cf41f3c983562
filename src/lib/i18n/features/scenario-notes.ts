/**
 * The scenario model's parameter sources and unseen-break notes in ru, kk and en. The model
 * (src/lib/scenario) writes them in English, its record (JSON API); ../scenario-text.ts reads
 * the parts back and says them here on /penitentiary and in the ru/kk downloads.
 */

/** The levers (src/lib/scenario/levers.ts LEVER_RANGES). */
export type LeverKey =
	'h' | 'convictionsPct' | 'imprisonmentShare' | 'timeServedPct' | 'probationShiftPct';

export interface ScenarioWords {
	/** A lever outside the range the data supports: what was asked, the range, and why. */
	leverOut(p: { value: string; unit: string; min: string; max: string; why: string }): string;
	units: Record<string, string>;
	why: Record<LeverKey, string>;
	/** A parameter's unit (calibration.ts Parameter.unit). */
	paramUnits: Record<string, string>;
	/** Too few published figures in the calibration window (calibration.ts windowOf). */
	tooFew(n: string, from: string, to: string | null): string;
	/** No published imprisonment share before the cutoff (calibration.ts). */
	noShare: string;
	/** Too few published years of convictions (convictions.ts). */
	fewConvictions(n: string, from: string, to: string): string;
	breaks: {
		'codes-2015': string;
		'probation-2017': string;
		'covid-2020': string;
		'humanisation-2018': string;
		'amnesty-unpublished': string;
		amnesty(persons: string, id: string): string;
	};
	source: {
		meanRange(ids: string): string;
		laterAssumed(ids: string): string;
		oneFigure: string;
		prisonFit(ids: string, initial: string, year: string, draws: string): string;
		supervision: string;
		probationFit(ids: string, initial: string): string;
		share(source: string, year: string, between: string): string;
	};
}

export const ru: ScenarioWords = {
	leverOut: (p) =>
		`${p.value} ${p.unit} — вне диапазона, который поддерживают данные (от ${p.min} до ${p.max} ${p.unit}): ${p.why}`,
	units: { years: 'лет', '% a year': '% в год', '%': '%' },
	paramUnits: { persons: 'человек', years: 'лет', 'share of convictions': 'доля осуждённых' },
	tooFew: (n, from, to) =>
		`опубликованных цифр с ${from} ${to ? `по ${to}` : 'по сей день'}: ${n}; для калибровки нужно не меньше 2`,
	noShare: 'до даты отсечения не опубликована доля осуждённых к лишению свободы',
	fewConvictions: (n, from, to) =>
		`осуждённые: опубликованных лет с ${from} по ${to}: ${n}; для прогноза нужно не меньше 3`,
	why: {
		h: 'прогноз на срок от 1 до 10 лет',
		convictionsPct:
			'число осуждённых в 2015–2022 годах (fp-convicted-*) менялось в среднем на −2 % в год; отдельные годы — от −30 % до +53 %, но устойчивого изменения больше ±10 % в год не опубликовано',
		imprisonmentShare:
			'опубликованные доли по стране — от 25 % (I полугодие 2018, kzpf-023) до 40,1 % (I полугодие 2013, kzpf-020); рычаг выходит за каждый край не более чем на 5 пунктов',
		timeServedPct:
			'средний срок отбывания подобран, а не опубликован; изменение больше ±30 % от подобранного значения выходит за диапазон его бутстрепа',
		probationShiftPct:
			'ни одна опубликованная цифра не показывает замену пробацией больше половины приговоров к лишению свободы'
	},
	breaks: {
		'codes-2015':
			'Уголовный и Уголовно-исполнительный кодексы 2014 года (в силе с 1 января 2015) сократили сроки и расширили наказания без лишения свободы; модель подобрана только с декабря 2015 и считает, что их влияние уже входит в средний срок отбывания',
		'probation-2017':
			'закон о пробации 2017 года изменил круг состоящих на учёте; доля поступающих в пробацию — одно число на всё окно калибровки',
		'covid-2020':
			'COVID-19: досрочные освобождения и меньше судов в 2020 году в модели не учтены; опубликованная численность 2020 года несёт их как расхождение',
		'humanisation-2018':
			'закон о гуманизации июля 2018 года вышел после последней опубликованной доли приговорённых к лишению свободы (I полугодие 2018); его влияние на приговоры в модели не учтено',
		'amnesty-unpublished':
			'амнистии без опубликованного числа освобождённых не моделируются; будущая амнистия снизит численность ниже прогноза',
		amnesty: (n, id) =>
			`амнистия применена к ${n} лицам (${id}); она раньше окна калибровки, а более поздние амнистии не опубликованы, поэтому ни одна не прогнозируется`
	},
	source: {
		meanRange: (ids) => `среднее и диапазон по ${ids}`,
		laterAssumed: (ids) =>
			`нет числа следственно-арестованных до даты отсечения: приняты более поздние (${ids})`,
		oneFigure: ' (одно значение: принято ±20 %)',
		prisonFit: (ids, initial, year, draws) =>
			`метод наименьших квадратов по логарифму численности в учреждениях ${ids} от ${initial} (конец ${year}); диапазон: 95 % из ${draws} бутстреп-переподборов`,
		supervision:
			'средний срок на учёте пробации не опубликован; принят, значения берутся равномерно из диапазона',
		probationFit: (ids, initial) =>
			`метод наименьших квадратов по числу состоящих на учёте пробации ${ids} от ${initial} при заданном сроке на учёте`,
		share: (source, year, between) =>
			`${source} (${year}); после него сохраняется, принято ±10 %; годы между опубликованными долями (${between}) интерполированы линейно`
	}
};

export const kk: ScenarioWords = {
	leverOut: (p) =>
		`${p.value} ${p.unit} — деректер растайтын ауқымнан тыс (${p.min}-ден ${p.max} ${p.unit} дейін): ${p.why}`,
	units: { years: 'жыл', '% a year': '% жылына', '%': '%' },
	paramUnits: { persons: 'адам', years: 'жыл', 'share of convictions': 'сотталғандар үлесі' },
	tooFew: (n, from, to) =>
		`${from} бастап ${to ? `${to} дейін` : 'бүгінге дейін'} жарияланған сандар: ${n}; калибрлеуге кемінде 2 керек`,
	noShare: 'кесу күніне дейін бас бостандығынан айыруға сотталғандардың үлесі жарияланбаған',
	fewConvictions: (n, from, to) =>
		`сотталғандар: ${from}–${to} жылдары жарияланған жылдар: ${n}; болжамға кемінде 3 керек`,
	why: {
		h: '1 жылдан 10 жылға дейінгі болжам',
		convictionsPct:
			'2015–2022 жылдары сотталғандар саны (fp-convicted-*) жылына орта есеппен −2 % өзгерді; жекелеген жылдары −30 %-дан +53 %-ға дейін, бірақ жылына ±10 %-дан асатын тұрақты өзгеріс жарияланбаған',
		imprisonmentShare:
			'ел бойынша жарияланған үлестер 25 %-дан (2018 жылғы I жартыжылдық, kzpf-023) 40,1 %-ға дейін (2013 жылғы I жартыжылдық, kzpf-020); тетік әр шетінен 5 тармақтан артық шықпайды',
		timeServedPct:
			'жазасын өтеудің орташа мерзімі жарияланбаған, бейімделген; бейімделген мәннен ±30 %-дан артық өзгеріс оның бутстреп ауқымынан шығады',
		probationShiftPct:
			'бас бостандығынан айыру үкімдерінің жартысынан көбі пробациямен ауыстырылғанын көрсететін жарияланған сан жоқ'
	},
	breaks: {
		'codes-2015':
			'2014 жылғы Қылмыстық және Қылмыстық-атқару кодекстері (2015 жылғы 1 қаңтардан күшінде) мерзімдерді қысқартып, бас бостандығынан айырмайтын жазаларды кеңейтті; модель тек 2015 жылғы желтоқсаннан бастап бейімделген және олардың әсері жазасын өтеудің орташа мерзіміне кірді деп есептейді',
		'probation-2017':
			'2017 жылғы пробация туралы заң есепте тұратындар аясын өзгертті; пробацияға түсетіндер үлесі калибрлеудің бүкіл терезесіне бір сан',
		'covid-2020':
			'COVID-19: 2020 жылғы мерзімінен бұрын босатулар мен сот істерінің азаюы модельде ескерілмеген; 2020 жылғы жарияланған сан оларды сәйкессіздік ретінде көрсетеді',
		'humanisation-2018':
			'2018 жылғы шілдедегі ізгілендіру туралы заң бас бостандығынан айыруға сотталғандардың соңғы жарияланған үлесінен (2018 жылғы I жартыжылдық) кейін шықты; оның үкімдерге әсері модельде ескерілмеген',
		'amnesty-unpublished':
			'босатылғандар саны жарияланбаған рақымшылықтар модельденбейді; болашақ рақымшылық санды болжамнан төмен түсіреді',
		amnesty: (n, id) =>
			`рақымшылық ${n} адамға қолданылды (${id}); ол калибрлеу терезесінен бұрын, ал кейінгі рақымшылықтар жарияланбаған, сондықтан ешқайсысы болжанбайды`
	},
	source: {
		meanRange: (ids) => `${ids} бойынша орташа мән мен ауқым`,
		laterAssumed: (ids) =>
			`кесу күніне дейін тергеуге алынғандар саны жоқ: кейінгілері (${ids}) қабылданды`,
		oneFigure: ' (бір мән: ±20 % қабылданды)',
		prisonFit: (ids, initial, year, draws) =>
			`мекемелердегі адамдар санының логарифмі бойынша ең кіші квадраттар әдісі ${ids}, бастапқысы ${initial} (${year} жылдың соңы); ауқым: ${draws} бутстреп қайта бейімдеудің 95 %`,
		supervision:
			'пробация есебінде тұрудың орташа мерзімі жарияланбаған; қабылданды, мәндер ауқымнан біркелкі алынады',
		probationFit: (ids, initial) =>
			`пробация есебіндегілер саны бойынша ең кіші квадраттар әдісі ${ids}, бастапқысы ${initial}, есепте тұру мерзімі берілген`,
		share: (source, year, between) =>
			`${source} (${year}); одан кейін сақталады, ±10 % қабылданды; жарияланған үлестер арасындағы жылдар (${between}) сызықтық интерполяцияланды`
	}
};
