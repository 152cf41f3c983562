/**
 * The /api/v1 errors in ru, kk and en: a stable machine `code` (docs/API.md) and, per code, the
 * sentence in each language. English callers get the routes' own English sentence (the one
 * thrown, which names the exact values); ru and kk get these, built from the same parameters.
 */

export const API_ERROR_CODES = [
	'bad_request',
	'invalid_parameter',
	'unknown_parameter',
	'repeated_parameter',
	'unknown_dataset',
	'unknown_format',
	'dataset_unavailable',
	'too_many_rows',
	'no_chart',
	'method_not_allowed',
	'no_route',
	'malformed_url',
	'not_found',
	'no_forecast',
	'lever_out_of_range',
	'no_scenario',
	'no_cells_of_kind',
	'warehouse_unavailable',
	'internal'
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What a sentence may name: parameter names, values, counts, the allowed list. */
export type ApiErrorParams = Record<string, string | number | undefined>;

type Say = (p: ApiErrorParams) => string;

/** Why a parameter's value is refused, per parameter of ViewQuery (params.ts) and the cells query. */
export interface ParamHints {
	period: string;
	region: string;
	indicator: string;
	group: string;
	row: string;
	year: string;
	section: string;
	weight: string;
	limit: string;
	series: string;
	h: string;
	method: string;
	page: string;
	lang: string;
	channel: string;
	result: string;
	form: string;
	/** /compare: the regions compared, and the range of years (from, to). */
	regions: string;
	years: string;
	score_method: string;
	/** The bulk download: real or synthetic cells. */
	kind: string;
	/** Any other parameter. */
	other: string;
}

export interface ApiErrorWords {
	say: Record<ApiErrorCode, Say>;
	hints: ParamHints;
}

export const ru: ApiErrorWords = {
	say: {
		bad_request: () => 'неверный запрос',
		invalid_parameter: (p) => `неверные параметры — ${p.issues}`,
		unknown_parameter: (p) => `неизвестные параметры: ${p.names}; допустимы: ${p.allowed}`,
		repeated_parameter: (p) =>
			`параметр ${p.name} указан ${p.count} раз(а); укажите каждый параметр один раз`,
		unknown_dataset: (p) => `неизвестный набор данных «${p.dataset}»; список — /api/v1/datasets`,
		unknown_format: (p) => `неизвестный формат «${p.format}»; допустимы: ${p.allowed}`,
		dataset_unavailable: (p) =>
			`набор данных ${p.dataset} недоступен с этими параметрами (задан ли SARAPSHY_GEOJSON? указан ли регион?)`,
		too_many_rows: (p) =>
			`строк: ${p.rows}, больше limit=${p.limit}; сузьте фильтры или задайте limit до 10000`,
		no_chart: (p) => `у набора данных ${p.dataset} нет графика; запросите .csv, .xlsx или .json`,
		method_not_allowed: (p) =>
			`метод ${p.method} не разрешён для ${p.path} (разрешены: GET, HEAD): веб-сервис только читает хранилище; загрузка данных — командой \`npm run etl\``,
		no_route: (p) => `нет такого адреса API: ${p.path}; см. /api/v1/datasets и docs/API.md`,
		malformed_url: (p) =>
			`неверный адрес: в пути ${p.path} есть %-код, который не является UTF-8; кодируйте имена в UTF-8`,
		not_found: () => 'не найдено',
		no_forecast: (p) => `прогноз с этими параметрами не строится: ${p.refusal}`,
		lever_out_of_range: (p) => `рычаг ${p.lever} вне диапазона, который поддерживают данные`,
		no_scenario: () => 'сценарий не рассчитан: данных недостаточно',
		no_cells_of_kind: (p) =>
			`в хранилище нет ${p.kind === 'real' ? 'реальных' : 'синтетических'} ячеек форм` +
			(p.otherCount ? `; kind=${p.other} даёт ${p.otherCount} ячеек` : ''),
		warehouse_unavailable: () =>
			'хранилище данных сейчас недоступно (не создано или занято); повторите запрос позже',
		internal: () => 'внутренняя ошибка сервера'
	},
	hints: {
		period: 'период — ГГГГ (весь год) или ГГГГ-ММ (с января по этот месяц)',
		region: 'регион — код ISO 3166-2:KZ, например KZ-75',
		indicator: 'неизвестный показатель',
		group: 'неизвестная группа правонарушений',
		row: 'строка — код строки формы 1-M (цифры)',
		year: 'год — целое число от 1991 до 2100',
		section: 'раздел — имя листа, например R1-1 или PRIL11',
		weight: 'вес — число от 0 до 100',
		limit: 'limit — целое число от 1 до 10000',
		series: 'ряд — all, crimes, misdemeanours или глава УК ch1 … ch18',
		h: 'горизонт h — целое число лет от 1 до 5',
		method: 'неизвестный метод прогноза',
		page: 'номер страницы — целое число от 1',
		lang: 'язык — ru, kk или en',
		channel: 'канал — cli или web',
		result: 'результат — imported, replaced, already-imported, refused или failed',
		form: 'форма — код формы или источника, например 1-M или СНГ-1',
		regions:
			'регионы — до пяти кодов ISO 3166-2:KZ через запятую, каждый один раз, например KZ-11,KZ-75',
		years: 'from и to — годы с 1991 по 2100, from не позже to',
		score_method: 'метод балла — minmax или zscore',
		kind: 'kind — real (реальные данные) или synthetic (демо-данные)',
		other: 'недопустимое значение'
	}
};

export const kk: ApiErrorWords = {
	say: {
		bad_request: () => 'сұрау қате',
		invalid_parameter: (p) => `параметрлер қате — ${p.issues}`,
		unknown_parameter: (p) => `белгісіз параметрлер: ${p.names}; рұқсат етілгендері: ${p.allowed}`,
		repeated_parameter: (p) =>
			`${p.name} параметрі ${p.count} рет берілген; әр параметрді бір рет беріңіз`,
		unknown_dataset: (p) => `«${p.dataset}» деректер жинағы белгісіз; тізімі — /api/v1/datasets`,
		unknown_format: (p) => `«${p.format}» пішімі белгісіз; рұқсат етілгендері: ${p.allowed}`,
		dataset_unavailable: (p) =>
			`${p.dataset} деректер жинағы бұл параметрлермен қолжетімсіз (SARAPSHY_GEOJSON берілген бе? өңір көрсетілген бе?)`,
		too_many_rows: (p) =>
			`жолдар саны ${p.rows}, бұл limit=${p.limit} мәнінен көп; сүзгілерді тарылтыңыз немесе limit мәнін 10000-ға дейін беріңіз`,
		no_chart: (p) => `${p.dataset} деректер жинағында график жоқ; .csv, .xlsx немесе .json сұраңыз`,
		method_not_allowed: (p) =>
			`${p.method} әдісіне ${p.path} үшін рұқсат жоқ (рұқсат етілгендері: GET, HEAD): веб-қызмет қойманы тек оқиды; деректер \`npm run etl\` командасымен жүктеледі`,
		no_route: (p) =>
			`мұндай API мекенжайы жоқ: ${p.path}; /api/v1/datasets және docs/API.md қараңыз`,
		malformed_url: (p) =>
			`мекенжай қате: ${p.path} жолында UTF-8 емес %-код бар; атауларды UTF-8 түрінде кодтаңыз`,
		not_found: () => 'табылмады',
		no_forecast: (p) => `бұл параметрлермен болжам жасалмайды: ${p.refusal}`,
		lever_out_of_range: (p) => `${p.lever} тетігі деректер растайтын ауқымнан тыс`,
		no_scenario: () => 'сценарий есептелмеді: деректер жеткіліксіз',
		no_cells_of_kind: (p) =>
			`қоймада нысандардың ${p.kind === 'real' ? 'нақты' : 'синтетикалық'} ұяшықтары жоқ` +
			(p.otherCount ? `; kind=${p.other} ${p.otherCount} ұяшық береді` : ''),
		warehouse_unavailable: () =>
			'деректер қоймасы қазір қолжетімсіз (құрылмаған немесе бос емес); сұрауды кейінірек қайталаңыз',
		internal: () => 'сервердің ішкі қатесі'
	},
	hints: {
		period: 'кезең — ЖЖЖЖ (толық жыл) немесе ЖЖЖЖ-АА (қаңтардан осы айға дейін)',
		region: 'өңір — ISO 3166-2:KZ коды, мысалы KZ-75',
		indicator: 'көрсеткіш белгісіз',
		group: 'құқық бұзушылықтар тобы белгісіз',
		row: 'жол — 1-M нысаны жолының коды (цифрлар)',
		year: 'жыл — 1991 бен 2100 аралығындағы бүтін сан',
		section: 'бөлім — парақ атауы, мысалы R1-1 немесе PRIL11',
		weight: 'салмақ — 0 мен 100 аралығындағы сан',
		limit: 'limit — 1 мен 10000 аралығындағы бүтін сан',
		series: 'қатар — all, crimes, misdemeanours немесе ҚК тарауы ch1 … ch18',
		h: 'h көкжиегі — 1 мен 5 аралығындағы бүтін жыл саны',
		method: 'болжам әдісі белгісіз',
		page: 'бет нөмірі — 1-ден бастап бүтін сан',
		lang: 'тіл — ru, kk немесе en',
		channel: 'арна — cli немесе web',
		result: 'нәтиже — imported, replaced, already-imported, refused немесе failed',
		form: 'нысан — нысан немесе дереккөз коды, мысалы 1-M немесе СНГ-1',
		regions:
			'өңірлер — үтір арқылы бесеуге дейін ISO 3166-2:KZ коды, әрқайсысы бір рет, мысалы KZ-11,KZ-75',
		years: 'from және to — 1991 бен 2100 аралығындағы жылдар, from мәні to мәнінен кеш емес',
		score_method: 'балл әдісі — minmax немесе zscore',
		kind: 'kind — real (нақты деректер) немесе synthetic (демо-деректер)',
		other: 'рұқсат етілмеген мән'
	}
};

/** English: used where a route gives no English sentence of its own (hooks, generic errors). */
export const en: ApiErrorWords = {
	say: {
		bad_request: () => 'bad request',
		invalid_parameter: (p) => `invalid parameters — ${p.issues}`,
		unknown_parameter: (p) => `unknown parameter(s) ${p.names}; allowed: ${p.allowed}`,
		repeated_parameter: (p) =>
			`parameter ${p.name} is given ${p.count} times; give each parameter once`,
		unknown_dataset: (p) => `unknown dataset «${p.dataset}»; see /api/v1/datasets for the list`,
		unknown_format: (p) => `unknown format «${p.format}»; use one of ${p.allowed}`,
		dataset_unavailable: (p) =>
			`dataset ${p.dataset} is not available for these parameters (is SARAPSHY_GEOJSON set? is region given?)`,
		too_many_rows: (p) =>
			`${p.rows} rows exceed limit=${p.limit}; narrow the filters or pass limit up to 10000`,
		no_chart: (p) => `dataset ${p.dataset} has no chart; ask for .csv, .xlsx or .json`,
		method_not_allowed: (p) =>
			`${p.method} is not allowed on ${p.path} (allowed: GET, HEAD): the web tier only reads the warehouse; imports run with \`npm run etl\``,
		no_route: (p) => `no API route ${p.path}; see /api/v1/datasets and docs/API.md`,
		malformed_url: (p) =>
			`malformed URL: the path ${p.path} has a %-escape that is not UTF-8; encode names as UTF-8 (e.g. encodeURIComponent)`,
		not_found: () => 'not found',
		no_forecast: (p) => `no forecast for these parameters: ${p.refusal}`,
		lever_out_of_range: (p) => `lever ${p.lever} is outside the range the data supports`,
		no_scenario: () => 'no scenario: too little data',
		no_cells_of_kind: (p) =>
			`this warehouse holds no ${p.kind} form cells` +
			(p.otherCount ? `; kind=${p.other} gives its ${p.otherCount} ${p.other} cells` : ''),
		warehouse_unavailable: () =>
			'the warehouse is not available now (not built or busy); try again later',
		internal: () => 'internal error'
	},
	hints: {
		period: 'period must be YYYY (whole year) or YYYY-MM (January to that month)',
		region: 'region must be an ISO 3166-2:KZ code such as KZ-75',
		indicator: 'unknown indicator',
		group: 'unknown offence group',
		row: 'row must be a row code (digits) of Form 1-M',
		year: 'year must be a whole number from 1991 to 2100',
		section: 'section must be a sheet name such as R1-1 or PRIL11',
		weight: 'a weight must be a number from 0 to 100',
		limit: 'limit must be a whole number from 1 to 10000',
		series: 'series must be all, crimes, misdemeanours or a Criminal Code chapter ch1 … ch18',
		h: 'h must be a whole number of years from 1 to 5',
		method: 'unknown forecast method',
		page: 'a page number must be a whole number from 1',
		lang: 'lang must be ru, kk or en',
		channel: 'channel must be cli or web',
		result: 'result must be imported, replaced, already-imported, refused or failed',
		form: 'form must be a form or source id such as 1-M or СНГ-1',
		regions: 'regions must be up to five ISO 3166-2:KZ codes, each once, such as KZ-11,KZ-75',
		years: 'from and to must be years from 1991 to 2100, from not after to',
		score_method: 'score_method must be minmax or zscore',
		kind: 'kind must be real or synthetic',
		other: 'value not allowed'
	}
};

/** The hint of a parameter name (w_rate… share one, sources_page/findings_page another). */
export function hintKey(name: string): keyof ParamHints {
	if (name.startsWith('w_')) return 'weight';
	if (name.endsWith('_page')) return 'page';
	if (name === 'from' || name === 'to') return 'years';
	const known: (keyof ParamHints)[] = [
		'period',
		'region',
		'indicator',
		'group',
		'row',
		'year',
		'section',
		'limit',
		'series',
		'h',
		'method',
		'lang',
		'channel',
		'result',
		'form',
		'regions',
		'score_method',
		'kind'
	];
	return (known as string[]).includes(name) ? (name as keyof ParamHints) : 'other';
}
