/**
 * The common import refusals (the pipelines' InputError sentences, English, the canonical
 * record in the CLI and the import audit) said in ru, kk and en on /data/import and
 * /data/imports. ../import-refusal.ts reads the parts back from the English sentence.
 */

export interface RefusalWords {
	empty(file: string): string;
	oldXls(file: string): string;
	notXlsx(file: string): string;
	zipNotXlsx(file: string, inside: string): string;
	tooLarge(file: string, size: string, limit: string): string;
	unknownFormTitle(file: string, title: string): string;
	noTitle(file: string): string;
	unknownForm(text: string): string;
	noReader(file: string): string;
	needsReplace(p: {
		file: string;
		scope: string;
		held: string;
		/** Cells that differ, with the first few («R1-1!E7 5317→5320»); null: only the file differs. */
		cells: { count: string; first: string } | null;
	}): string;
	/** The upload route's own refusals (routes/data/import/upload/+server.ts). */
	signIn: string;
	otherSite: string;
	staleToken: string;
	role(role: string): string;
	uploadGone: string;
	notBody: string;
}

export const ru: RefusalWords = {
	empty: (f) => `${f}: файл пуст (0 байт). Скачайте его с портала ещё раз.`,
	oldXls: (f) =>
		`${f}: это старый двоичный файл Excel (.xls) или книга с паролем, а не XLSX. Откройте её в Excel, снимите пароль и сохраните как «Книга Excel (.xlsx)».`,
	notXlsx: (f) =>
		`${f}: это не книга XLSX (файл не начинается с подписи ZIP «PK»). Возможно, это старый .xls, CSV или страница ошибки, сохранённая как .xlsx: откройте файл в Excel и сохраните как «Книга Excel (.xlsx)».`,
	zipNotXlsx: (f, inside) =>
		`${f}: это архив ZIP, но не книга XLSX (внутри нет ${inside}). Может быть, это .docx или другой архив? Выгрузите отчёт с портала в Excel.`,
	tooLarge: (f, size, limit) =>
		`${f}: ${size} байт — больше предела ${limit} байт для загружаемого файла; отклонено. Книга отчёта или файл источника весит несколько МБ: проверьте, тот ли это файл.`,
	unknownFormTitle: (f, title) =>
		`${f}: неизвестная форма в заголовке документа «${title}»: заголовок должен начинаться с «1-M» или «СНГ-1», за которыми следует регион.`,
	noTitle: (f) =>
		`${f}: у книги нет заголовка документа (Файл › Свойства › Заголовок), куда портал пишет форму и регион, поэтому ни то, ни другое по файлу не определить. Если они известны по месту скачивания, укажите форму (1-M или СНГ-1) и регион (код ISO, например KZ-11); иначе выгрузите отчёт с портала заново.`,
	unknownForm: (t) => `неизвестная форма «${t}»: укажите 1-M или СНГ-1 (можно 1m, sng1)`,
	noReader: (f) =>
		`${f}: это не книга официальной формы (.xlsx), и ни один читатель источников (население, суды, опубликованные данные, открытые данные 1-M) её не распознал; какие макеты они ожидают, описано в pipelines/sources`,
	needsReplace: (p) =>
		`${p.file}: ${p.scope} уже загружен из ${p.held}, а эта книга ` +
		(p.cells
			? `отличается от него в ${p.cells.count} ячейках (${p.cells.first})`
			: 'отличается от него как файл (свойства или оформление), но ни в одном значении ячейки') +
		`. Загруженный файл сохранён. Чтобы заменить его этой книгой, загрузите её ещё раз с заменой (старый файл останется в истории загрузок как заменённый).`,
	signIn: 'сначала войдите: /login',
	otherSite: 'отказано: запрос пришёл не с этого сайта (Origin)',
	staleToken: 'отказано: токен CSRF отсутствует или устарел; перезагрузите страницу импорта',
	role: (r) => `роль ${r} не может загружать данные; могут аналитик и администратор`,
	uploadGone: 'эта загрузка больше не хранится (не дольше часа): загрузите файл ещё раз',
	notBody: 'отправьте сам файл телом запроса, Content-Type: application/octet-stream'
};

export const kk: RefusalWords = {
	empty: (f) => `${f}: файл бос (0 байт). Оны порталдан қайта жүктеп алыңыз.`,
	oldXls: (f) =>
		`${f}: бұл ескі екілік Excel файлы (.xls) немесе құпиясөзбен қорғалған кітап, XLSX емес. Оны Excel-де ашып, құпиясөзді алып тастаңыз да, «Excel кітабы (.xlsx)» ретінде сақтаңыз.`,
	notXlsx: (f) =>
		`${f}: бұл XLSX кітабы емес (файл ZIP «PK» қолтаңбасымен басталмайды). Бұл ескі .xls, CSV немесе .xlsx ретінде сақталған қате беті болуы мүмкін: файлды Excel-де ашып, «Excel кітабы (.xlsx)» ретінде сақтаңыз.`,
	zipNotXlsx: (f, inside) =>
		`${f}: бұл ZIP мұрағаты, бірақ XLSX кітабы емес (ішінде ${inside} жоқ). Бұл .docx немесе басқа мұрағат емес пе? Есепті порталдан Excel түрінде түсіріңіз.`,
	tooLarge: (f, size, limit) =>
		`${f}: ${size} байт — жүктелетін файлға арналған ${limit} байт шегінен үлкен; қабылданбады. Есеп кітабы немесе дереккөз файлы бірнеше МБ болады: файлдың дұрыс екенін тексеріңіз.`,
	unknownFormTitle: (f, title) =>
		`${f}: «${title}» құжат тақырыбындағы нысан белгісіз: тақырып «1-M» немесе «СНГ-1» деп басталып, одан кейін өңір аталуы керек.`,
	noTitle: (f) =>
		`${f}: кітаптың құжат тақырыбы жоқ (Файл › Сипаттар › Тақырып), портал нысан мен өңірді сонда жазады, сондықтан оларды файлдан анықтау мүмкін емес. Егер олар жүктеп алынған жерінен белгілі болса, нысанды (1-M немесе СНГ-1) және өңірді (ISO коды, мысалы KZ-11) көрсетіңіз; әйтпесе есепті порталдан қайта түсіріңіз.`,
	unknownForm: (t) =>
		`белгісіз нысан «${t}»: 1-M немесе СНГ-1 көрсетіңіз (1m, sng1 деп те жазуға болады)`,
	noReader: (f) =>
		`${f}: бұл ресми нысан кітабы (.xlsx) емес, және дереккөз оқырмандарының ешқайсысы (халық, соттар, жарияланған деректер, 1-M ашық деректері) оны танымады; әрқайсысы күтетін пішім pipelines/sources ішінде сипатталған`,
	needsReplace: (p) =>
		`${p.file}: ${p.scope} бұрын ${p.held} файлынан жүктелген, ал бұл кітап ` +
		(p.cells
			? `одан ${p.cells.count} ұяшықта ерекшеленеді (${p.cells.first})`
			: 'одан файл ретінде (сипаттары немесе пішімі) ерекшеленеді, бірақ бірде-бір ұяшық мәнінде емес') +
		`. Жүктелген файл сақталды. Оны осы кітаппен ауыстыру үшін кітапты ауыстыру арқылы қайта жүктеңіз (ескі файл жүктеу тарихында ауыстырылған ретінде қалады).`,
	signIn: 'алдымен кіріңіз: /login',
	otherSite: 'бас тартылды: сұрау осы сайттан келмеген (Origin)',
	staleToken: 'бас тартылды: CSRF токені жоқ немесе ескірген; импорт бетін қайта жүктеңіз',
	role: (r) => `${r} рөлі деректерді жүктей алмайды; талдаушы мен әкімші жүктей алады`,
	uploadGone: 'бұл жүктеме енді сақталмайды (бір сағаттан артық емес): файлды қайта жүктеңіз',
	notBody: 'файлдың өзін сұрау денесі ретінде жіберіңіз, Content-Type: application/octet-stream'
};
