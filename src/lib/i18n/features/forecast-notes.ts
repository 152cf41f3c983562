/**
 * The forecast library's method descriptions, choice reasons and notes in ru, kk and en. The
 * library (src/lib/forecast) writes them in English, its language of record (JSON API, tests);
 * ../forecast-text.ts reads the parts back and says them here, figures in the page's locale.
 */

export interface ForecastWords {
	notesLabel: string;
	/** A method's name by its id (src/lib/forecast/registry.ts MODELS); ids stay in exports. */
	names: Record<string, string>;
	naive(last: string): string;
	snaive(period: string): string;
	drift(slope: string): string;
	/** «Theta θ=2 α=0,500», optimised or not, seasonally adjusted or not. */
	theta(p: { optimised: boolean; theta: string; alpha: string; seasonal: boolean }): string;
	/** ETS(A,A,N) α=… / ARIMA(1,1,0)…: the symbols stay, the AICc and the estimation are said. */
	aicc: string;
	/** ARIMA's constant: « with mean» (no differencing) or « with drift». */
	withMean: string;
	withDrift: string;
	css: string;
	cssMl: string;
	meanOf(methods: string): string;
	reasonNone: string;
	/** The method the URL asked for (batch.ts userChoice). */
	reasonUser: string;
	reasonCombo(pct: string, method: string, mase: string): string;
	reasonLowest(mase: string, n: string): string;
	notFitted(method: string, n: string): string;
	noCalibration(method: string, level: string): string;
	lowCounts: string;
	asGood(method: string, base: string, own: string): string;
	fewPoints(n: string): string;
	reconciled(method: string, by: string): string;
	fittedFrom(from: string, brk: string): string;
	pulseLatest(pulse: string): string;
	pulseInside(pulse: string): string;
}

export const ru: ForecastWords = {
	notesLabel: 'Примечания метода',
	names: {
		naive: 'наивный',
		snaive: 'сезонный наивный',
		drift: 'случайное блуждание со сносом',
		arima: 'ARIMA',
		ses: 'простое экспоненциальное сглаживание',
		holt: 'метод Хольта',
		damped: 'метод Хольта с затухающим трендом',
		ets: 'ETS',
		theta: 'тета-метод',
		otm: 'оптимизированный тета-метод',
		combo: 'комбинация методов'
	},
	naive: (v) => `наивный: последнее значение ${v}`,
	snaive: (m) => `сезонный наивный, период ${m}`,
	drift: (s) => `случайное блуждание со сносом ${s} за период`,
	theta: (p) =>
		`${p.optimised ? 'оптимизированный ' : ''}Theta θ=${p.theta} α=${p.alpha}${p.seasonal ? ', с сезонной поправкой' : ''}`,
	aicc: 'AICc',
	withMean: ' со средним',
	withDrift: ' со сносом',
	css: 'CSS',
	cssMl: 'CSS; коэффициенты CSS-ML',
	meanOf: (m) => `среднее методов ${m}`,
	reasonUser: 'выбран пользователем',
	reasonNone: 'ни один метод не удалось проверить на прошлых данных; наивный прогноз',
	reasonCombo: (pct, m, mase) =>
		`комбинация в пределах ${pct} % от лучшей MASE бэктеста (${m} ${mase})`,
	reasonLowest: (mase, n) => `наименьшая MASE бэктеста ${mase} из ${n} методов`,
	notFitted: (m, n) => `${m} не удалось подобрать по ${n} точкам; вместо него наивный прогноз`,
	noCalibration: (m, l) => `нет калибровки ${m} для ${l} %: интервал по модели`,
	lowCounts: 'малые числа: интервалы не уже шума пуассоновской выборки',
	asGood: (m, base, own) =>
		`в бэктесте ${m} оказался не хуже (MASE ${base} против ${own}): ряд слишком короткий или шумный, чтобы превзойти наивный прогноз`,
	fewPoints: (n) =>
		`всего ${n} годовых точек: прогноз ориентировочный, смотрите на интервал, а не на линию`,
	reconciled: (m, by) => `согласовано (${m}): среднее скорректировано на ${by}`,
	fittedFrom: (from, brk) => `подобрано только с ${from}: разрыв ${brk}`,
	pulseLatest: (p) =>
		`последний период содержит всплеск ${p}: прогноз начинается с уровня, который мог сдвинуться; смотрите на интервал, а не на линию`,
	pulseInside: (p) =>
		`в подобранные периоды входит всплеск ${p}, учтённый как зарегистрировано: точки бэктеста через него влияют на выбор модели и на интервал`
};

export const kk: ForecastWords = {
	notesLabel: 'Әдіс ескертпелері',
	names: {
		naive: 'қарапайым',
		snaive: 'маусымдық қарапайым',
		drift: 'ығысуы бар кездейсоқ серуен',
		arima: 'ARIMA',
		ses: 'қарапайым экспоненциалдық тегістеу',
		holt: 'Холт әдісі',
		damped: 'сөнетін трендті Холт әдісі',
		ets: 'ETS',
		theta: 'тета әдісі',
		otm: 'оңтайландырылған тета әдісі',
		combo: 'әдістер комбинациясы'
	},
	naive: (v) => `қарапайым: соңғы мән ${v}`,
	snaive: (m) => `маусымдық қарапайым, кезең ${m}`,
	drift: (s) => `кезеңіне ${s} ығысуы бар кездейсоқ серуен`,
	theta: (p) =>
		`${p.optimised ? 'оңтайландырылған ' : ''}Theta θ=${p.theta} α=${p.alpha}${p.seasonal ? ', маусымдық түзетумен' : ''}`,
	aicc: 'AICc',
	withMean: ' орташамен',
	withDrift: ' ығысумен',
	css: 'CSS',
	cssMl: 'CSS; коэффициенттер CSS-ML',
	meanOf: (m) => `${m} әдістерінің орташасы`,
	reasonUser: 'пайдаланушы таңдады',
	reasonNone: 'бірде-бір әдісті өткен деректерде тексеру мүмкін болмады; қарапайым болжам',
	reasonCombo: (pct, m, mase) =>
		`бэктесттің ең жақсы MASE мәнінен ${pct} % шегіндегі комбинация (${m} ${mase})`,
	reasonLowest: (mase, n) => `${n} әдістің ішіндегі бэктесттің ең кіші MASE мәні ${mase}`,
	notFitted: (m, n) => `${m} әдісін ${n} нүктеге бейімдеу мүмкін болмады; орнына қарапайым болжам`,
	noCalibration: (m, l) => `${m} үшін ${l} % калибрлеу жоқ: модель бойынша аралық`,
	lowCounts: 'сандар аз: аралықтар Пуассон іріктеу шуынан тар емес',
	asGood: (m, base, own) =>
		`бэктестте ${m} кем түспеді (MASE ${base}, салыстырмалы ${own}): қатар қарапайым болжамнан озу үшін тым қысқа немесе шулы`,
	fewPoints: (n) =>
		`бар болғаны ${n} жылдық нүкте: болжам шамамен алынған, сызыққа емес, аралыққа қараңыз`,
	reconciled: (m, by) => `келістірілді (${m}): орташа ${by} шамасына түзетілді`,
	fittedFrom: (from, brk) => `тек ${from} бастап бейімделді: үзіліс ${brk}`,
	pulseLatest: (p) =>
		`соңғы кезеңде ${p} серпілісі бар: болжам ауысуы мүмкін деңгейден басталады; сызыққа емес, аралыққа қараңыз`,
	pulseInside: (p) =>
		`бейімделген кезеңдерге ${p} серпілісі кіреді, тіркелгендей сақталды: ол арқылы өтетін бэктест нүктелері модель таңдауына және аралыққа әсер етеді`
};

export const en: ForecastWords = {
	notesLabel: 'Method notes',
	names: {
		naive: 'naive',
		snaive: 'seasonal naive',
		drift: 'random walk with drift',
		arima: 'ARIMA',
		ses: 'simple exponential smoothing',
		holt: "Holt's linear trend",
		damped: 'damped Holt',
		ets: 'ETS',
		theta: 'Theta',
		otm: 'optimised Theta',
		combo: 'combination of methods'
	},
	naive: (v) => `naive: last value ${v}`,
	snaive: (m) => `seasonal naive, period ${m}`,
	drift: (s) => `random walk with drift ${s} per period`,
	theta: (p) =>
		`${p.optimised ? 'optimised ' : ''}Theta θ=${p.theta} α=${p.alpha}${p.seasonal ? ', seasonally adjusted' : ''}`,
	aicc: 'AICc',
	withMean: ' with mean',
	withDrift: ' with drift',
	css: 'CSS',
	cssMl: 'CSS; coefficients CSS-ML',
	meanOf: (m) => `mean of ${m}`,
	reasonUser: 'chosen by the user',
	reasonNone: 'no method could be backtested; naive forecast',
	reasonCombo: (pct, m, mase) =>
		`combination within ${pct} % of the best backtest MASE (${m} ${mase})`,
	reasonLowest: (mase, n) => `lowest backtest MASE ${mase} of ${n} methods`,
	notFitted: (m, n) => `${m} could not be fitted to ${n} points; naive forecast instead`,
	noCalibration: (m, l) => `no calibration for ${m} at ${l} %: model-based interval`,
	lowCounts: 'low counts: intervals at least as wide as Poisson sampling noise',
	asGood: (m, base, own) =>
		`in the backtest ${m} was as good (MASE ${base} vs ${own}): the history is too short or too noisy to beat a naive forecast`,
	fewPoints: (n) =>
		`only ${n} annual points: treat the forecast as indicative and read the interval, not the line`,
	reconciled: (m, by) => `reconciled (${m}): mean adjusted by ${by}`,
	fittedFrom: (from, brk) => `fitted from ${from} only: break ${brk}`,
	pulseLatest: (p) =>
		`the latest period holds the ${p}: the forecast starts from a level it may have moved; read the interval, not the line`,
	pulseInside: (p) =>
		`the fitted periods include the ${p}, kept as registered: backtest origins across it weigh on the choice of model and on the interval`
};
