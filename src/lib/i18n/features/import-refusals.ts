/**
 * Every import refusal, one entry per kind (its code), said in en, ru and kk from the same
 * parameters (file, sheet, cell, figures, names: plain JSON). The pipelines refuse with a code
 * and its parameters (InputError, pipelines/forms/types.ts); the `en` sentence is what the CLI
 * prints and the audit keeps as `message`, the code and parameters travel beside it (the
 * `etl import --json` summary, imports.jsonl, the upload route's answer), and the import page
 * and the import history say it in their language (../import-refusal.ts). Nothing parses the
 * English back. The type makes the three languages complete for every code.
 *
 * Pure, no imports: the parse workers load it with the readers.
 */

/** A parameter: what JSON carries unchanged from a worker, the CLI or the audit file. */
export type RefusalValue = string | number | boolean | null | RefusalValue[];
export type RefusalParamsShape = Record<string, RefusalValue>;

/** Figures as the language writes them (en: as today's CLI prints them, without grouping). */
export type NumFormat = (v: number) => string;

interface Say<P extends RefusalParamsShape> {
	en: (p: P, n: NumFormat) => string;
	ru: (p: P, n: NumFormat) => string;
	kk: (p: P, n: NumFormat) => string;
}
const say = <P extends RefusalParamsShape>(s: Say<P>): Say<P> => s;

type File = { file: string };
type Entry = { file: string; entry: string };
type Detail = { detail: string };

// The ZIP archive is cut or damaged: one sentence around what is wrong.
const zipEn = (f: string, what: string) =>
	`${f}: the ZIP archive is truncated or corrupt (${what}). Download the workbook again, or open it in Excel and save it as a new .xlsx.`;
const zipRu = (f: string, what: string) =>
	`${f}: архив ZIP обрезан или повреждён (${what}). Скачайте книгу ещё раз или откройте её в Excel и сохраните как новый .xlsx.`;
const zipKk = (f: string, what: string) =>
	`${f}: ZIP мұрағаты кесілген немесе бүлінген (${what}). Кітапты қайта жүктеп алыңыз немесе оны Excel-де ашып, жаңа .xlsx ретінде сақтаңыз.`;

/** «, record 4» of a JSON source's record; nothing for the whole file (record null). */
const recordEn = (r: number | null) => (r === null ? '' : `, record ${r}`);
const recordRu = (r: number | null) => (r === null ? '' : `, запись ${r}`);
const recordKk = (r: number | null) => (r === null ? '' : `, ${r}-жазба`);

const SEX: Record<'ru' | 'kk', Record<string, string>> = {
	ru: { all: 'всё население', male: 'мужчины', female: 'женщины' },
	kk: { all: 'бүкіл халық', male: 'ерлер', female: 'әйелдер' }
};

const sheetEn = (s: string | null) => (s ? `, sheet «${s}»` : '');
const sheetRu = (s: string | null) => (s ? `, лист «${s}»` : '');
const sheetKk = (s: string | null) => (s ? `, «${s}» парағы` : '');

export const REFUSALS = {
	// ── The workbook as a file (pipelines/xlsx/index.ts) ─────────────────────────────────
	emptyWorkbook: say<File>({
		en: (p) => `${p.file}: the file is empty (0 bytes). Download it again from the portal.`,
		ru: (p) => `${p.file}: файл пуст (0 байт). Скачайте его с портала ещё раз.`,
		kk: (p) => `${p.file}: файл бос (0 байт). Оны порталдан қайта жүктеп алыңыз.`
	}),
	workbookTooLarge: say<{ file: string; size: number; limit: number }>({
		en: (p, n) =>
			`${p.file}: ${n(p.size)} bytes is larger than the ${n(p.limit)}-byte limit for a workbook; refused.`,
		ru: (p, n) =>
			`${p.file}: ${n(p.size)} байт — больше предела ${n(p.limit)} байт для книги; отклонено.`,
		kk: (p, n) =>
			`${p.file}: ${n(p.size)} байт — кітапқа арналған ${n(p.limit)} байт шегінен үлкен; қабылданбады.`
	}),
	oldXls: say<File>({
		en: (p) =>
			`${p.file}: an old binary Excel file (.xls) or a password-protected workbook, not an XLSX. Open it in Excel, remove any password and save it as "Excel Workbook (.xlsx)".`,
		ru: (p) =>
			`${p.file}: это старый двоичный файл Excel (.xls) или книга с паролем, а не XLSX. Откройте её в Excel, снимите пароль и сохраните как «Книга Excel (.xlsx)».`,
		kk: (p) =>
			`${p.file}: бұл ескі екілік Excel файлы (.xls) немесе құпиясөзбен қорғалған кітап, XLSX емес. Оны Excel-де ашып, құпиясөзді алып тастаңыз да, «Excel кітабы (.xlsx)» ретінде сақтаңыз.`
	}),
	notXlsx: say<File>({
		en: (p) =>
			`${p.file}: not an XLSX workbook (it does not start with the ZIP signature "PK"). It may be an old .xls, a CSV or an HTML error page saved as .xlsx: open it in Excel and save it as "Excel Workbook (.xlsx)".`,
		ru: (p) =>
			`${p.file}: это не книга XLSX (файл не начинается с подписи ZIP «PK»). Возможно, это старый .xls, CSV или страница ошибки, сохранённая как .xlsx: откройте файл в Excel и сохраните как «Книга Excel (.xlsx)».`,
		kk: (p) =>
			`${p.file}: бұл XLSX кітабы емес (файл ZIP «PK» қолтаңбасымен басталмайды). Бұл ескі .xls, CSV немесе .xlsx ретінде сақталған қате беті болуы мүмкін: файлды Excel-де ашып, «Excel кітабы (.xlsx)» ретінде сақтаңыз.`
	}),
	zipNotXlsx: say<{ file: string; inside: string }>({
		en: (p) =>
			`${p.file}: a ZIP archive but not an XLSX workbook (no ${p.inside} inside). Is it a .docx or another archive? Export the report from the portal as Excel.`,
		ru: (p) =>
			`${p.file}: это архив ZIP, но не книга XLSX (внутри нет ${p.inside}). Может быть, это .docx или другой архив? Выгрузите отчёт с портала в Excel.`,
		kk: (p) =>
			`${p.file}: бұл ZIP мұрағаты, бірақ XLSX кітабы емес (ішінде ${p.inside} жоқ). Бұл .docx немесе басқа мұрағат емес пе? Есепті порталдан Excel түрінде түсіріңіз.`
	}),
	sheetMissing: say<{ file: string; sheet: string; part: string | null; sheets: string[] }>({
		en: (p) =>
			`${p.file}: sheet ${p.sheet} is ${p.part ? `listed but its part ${p.part} is missing` : 'not in the workbook'} (sheets: ${p.sheets.join(', ')}).`,
		ru: (p) =>
			`${p.file}: лист ${p.sheet} ${p.part ? `указан в книге, но его части ${p.part} нет` : 'в книге отсутствует'} (листы: ${p.sheets.join(', ')}). Выгрузите отчёт с портала заново.`,
		kk: (p) =>
			`${p.file}: ${p.sheet} парағы ${p.part ? `кітапта аталған, бірақ оның ${p.part} бөлігі жоқ` : 'кітапта жоқ'} (парақтар: ${p.sheets.join(', ')}). Есепті порталдан қайта түсіріңіз.`
	}),
	// ── Sheet XML (pipelines/xlsx/sheet-xml.ts) ─────────────────────────────────────────
	tooManyCells: say<{ file: string; sheet: string; max: number }>({
		en: (p, n) =>
			`${p.file}, sheet ${p.sheet}: more than ${n(p.max)} cells; refused (a report sheet has a few tens of thousands). Check that this is a report workbook.`,
		ru: (p, n) =>
			`${p.file}, лист ${p.sheet}: больше ${n(p.max)} ячеек; отклонено (в листе отчёта их несколько десятков тысяч). Проверьте, что это книга отчёта.`,
		kk: (p, n) =>
			`${p.file}, ${p.sheet} парағы: ${n(p.max)} ұяшықтан көп; қабылданбады (есеп парағында бірнеше он мың ұяшық болады). Бұл есеп кітабы екенін тексеріңіз.`
	}),
	sharedStringMissing: say<{ file: string; sheet: string; cell: string; index: string }>({
		en: (p) =>
			`${p.file}, sheet ${p.sheet}, cell ${p.cell}: refers to shared string ${p.index}, which does not exist. The workbook is damaged; save it again from Excel.`,
		ru: (p) =>
			`${p.file}, лист ${p.sheet}, ячейка ${p.cell}: ссылается на общую строку ${p.index}, которой нет. Книга повреждена; сохраните её заново из Excel.`,
		kk: (p) =>
			`${p.file}, ${p.sheet} парағы, ${p.cell} ұяшығы: ${p.index} нөмірлі ортақ жолға сілтейді, ал ондай жол жоқ. Кітап бүлінген; оны Excel-ден қайта сақтаңыз.`
	}),
	// ── The ZIP container (pipelines/xlsx/zip.ts) ───────────────────────────────────────
	zipCut: say<File>({
		en: (p) => zipEn(p.file, 'no end-of-central-directory record: the file was cut short'),
		ru: (p) => zipRu(p.file, 'нет записи конца центрального каталога: файл оборван'),
		kk: (p) => zipKk(p.file, 'орталық каталогтың соңғы жазбасы жоқ: файл үзіліп қалған')
	}),
	zipDirOutside: say<File>({
		en: (p) => zipEn(p.file, 'the central directory lies outside the file'),
		ru: (p) => zipRu(p.file, 'центральный каталог лежит за пределами файла'),
		kk: (p) => zipKk(p.file, 'орталық каталог файлдың шегінен тыс жатыр')
	}),
	zipEntryDamaged: say<{ file: string; n: number }>({
		en: (p) => zipEn(p.file, `central directory entry ${p.n} is damaged`),
		ru: (p, n) => zipRu(p.file, `запись ${n(p.n)} центрального каталога повреждена`),
		kk: (p, n) => zipKk(p.file, `орталық каталогтың ${n(p.n)}-жазбасы бүлінген`)
	}),
	zipNoLocalHeader: say<Entry>({
		en: (p) => zipEn(p.file, `the local header of ${p.entry} is missing`),
		ru: (p) => zipRu(p.file, `нет локального заголовка ${p.entry}`),
		kk: (p) => zipKk(p.file, `${p.entry} жергілікті тақырыбы жоқ`)
	}),
	zipBeyondEnd: say<Entry>({
		en: (p) => zipEn(p.file, `${p.entry} ends beyond the end of the file`),
		ru: (p) => zipRu(p.file, `${p.entry} кончается за концом файла`),
		kk: (p) => zipKk(p.file, `${p.entry} файлдың соңынан кейін аяқталады`)
	}),
	zipStoredSizes: say<Entry>({
		en: (p) => zipEn(p.file, `stored entry ${p.entry} has inconsistent sizes`),
		ru: (p) => zipRu(p.file, `у несжатой записи ${p.entry} не сходятся размеры`),
		kk: (p) => zipKk(p.file, `сығылмаған ${p.entry} жазбасының өлшемдері сәйкес келмейді`)
	}),
	/** `detail`: the inflater's own message (fflate, English). */
	zipInflateFailed: say<{ file: string; entry: string; detail: string }>({
		en: (p) => zipEn(p.file, `${p.entry} cannot be inflated: ${p.detail}`),
		ru: (p) => zipRu(p.file, `${p.entry} не распаковывается: ${p.detail}`),
		kk: (p) => zipKk(p.file, `${p.entry} ашылмайды: ${p.detail}`)
	}),
	zipInflateSize: say<{ file: string; entry: string; size: number; declared: number }>({
		en: (p, n) =>
			zipEn(p.file, `${p.entry} inflates to ${n(p.size)} bytes but declares ${n(p.declared)}`),
		ru: (p, n) =>
			zipRu(p.file, `${p.entry} распаковывается в ${n(p.size)} байт, а заявлено ${n(p.declared)}`),
		kk: (p, n) =>
			zipKk(p.file, `${p.entry} ${n(p.size)} байтқа ашылады, ал мәлімделгені ${n(p.declared)}`)
	}),
	zip64: say<File>({
		en: (p) =>
			`${p.file}: ZIP64 archives are not supported; a report workbook is never that large.`,
		ru: (p) =>
			`${p.file}: архивы ZIP64 не поддерживаются; книга отчёта никогда не бывает такой большой.`,
		kk: (p) =>
			`${p.file}: ZIP64 мұрағаттарына қолдау жоқ; есеп кітабы ешқашан мұндай үлкен болмайды.`
	}),
	zip64Entry: say<Entry>({
		en: (p) =>
			`${p.file}: entry ${p.entry} uses ZIP64 sizes; a report workbook is never that large.`,
		ru: (p) =>
			`${p.file}: запись ${p.entry} использует размеры ZIP64; книга отчёта никогда не бывает такой большой.`,
		kk: (p) =>
			`${p.file}: ${p.entry} жазбасы ZIP64 өлшемдерін қолданады; есеп кітабы ешқашан мұндай үлкен болмайды.`
	}),
	zipBombTotal: say<{ file: string; limit: number }>({
		en: (p, n) =>
			`${p.file}: refused as a possible zip bomb: its entries declare more than ${n(p.limit)} bytes uncompressed. A real report workbook holds about 10 MB; check where this file came from.`,
		ru: (p, n) =>
			`${p.file}: отклонено как возможная ZIP-бомба: его записи заявляют больше ${n(p.limit)} байт в распакованном виде. Настоящая книга отчёта занимает около 10 МБ; проверьте, откуда взялся этот файл.`,
		kk: (p, n) =>
			`${p.file}: ықтимал ZIP-бомба ретінде қабылданбады: оның жазбалары ашылған күйде ${n(p.limit)} байттан көп деп мәлімдейді. Нағыз есеп кітабы шамамен 10 МБ болады; бұл файлдың қайдан келгенін тексеріңіз.`
	}),
	zipBombRatio: say<{ file: string; entry: string; ratio: number }>({
		en: (p, n) =>
			`${p.file}: refused as a possible zip bomb: entry ${p.entry} declares a compression ratio of ${n(p.ratio)}:1 (real workbooks compress about 20:1). Check where this file came from.`,
		ru: (p, n) =>
			`${p.file}: отклонено как возможная ZIP-бомба: запись ${p.entry} заявляет степень сжатия ${n(p.ratio)}:1 (настоящие книги сжимаются примерно 20:1). Проверьте, откуда взялся этот файл.`,
		kk: (p, n) =>
			`${p.file}: ықтимал ZIP-бомба ретінде қабылданбады: ${p.entry} жазбасы ${n(p.ratio)}:1 сығу дәрежесін мәлімдейді (нағыз кітаптар шамамен 20:1 сығылады). Бұл файлдың қайдан келгенін тексеріңіз.`
	}),
	zipBombBudget: say<{ file: string; entry: string; limit: number }>({
		en: (p, n) =>
			`${p.file}: refused as a possible zip bomb: ${p.entry} would inflate beyond the ${n(p.limit)}-byte limit.`,
		ru: (p, n) =>
			`${p.file}: отклонено как возможная ZIP-бомба: ${p.entry} распаковался бы сверх предела ${n(p.limit)} байт. Проверьте, откуда взялся этот файл.`,
		kk: (p, n) =>
			`${p.file}: ықтимал ZIP-бомба ретінде қабылданбады: ${p.entry} ${n(p.limit)} байт шегінен асып ашылар еді. Бұл файлдың қайдан келгенін тексеріңіз.`
	}),
	zipBombInflate: say<{ file: string; entry: string; declared: number }>({
		en: (p, n) =>
			`${p.file}: refused as a possible zip bomb: ${p.entry} inflates beyond its declared ${n(p.declared)} bytes.`,
		ru: (p, n) =>
			`${p.file}: отклонено как возможная ZIP-бомба: ${p.entry} распаковывается больше заявленных ${n(p.declared)} байт. Проверьте, откуда взялся этот файл.`,
		kk: (p, n) =>
			`${p.file}: ықтимал ZIP-бомба ретінде қабылданбады: ${p.entry} мәлімделген ${n(p.declared)} байттан көп ашылады. Бұл файлдың қайдан келгенін тексеріңіз.`
	}),
	encrypted: say<Entry>({
		en: (p) =>
			`${p.file}: the workbook is password-protected (${p.entry} is encrypted). Remove the password in Excel and save it again.`,
		ru: (p) =>
			`${p.file}: книга защищена паролем (${p.entry} зашифрован). Снимите пароль в Excel и сохраните книгу заново.`,
		kk: (p) =>
			`${p.file}: кітап құпиясөзбен қорғалған (${p.entry} шифрланған). Excel-де құпиясөзді алып тастап, кітапты қайта сақтаңыз.`
	}),
	zipMethod: say<{ file: string; entry: string; method: number }>({
		en: (p) =>
			`${p.file}: ${p.entry} uses ZIP compression method ${p.method}, which Excel never writes. Open the file in Excel and save it as .xlsx.`,
		ru: (p) =>
			`${p.file}: ${p.entry} сжат методом ZIP ${p.method}, которым Excel никогда не пишет. Откройте файл в Excel и сохраните как .xlsx.`,
		kk: (p) =>
			`${p.file}: ${p.entry} Excel ешқашан қолданбайтын ${p.method} ZIP сығу әдісімен сығылған. Файлды Excel-де ашып, .xlsx ретінде сақтаңыз.`
	}),
	// ── The form in the workbook (pipelines/forms) ──────────────────────────────────────
	noTitle: say<File>({
		en: (p) =>
			`${p.file}: the workbook has no document title (File › Properties › Title), which is where the portal writes the form and region, e.g. "1-M  Акмолинская область (Свод)", so neither can be told from the file. If you know them from where the file was downloaded, pass --form (1-M or СНГ-1) and --region (ISO code, e.g. KZ-11); otherwise export the report from the portal again.`,
		ru: (p) =>
			`${p.file}: у книги нет заголовка документа (Файл › Свойства › Заголовок), куда портал пишет форму и регион, поэтому ни то, ни другое по файлу не определить. Если они известны по месту скачивания, укажите форму (1-M или СНГ-1) и регион (код ISO, например KZ-11); иначе выгрузите отчёт с портала заново.`,
		kk: (p) =>
			`${p.file}: кітаптың құжат тақырыбы жоқ (Файл › Сипаттар › Тақырып), портал нысан мен өңірді сонда жазады, сондықтан оларды файлдан анықтау мүмкін емес. Егер олар жүктеп алынған жерінен белгілі болса, нысанды (1-M немесе СНГ-1) және өңірді (ISO коды, мысалы KZ-11) көрсетіңіз; әйтпесе есепті порталдан қайта түсіріңіз.`
	}),
	unknownFormTitle: say<{ file: string; title: string }>({
		en: (p) =>
			`${p.file}: unknown form in the document title "${p.title}": expected a title starting with "1-M" or "СНГ-1" followed by the region.`,
		ru: (p) =>
			`${p.file}: неизвестная форма в заголовке документа «${p.title}»: заголовок должен начинаться с «1-M» или «СНГ-1», за которыми следует регион.`,
		kk: (p) =>
			`${p.file}: «${p.title}» құжат тақырыбындағы нысан белгісіз: тақырып «1-M» немесе «СНГ-1» деп басталып, одан кейін өңір аталуы керек.`
	}),
	noGrafaRow: say<{ file: string; sheet: string }>({
		en: (p) =>
			`${p.file}, sheet ${p.sheet}: cannot find the row of column numbers ("А, Б, 1, 2, …") that every section of the form has. Is this sheet from an official report form?`,
		ru: (p) =>
			`${p.file}, лист ${p.sheet}: не найдена строка номеров граф («А, Б, 1, 2, …»), которая есть в каждом разделе формы. Этот лист из официальной формы отчёта?`,
		kk: (p) =>
			`${p.file}, ${p.sheet} парағы: нысанның әр бөлімінде болатын бағандар нөмірлерінің жолы («А, Б, 1, 2, …») табылмады. Бұл парақ ресми есеп нысанынан ба?`
	}),
	/**
	 * No графы row, and not the known layout either. `match`: the header texts matched at
	 * sheet rows top–bottom but the row codes did not (codes found, codes expected); null:
	 * the header texts match no known layout.
	 */
	unknownLayout: say<{
		file: string;
		sheet: string;
		layout: string;
		grafy: number | null;
		codeCount: number | null;
		match: number[] | null;
	}>({
		en: (p) =>
			`${p.file}, sheet ${p.sheet}: cannot find the row of column numbers ("А, Б, 1, 2, …"), ` +
			`and the sheet is not the known layout of ${p.layout}` +
			(p.grafy !== null
				? ` (${p.grafy} ${p.grafy === 1 ? 'графа' : 'графы'}, ${p.codeCount || 'no'} row codes)`
				: '') +
			`: ${
				p.match
					? `its header texts match (sheet rows ${p.match[0]}–${p.match[1]}), but its ${p.match[2]} row codes are not the layout's ${p.match[3]}`
					: 'its header texts match none'
			}. Export the report from the portal again, with the rows above the table.`,
		ru: (p, n) =>
			`${p.file}, лист ${p.sheet}: не найдена строка номеров граф («А, Б, 1, 2, …»), ` +
			`и лист не совпадает с известным макетом ${p.layout}` +
			(p.grafy !== null
				? ` (граф: ${n(p.grafy)}, шифров строк: ${p.codeCount ? n(p.codeCount) : 'нет'})`
				: '') +
			`: ${
				p.match
					? `тексты шапки совпадают (строки листа ${p.match[0]}–${p.match[1]}), но шифров строк ${n(p.match[2])}, а в макете ${n(p.match[3])}`
					: 'тексты шапки не совпадают ни с одним макетом'
			}. Выгрузите отчёт с портала заново, вместе со строками над таблицей.`,
		kk: (p, n) =>
			`${p.file}, ${p.sheet} парағы: бағандар нөмірлерінің жолы («А, Б, 1, 2, …») табылмады, ` +
			`әрі парақ ${p.layout} белгілі макетіне сәйкес келмейді` +
			(p.grafy !== null
				? ` (бағандар: ${n(p.grafy)}, жол шифрлары: ${p.codeCount ? n(p.codeCount) : 'жоқ'})`
				: '') +
			`: ${
				p.match
					? `тақырып мәтіндері сәйкес (парақтың ${p.match[0]}–${p.match[1]} жолдары), бірақ жол шифрлары ${n(p.match[2])}, ал макетте ${n(p.match[3])}`
					: 'тақырып мәтіндері ешбір макетке сәйкес келмейді'
			}. Есепті порталдан кестенің үстіндегі жолдарымен бірге қайта түсіріңіз.`
	}),
	missingSections: say<{ file: string; form: string; missing: string[]; sheets: string[] }>({
		en: (p) =>
			`${p.file}: this Form ${p.form} workbook lacks section(s) ${p.missing.join(', ')} (it has ${p.sheets.join(', ')}). Export the complete form from the portal.`,
		ru: (p) =>
			`${p.file}: в этой книге формы ${p.form} нет разделов ${p.missing.join(', ')} (есть ${p.sheets.join(', ')}). Выгрузите с портала полную форму.`,
		kk: (p) =>
			`${p.file}: ${p.form} нысанының бұл кітабында ${p.missing.join(', ')} бөлімдері жоқ (бары: ${p.sheets.join(', ')}). Порталдан толық нысанды түсіріңіз.`
	}),
	// ── Identifying form, period and region (pipelines/stages/identify.ts) ──────────────
	unknownForm: say<{ text: string }>({
		en: (p) => `unknown form «${p.text}»: use 1-M or СНГ-1 (also written 1m, sng1)`,
		ru: (p) => `неизвестная форма «${p.text}»: укажите 1-M или СНГ-1 (можно 1m, sng1)`,
		kk: (p) =>
			`белгісіз нысан «${p.text}»: 1-M немесе СНГ-1 көрсетіңіз (1m, sng1 деп те жазуға болады)`
	}),
	noPeriod: say<File>({
		en: (p) =>
			`${p.file}: no period: pass --period 2022 (the whole year) or --period 2023-03 (January–March)`,
		ru: (p) => `${p.file}: не указан период: укажите 2022 (весь год) или 2023-03 (январь–март)`,
		kk: (p) =>
			`${p.file}: кезең көрсетілмеген: 2022 (бүкіл жыл) немесе 2023-03 (қаңтар–наурыз) деп көрсетіңіз`
	}),
	/** parsePeriod's refusals (src/lib/domain/periods.ts), for a file or one of its records. */
	periodNotUnderstood: say<{ file: string; record: number | null; text: string }>({
		en: (p) =>
			`${p.file}${recordEn(p.record)}: period «${p.text}» is not understood: write YYYY for a whole year (2022) or YYYY-MM for January to that month (2023-03)`,
		ru: (p) =>
			`${p.file}${recordRu(p.record)}: период «${p.text}» не распознан: пишите ГГГГ для целого года (2022) или ГГГГ-ММ для января по этот месяц (2023-03)`,
		kk: (p) =>
			`${p.file}${recordKk(p.record)}: «${p.text}» кезеңі танылмады: бүкіл жыл үшін ЖЖЖЖ (2022), қаңтардан сол айға дейін ЖЖЖЖ-АА (2023-03) деп жазыңыз`
	}),
	periodOutOfRange: say<{ file: string; record: number | null; text: string }>({
		en: (p) =>
			`${p.file}${recordEn(p.record)}: period «${p.text}» is out of range (years 1991–2100, months 01–12)`,
		ru: (p) =>
			`${p.file}${recordRu(p.record)}: период «${p.text}» вне допустимых пределов (годы 1991–2100, месяцы 01–12)`,
		kk: (p) =>
			`${p.file}${recordKk(p.record)}: «${p.text}» кезеңі рұқсат етілген шектен тыс (жылдар 1991–2100, айлар 01–12)`
	}),
	unknownRegionOption: say<{ text: string; codes: string[] }>({
		en: (p) =>
			`unknown region «${p.text}» for --region: use an ISO 3166-2:KZ code, one of ${p.codes.join(', ')}`,
		ru: (p) =>
			`неизвестный регион «${p.text}»: укажите код ISO 3166-2:KZ, один из ${p.codes.join(', ')}`,
		kk: (p) =>
			`белгісіз өңір «${p.text}»: ISO 3166-2:KZ кодын көрсетіңіз, мыналардың бірін: ${p.codes.join(', ')}`
	}),
	noRegionInTitle: say<{ file: string; title: string | null }>({
		en: (p) =>
			`${p.file}: the workbook does not name its region (${p.title ? `its document title «${p.title}» names none` : 'it has no document title'}), so the region cannot be told from the file. If you know it from where the file was downloaded, pass --region with its ISO code (e.g. --region KZ-11 for Акмолинская область); otherwise export the report from the portal again.`,
		ru: (p) =>
			`${p.file}: книга не называет свой регион (${p.title ? `в заголовке документа «${p.title}» его нет` : 'у неё нет заголовка документа'}), поэтому регион по файлу не определить. Если он известен по месту скачивания, укажите регион кодом ISO (например, KZ-11 — Акмолинская область); иначе выгрузите отчёт с портала заново.`,
		kk: (p) =>
			`${p.file}: кітап өз өңірін атамайды (${p.title ? `«${p.title}» құжат тақырыбында ол жоқ` : 'оның құжат тақырыбы жоқ'}), сондықтан өңірді файлдан анықтау мүмкін емес. Егер ол жүктеп алынған жерінен белгілі болса, өңірді ISO кодымен көрсетіңіз (мысалы, KZ-11 — Ақмола облысы); әйтпесе есепті порталдан қайта түсіріңіз.`
	}),
	unknownRegionInTitle: say<{ file: string; title: string; name: string; accepted: string[] }>({
		en: (p) =>
			`${p.file}: the workbook title «${p.title}» names the region «${p.name}», which is not ` +
			`a region we know. Accepted names (ru/kk/en or ISO code), e.g.: ${p.accepted.join(', ')}. ` +
			`Fix the title (document property Title) or report the new spelling.`,
		ru: (p) =>
			`${p.file}: заголовок книги «${p.title}» называет регион «${p.name}», которого мы не знаем. ` +
			`Принимаются названия (на русском, казахском, английском или код ISO), например: ${p.accepted.join(', ')}. ` +
			`Исправьте заголовок (свойство документа «Заголовок») или сообщите о новом написании.`,
		kk: (p) =>
			`${p.file}: «${p.title}» кітап тақырыбы біз білмейтін «${p.name}» өңірін атайды. ` +
			`Қабылданатын атаулар (орысша, қазақша, ағылшынша немесе ISO коды), мысалы: ${p.accepted.join(', ')}. ` +
			`Тақырыпты (құжаттың «Тақырып» сипатын) түзетіңіз немесе жаңа жазылуы туралы хабарлаңыз.`
	}),
	regionContradicts: say<{
		file: string;
		given: string;
		title: string;
		code: string;
		name: string;
	}>({
		en: (p) =>
			`${p.file}: --region ${p.given} was given, but the workbook title «${p.title}» names ` +
			`${p.code} (${p.name}); drop --region or import the right file`,
		ru: (p) =>
			`${p.file}: указан регион ${p.given}, но заголовок книги «${p.title}» называет ` +
			`${p.code} (${p.name}); не указывайте регион или загрузите нужный файл`,
		kk: (p) =>
			`${p.file}: ${p.given} өңірі көрсетілген, бірақ «${p.title}» кітап тақырыбы ` +
			`${p.code} (${p.name}) өңірін атайды; өңірді көрсетпеңіз немесе дұрыс файлды жүктеңіз`
	}),
	/** The same bytes are already imported under another scope (form, region, period). */
	sameContentOtherScope: say<{
		file: string;
		sha: string;
		held: string;
		heldScope: string;
		scope: string;
	}>({
		en: (p) =>
			`${p.file}: its content is identical (sha256 ${p.sha}…) to «${p.held}», already imported as ` +
			`${p.heldScope}; the same workbook cannot be ${p.scope} too. Check which period or region ` +
			`this file really is.`,
		ru: (p) =>
			`${p.file}: его содержимое совпадает (sha256 ${p.sha}…) с «${p.held}», уже загруженным как ` +
			`${p.heldScope}; одна и та же книга не может быть ещё и ${p.scope}. Проверьте, за какой период ` +
			`и по какому региону этот файл на самом деле.`,
		kk: (p) =>
			`${p.file}: оның мазмұны ${p.heldScope} ретінде бұрын жүктелген «${p.held}» файлымен бірдей ` +
			`(sha256 ${p.sha}…); бір кітап бір мезгілде ${p.scope} бола алмайды. Бұл файлдың шын мәнінде қай кезеңге ` +
			`және қай өңірге қатысты екенін тексеріңіз.`
	}),
	// ── One file's import (pipelines/stages/import-file.ts, read-input.ts, import.ts) ────
	noReader: say<File>({
		en: (p) =>
			`${p.file}: not an official form workbook (.xlsx), and none of the source readers ` +
			`(population, courts, published, opendata-1m) recognises it; see pipelines/sources for ` +
			`the layouts each expects`,
		ru: (p) =>
			`${p.file}: это не книга официальной формы (.xlsx), и ни один читатель источников (население, суды, опубликованные данные, открытые данные 1-M) её не распознал; какие макеты они ожидают, описано в pipelines/sources`,
		kk: (p) =>
			`${p.file}: бұл ресми нысан кітабы (.xlsx) емес, және дереккөз оқырмандарының ешқайсысы (халық, соттар, жарияланған деректер, 1-M ашық деректері) оны танымады; әрқайсысы күтетін пішім pipelines/sources ішінде сипатталған`
	}),
	formContradictsImported: say<{ file: string; given: string; form: string; held: string }>({
		en: (p) =>
			`${p.file}: --form ${p.given} was given, but this workbook was imported as Form ${p.form} ` +
			`(«${p.held}»); drop --form or import the right file`,
		ru: (p) =>
			`${p.file}: указана форма ${p.given}, но эта книга уже загружена как форма ${p.form} ` +
			`(«${p.held}»); не указывайте форму или загрузите нужный файл`,
		kk: (p) =>
			`${p.file}: ${p.given} нысаны көрсетілген, бірақ бұл кітап бұрын ${p.form} нысаны ретінде ` +
			`жүктелген («${p.held}»); нысанды көрсетпеңіз немесе дұрыс файлды жүктеңіз`
	}),
	formContradictsTitle: say<{ file: string; given: string; title: string; form: string }>({
		en: (p) =>
			`${p.file}: --form ${p.given} was given, but the workbook title «${p.title}» says it is ` +
			`Form ${p.form}; drop --form or import the right file`,
		ru: (p) =>
			`${p.file}: указана форма ${p.given}, но по заголовку книги «${p.title}» это форма ` +
			`${p.form}; не указывайте форму или загрузите нужный файл`,
		kk: (p) =>
			`${p.file}: ${p.given} нысаны көрсетілген, бірақ «${p.title}» кітап тақырыбы бойынша бұл ` +
			`${p.form} нысаны; нысанды көрсетпеңіз немесе дұрыс файлды жүктеңіз`
	}),
	/**
	 * A different workbook for a scope (`1-M KZ-11 2022`) that has one, without --replace.
	 * `held`: the imported files («name» (sha256 …)); `count` cells differ, `first` the first few
	 * as «R1-1!E7 5317→5320» (`more`: the list is cut); count 0: only the file differs.
	 */
	needsReplace: say<{
		file: string;
		scope: string;
		held: string[];
		count: number;
		first: string;
		more: boolean;
	}>({
		en: (p) =>
			`${p.file}: Form ${p.scope} is already imported from ${p.held.join(', ')}, and this workbook ` +
			(p.count
				? `differs from it in ${p.count} cells (${p.first}${p.more ? ', …' : ''})`
				: 'differs from it as a file (properties or formatting) but in no cell value') +
			`. The imported file is kept. To make ${p.file} the one for Form ${p.scope}, import it ` +
			`again with --replace (the old file stays listed in the import history as replaced).`,
		ru: (p, n) =>
			`${p.file}: форма ${p.scope} уже загружена из ${p.held.join(', ')}, а эта книга ` +
			(p.count
				? `отличается от неё в ячейках: ${n(p.count)} (${p.first}${p.more ? ', …' : ''})`
				: 'отличается от неё как файл (свойства или оформление), но ни в одном значении ячейки') +
			`. Загруженный файл сохранён. Чтобы заменить его этой книгой, загрузите её ещё раз с заменой (старый файл останется в истории загрузок как заменённый).`,
		kk: (p, n) =>
			`${p.file}: ${p.scope} нысаны бұрын ${p.held.join(', ')} файлынан жүктелген, ал бұл кітап ` +
			(p.count
				? `одан ${n(p.count)} ұяшықта ерекшеленеді (${p.first}${p.more ? ', …' : ''})`
				: 'одан файл ретінде (сипаттары немесе пішімі) ерекшеленеді, бірақ бірде-бір ұяшық мәнінде емес') +
			`. Жүктелген файл сақталды. Оны осы кітаппен ауыстыру үшін кітапты ауыстыру арқылы қайта жүктеңіз (ескі файл жүктеу тарихында ауыстырылған ретінде қалады).`
	}),
	fileTooLarge: say<{ file: string; size: number; limit: number }>({
		en: (p, n) =>
			`${p.file}: ${n(p.size)} bytes is larger than the ${n(p.limit)}-byte limit for an imported file; refused ` +
			`before reading it. A report workbook or source file is a few MB: check that this is the right file.`,
		ru: (p, n) =>
			`${p.file}: ${n(p.size)} байт — больше предела ${n(p.limit)} байт для загружаемого файла; отклонено. Книга отчёта или файл источника весит несколько МБ: проверьте, тот ли это файл.`,
		kk: (p, n) =>
			`${p.file}: ${n(p.size)} байт — жүктелетін файлға арналған ${n(p.limit)} байт шегінен үлкен; қабылданбады. Есеп кітабы немесе дереккөз файлы бірнеше МБ болады: файлдың дұрыс екенін тексеріңіз.`
	}),
	notRegularFile: say<File>({
		en: (p) => `${p.file}: not a regular file; name a workbook, a CSV or a JSON file.`,
		ru: (p) => `${p.file}: это не обычный файл; укажите книгу, файл CSV или JSON.`,
		kk: (p) => `${p.file}: бұл кәдімгі файл емес; кітапты, CSV немесе JSON файлын көрсетіңіз.`
	}),
	/** `detail`: the operating system's message (English). */
	cannotRead: say<{ file: string; detail: string }>({
		en: (p) => `${p.file}: cannot read the file (${p.detail})`,
		ru: (p) => `${p.file}: файл не читается (${p.detail}). Проверьте путь и права доступа.`,
		kk: (p) => `${p.file}: файл оқылмайды (${p.detail}). Жолы мен қол жеткізу құқығын тексеріңіз.`
	}),
	// ── `etl cell` (pipelines/stages/cell.ts) ───────────────────────────────────────────
	cellUnknownRegion: say<{ region: string }>({
		en: (p) => `unknown region «${p.region}»: give an ISO code (KZ-71) or a name as in the form`,
		ru: (p) =>
			`неизвестный регион «${p.region}»: укажите код ISO (KZ-71) или название, как в форме`,
		kk: (p) =>
			`белгісіз өңір «${p.region}»: ISO кодын (KZ-71) немесе нысандағыдай атауын көрсетіңіз`
	}),
	cellNoFigure: say<{
		form: string;
		region: string;
		regionName: string;
		period: string;
		section: string;
		row: string;
		grafa: string;
	}>({
		en: (p) =>
			`no figure for ${p.form} ${p.region} (${p.regionName}) ${p.period} section ${p.section} row ${p.row} ` +
			`графа ${p.grafa}: the form is not imported for that region and period, or it has no such cell ` +
			'(see `npm run etl -- report`)',
		ru: (p) =>
			`нет показателя ${p.form} ${p.region} (${p.regionName}) ${p.period}, раздел ${p.section}, строка ${p.row}, ` +
			`графа ${p.grafa}: форма за этот регион и период не загружена или такой ячейки в ней нет ` +
			'(см. `npm run etl -- report`)',
		kk: (p) =>
			`${p.form} ${p.region} (${p.regionName}) ${p.period}, ${p.section} бөлімі, ${p.row} жолы, ` +
			`${p.grafa} баған бойынша көрсеткіш жоқ: нысан осы өңір мен кезеңге жүктелмеген немесе онда мұндай ұяшық жоқ ` +
			'(`npm run etl -- report` қараңыз)'
	}),
	// ── CSV files of the source readers (pipelines/sources/csv-table.ts) ────────────────
	notUtf8: say<File>({
		en: (p) => `${p.file}: not UTF-8 text; save the CSV as UTF-8`,
		ru: (p) => `${p.file}: это не текст UTF-8; сохраните CSV в кодировке UTF-8`,
		kk: (p) => `${p.file}: бұл UTF-8 мәтіні емес; CSV файлын UTF-8 кодтауында сақтаңыз`
	}),
	unclosedQuote: say<{ file: string; line: number }>({
		en: (p) => `${p.file}: a quoted cell opened on line ${p.line} is never closed`,
		ru: (p, n) =>
			`${p.file}: ячейка в кавычках, открытая в строке ${n(p.line)}, нигде не закрыта; закройте кавычку`,
		kk: (p, n) =>
			`${p.file}: ${n(p.line)}-жолда ашылған тырнақшадағы ұяшық жабылмаған; тырнақшаны жабыңыз`
	}),
	csvEmpty: say<File>({
		en: (p) => `${p.file}: the file is empty`,
		ru: (p) => `${p.file}: файл пуст; проверьте, тот ли это файл`,
		kk: (p) => `${p.file}: файл бос; файлдың дұрыс екенін тексеріңіз`
	}),
	csvCellCount: say<{ file: string; line: number; cells: number; header: number }>({
		en: (p) =>
			`${p.file}, line ${p.line}: ${p.cells} cells where the header has ${p.header}; check for an unquoted comma`,
		ru: (p, n) =>
			`${p.file}, строка ${n(p.line)}: ячеек ${n(p.cells)}, а в заголовке ${n(p.header)}; проверьте, нет ли запятой без кавычек`,
		kk: (p, n) =>
			`${p.file}, ${n(p.line)}-жол: ${n(p.cells)} ұяшық, ал тақырып жолында ${n(p.header)}; тырнақшасыз үтір жоқ па, тексеріңіз`
	}),
	// ── Published figures (pipelines/sources/published) ────────────────────────────────
	publishedHeader: say<{ file: string; columns: string[] }>({
		en: (p) =>
			`${p.file}: the header must be exactly ${p.columns.join(',')} (see data/published/README.md)`,
		ru: (p) =>
			`${p.file}: заголовок должен быть ровно ${p.columns.join(',')} (см. data/published/README.md)`,
		kk: (p) =>
			`${p.file}: тақырып жолы дәл ${p.columns.join(',')} болуы керек (data/published/README.md қараңыз)`
	}),
	/** `detail`: the schema's expectation (zod's message, English). */
	publishedValue: say<{
		file: string;
		line: number;
		column: string;
		value: string;
		detail: string;
	}>({
		en: (p) => `${p.file}, line ${p.line}: ${p.column} = «${p.value}» — expected ${p.detail}`,
		ru: (p, n) =>
			`${p.file}, строка ${n(p.line)}: ${p.column} = «${p.value}» — значение не подходит (${p.detail}); исправьте ячейку`,
		kk: (p, n) =>
			`${p.file}, ${n(p.line)}-жол: ${p.column} = «${p.value}» — мән жарамсыз (${p.detail}); ұяшықты түзетіңіз`
	}),
	publishedDuplicateId: say<{ file: string; line: number; id: string; previous: number }>({
		en: (p) =>
			`${p.file}, line ${p.line}: id ${p.id} is already used on line ${p.previous}; give each row its own id`,
		ru: (p, n) =>
			`${p.file}, строка ${n(p.line)}: id ${p.id} уже занят в строке ${n(p.previous)}; дайте каждой строке свой id`,
		kk: (p, n) =>
			`${p.file}, ${n(p.line)}-жол: ${p.id} id ${n(p.previous)}-жолда қолданылған; әр жолға өз id беріңіз`
	}),
	publishedPeriodOrder: say<{ file: string; line: number; start: string; end: string }>({
		en: (p) => `${p.file}, line ${p.line}: period_end ${p.end} is before period_start ${p.start}`,
		ru: (p, n) =>
			`${p.file}, строка ${n(p.line)}: period_end ${p.end} раньше period_start ${p.start}; поменяйте даты местами`,
		kk: (p, n) =>
			`${p.file}, ${n(p.line)}-жол: period_end ${p.end} күні period_start ${p.start} күнінен ерте; күндердің орнын ауыстырыңыз`
	}),
	// ── Population (pipelines/sources/population) ───────────────────────────────────────
	/** Where the label is: `cell` on a sheet, or `line` of a CSV. */
	populationRegionUnknown: say<{
		file: string;
		sheet: string | null;
		cell: string | null;
		line: number | null;
		label: string;
	}>({
		en: (p) =>
			`${p.file}${sheetEn(p.sheet)}, ${p.cell ?? `line ${p.line}`}: region label «${p.label}» cannot be named; add it to the aliases in src/lib/domain/regions.ts if it is a real region`,
		ru: (p) =>
			`${p.file}${sheetRu(p.sheet)}, ${p.cell ?? `строка ${p.line}`}: подпись региона «${p.label}» не узнана; если это настоящий регион, добавьте её в синонимы в src/lib/domain/regions.ts`,
		kk: (p) =>
			`${p.file}${sheetKk(p.sheet)}, ${p.cell ?? `${p.line}-жол`}: «${p.label}» өңір жазуы танылмады; егер бұл нағыз өңір болса, оны src/lib/domain/regions.ts ішіндегі баламаларға қосыңыз`
	}),
	populationNoYears: say<{ file: string; sheet: string }>({
		en: (p) =>
			`${p.file}, sheet «${p.sheet}»: no row of years (2000, 2001, …) found; is this the Bureau's population table?`,
		ru: (p) =>
			`${p.file}, лист «${p.sheet}»: не найдена строка годов (2000, 2001, …); это таблица численности населения Бюро?`,
		kk: (p) =>
			`${p.file}, «${p.sheet}» парағы: жылдар жолы (2000, 2001, …) табылмады; бұл Бюроның халық саны кестесі ме?`
	}),
	populationNoLabel: say<{ file: string; sheet: string; row: number }>({
		en: (p) =>
			`${p.file}, sheet «${p.sheet}», row ${p.row}: figures without a region label in column A`,
		ru: (p) =>
			`${p.file}, лист «${p.sheet}», строка ${p.row}: числа без подписи региона в столбце A; впишите регион`,
		kk: (p) =>
			`${p.file}, «${p.sheet}» парағы, ${p.row}-жол: A бағанында өңір жазуы жоқ сандар; өңірді жазыңыз`
	}),
	populationBadFigure: say<{ file: string; sheet: string; cell: string; value: string }>({
		en: (p) =>
			`${p.file}, sheet «${p.sheet}», ${p.cell}: «${p.value}» is not a population figure; expected a whole number, or "-" where the region did not exist`,
		ru: (p) =>
			`${p.file}, лист «${p.sheet}», ${p.cell}: «${p.value}» — не численность населения; нужно целое число или «-», где региона ещё не было`,
		kk: (p) =>
			`${p.file}, «${p.sheet}» парағы, ${p.cell}: «${p.value}» — халық саны емес; бүтін сан немесе өңір болмаған жерде «-» керек`
	}),
	populationNoSheet: say<{ file: string; sheets: string[] }>({
		en: (p) => `${p.file}: no sheet named for all, men or women (sheets: ${p.sheets.join(', ')})`,
		ru: (p) =>
			`${p.file}: нет листа для всего населения, мужчин или женщин (листы: ${p.sheets.join(', ')}); это таблица численности населения Бюро?`,
		kk: (p) =>
			`${p.file}: бүкіл халыққа, ерлерге немесе әйелдерге арналған парақ жоқ (парақтар: ${p.sheets.join(', ')}); бұл Бюроның халық саны кестесі ме?`
	}),
	populationHeader: say<{ file: string; columns: string[] }>({
		en: (p) => `${p.file}: expected the header ${p.columns.join(',')}`,
		ru: (p) => `${p.file}: заголовок должен быть ${p.columns.join(',')}`,
		kk: (p) => `${p.file}: тақырып жолы ${p.columns.join(',')} болуы керек`
	}),
	populationBadLine: say<{ file: string; line: number; year: string; value: string }>({
		en: (p) =>
			`${p.file}, line ${p.line}: «${p.year}», «${p.value}» is not a year and a population figure`,
		ru: (p, n) =>
			`${p.file}, строка ${n(p.line)}: «${p.year}», «${p.value}» — не год и численность населения`,
		kk: (p, n) => `${p.file}, ${n(p.line)}-жол: «${p.year}», «${p.value}» — жыл мен халық саны емес`
	}),
	/** `first`, `second`: [label, sheet!cell]; `sex`: all, male, female (schema.ts). */
	populationTwice: say<{
		file: string;
		region: string;
		year: number;
		sex: string;
		first: string[];
		second: string[];
	}>({
		en: (p) =>
			`${p.file}: ${p.region} ${p.year} (${p.sex}) appears twice: «${p.first[0]}» at ${p.first[1]} and «${p.second[0]}» at ${p.second[1]}`,
		ru: (p) =>
			`${p.file}: ${p.region}, ${p.year}, ${SEX.ru[p.sex] ?? p.sex} — встречается дважды: «${p.first[0]}» (${p.first[1]}) и «${p.second[0]}» (${p.second[1]}); оставьте одну строку`,
		kk: (p) =>
			`${p.file}: ${p.region}, ${p.year}, ${SEX.kk[p.sex] ?? p.sex} — екі рет кездеседі: «${p.first[0]}» (${p.first[1]}) және «${p.second[0]}» (${p.second[1]}); бір жолын қалдырыңыз`
	}),
	// ── Open data of Form 1-M (pipelines/sources/opendata) ──────────────────────────────
	/** `field`: which field is missing (`section`, `rowCode`, `region`, `period`). */
	opendataMissingField: say<{
		file: string;
		record: number;
		field: 'section' | 'rowCode' | 'region' | 'period';
		fields: string[];
	}>({
		en: (p) =>
			`${p.file}, record ${p.record}: no ${
				{
					section: 'section (razdel)',
					rowCode: 'row code (shifr)',
					region: 'region',
					period: 'period: pass the date the response was requested for'
				}[p.field]
			} (fields: ${p.fields.join(', ')})`,
		ru: (p, n) =>
			`${p.file}, запись ${n(p.record)}: нет поля ${
				{
					section: 'раздела (razdel)',
					rowCode: 'шифра строки (shifr)',
					region: 'региона',
					period: 'периода: укажите дату, на которую запрашивался ответ'
				}[p.field]
			} (поля: ${p.fields.join(', ')})`,
		kk: (p, n) =>
			`${p.file}, ${n(p.record)}-жазба: ${
				{
					section: 'бөлім (razdel)',
					rowCode: 'жол шифры (shifr)',
					region: 'өңір',
					period: 'кезең: жауап сұралған күнді көрсетіңіз'
				}[p.field]
			} өрісі жоқ (өрістер: ${p.fields.join(', ')})`
	}),
	opendataBadDate: say<{ file: string; record: number; date: string }>({
		en: (p) => `${p.file}, record ${p.record}: date «${p.date}» is not YYYY, YYYY-MM or YYYY-MM-DD`,
		ru: (p, n) =>
			`${p.file}, запись ${n(p.record)}: дата «${p.date}» не в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД`,
		kk: (p, n) =>
			`${p.file}, ${n(p.record)}-жазба: «${p.date}» күні ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түрінде емес`
	}),
	opendataRegionUnknown: say<{ file: string; record: number; region: string }>({
		en: (p) => `${p.file}, record ${p.record}: region «${p.region}» cannot be named`,
		ru: (p, n) =>
			`${p.file}, запись ${n(p.record)}: регион «${p.region}» не узнан; проверьте название`,
		kk: (p, n) =>
			`${p.file}, ${n(p.record)}-жазба: «${p.region}» өңірі танылмады; атауын тексеріңіз`
	}),
	opendataNotNumber: say<{ file: string; record: number; key: string; value: string }>({
		en: (p) => `${p.file}, record ${p.record}: ${p.key} = «${p.value}» is not a number`,
		ru: (p, n) => `${p.file}, запись ${n(p.record)}: ${p.key} = «${p.value}» — не число`,
		kk: (p, n) => `${p.file}, ${n(p.record)}-жазба: ${p.key} = «${p.value}» — сан емес`
	}),
	/** `detail`: JSON.parse's message (English). */
	notJson: say<{ file: string; detail: string }>({
		en: (p) => `${p.file}: not valid JSON (${p.detail})`,
		ru: (p) => `${p.file}: это не корректный JSON (${p.detail}); сохраните ответ сервиса целиком`,
		kk: (p) => `${p.file}: бұл жарамды JSON емес (${p.detail}); сервис жауабын толық сақтаңыз`
	}),
	/** `detail`: the schema's first complaint (zod's message, English). */
	notOpendata: say<{ file: string; detail: string }>({
		en: (p) =>
			`${p.file}: not a gp_od_service_1m response (expected an array of records or {dataset, date, records}): ${p.detail}`,
		ru: (p) =>
			`${p.file}: это не ответ gp_od_service_1m (ожидается массив записей или объект с полями dataset, date, records): ${p.detail}`,
		kk: (p) =>
			`${p.file}: бұл gp_od_service_1m жауабы емес (жазбалар массиві немесе dataset, date, records өрістері бар нысан күтіледі): ${p.detail}`
	}),
	// ── Court outcomes (pipelines/sources/courts) ───────────────────────────────────────
	courtsHeader: say<{ file: string; key: string }>({
		en: (p) =>
			`${p.file}: expected the header to start with ${p.key} and end with year; this is not the court-outcomes file`,
		ru: (p) =>
			`${p.file}: заголовок должен начинаться с ${p.key} и кончаться на year; это не файл итогов судов`,
		kk: (p) =>
			`${p.file}: тақырып жолы ${p.key} деп басталып, year деп аяқталуы керек; бұл сот нәтижелерінің файлы емес`
	}),
	courtsKey: say<{ file: string; line: number; key: string }>({
		en: (p) =>
			`${p.file}, line ${p.line}: offence key «${p.key}» is not one of rape, try_rape, child_rape, chile_abuse (with an article suffix) or the subtotals rape, child; add it to pipelines/sources/courts/schema.ts with its article`,
		ru: (p, n) =>
			`${p.file}, строка ${n(p.line)}: ключ правонарушения «${p.key}» не из списка rape, try_rape, child_rape, chile_abuse (с суффиксом статьи) и промежуточных итогов rape, child; добавьте его со статьёй в pipelines/sources/courts/schema.ts`,
		kk: (p, n) =>
			`${p.file}, ${n(p.line)}-жол: «${p.key}» құқық бұзушылық кілті rape, try_rape, child_rape, chile_abuse (бап жұрнағымен) және rape, child аралық қорытындылары тізімінде жоқ; оны бабымен бірге pipelines/sources/courts/schema.ts ішіне қосыңыз`
	}),
	courtsYear: say<{ file: string; line: number; year: string }>({
		en: (p) => `${p.file}, line ${p.line}: year «${p.year}» is not a four-digit year`,
		ru: (p, n) => `${p.file}, строка ${n(p.line)}: год «${p.year}» — не четырёхзначный год`,
		kk: (p, n) => `${p.file}, ${n(p.line)}-жол: «${p.year}» — төрт таңбалы жыл емес`
	}),
	courtsCount: say<{ file: string; line: number; measure: string; value: string }>({
		en: (p) =>
			`${p.file}, line ${p.line}: ${p.measure} = «${p.value}» is not a count; leave the cell empty when there is no figure`,
		ru: (p, n) =>
			`${p.file}, строка ${n(p.line)}: ${p.measure} = «${p.value}» — не количество; оставьте ячейку пустой, если числа нет`,
		kk: (p, n) =>
			`${p.file}, ${n(p.line)}-жол: ${p.measure} = «${p.value}» — сан емес; сан болмаса, ұяшықты бос қалдырыңыз`
	}),
	// ── The upload route's own refusals (routes/data/import/upload/+server.ts) ──────────
	notFound: say<Record<string, never>>({
		en: () => 'Not found',
		ru: () => 'Не найдено',
		kk: () => 'Табылмады'
	}),
	signIn: say<Record<string, never>>({
		en: () => 'sign in first: /login',
		ru: () => 'сначала войдите: /login',
		kk: () => 'алдымен кіріңіз: /login'
	}),
	otherSite: say<Record<string, never>>({
		en: () => 'refused: the request does not come from this site (Origin)',
		ru: () => 'отказано: запрос пришёл не с этого сайта (Origin)',
		kk: () => 'бас тартылды: сұрау осы сайттан келмеген (Origin)'
	}),
	staleToken: say<Record<string, never>>({
		en: () => 'refused: the CSRF token is missing or stale; reload the import page',
		ru: () => 'отказано: токен CSRF отсутствует или устарел; перезагрузите страницу импорта',
		kk: () => 'бас тартылды: CSRF токені жоқ немесе ескірген; импорт бетін қайта жүктеңіз'
	}),
	role: say<{ role: string }>({
		en: (p) => `the role ${p.role} may not import; an analyst or an admin may`,
		ru: (p) => `роль ${p.role} не может загружать данные; могут аналитик и администратор`,
		kk: (p) => `${p.role} рөлі деректерді жүктей алмайды; талдаушы мен әкімші жүктей алады`
	}),
	uploadGone: say<Record<string, never>>({
		en: () => 'that upload is no longer kept (an hour at most): upload the file again',
		ru: () => 'эта загрузка больше не хранится (не дольше часа): загрузите файл ещё раз',
		kk: () => 'бұл жүктеме енді сақталмайды (бір сағаттан артық емес): файлды қайта жүктеңіз'
	}),
	notBody: say<Record<string, never>>({
		en: () => 'send the file itself as the body, Content-Type: application/octet-stream',
		ru: () => 'отправьте сам файл телом запроса, Content-Type: application/octet-stream',
		kk: () => 'файлдың өзін сұрау денесі ретінде жіберіңіз, Content-Type: application/octet-stream'
	}),
	uploadNoName: say<Record<string, never>>({
		en: () => 'name the file: ?name=FILE',
		ru: () => 'назовите файл: ?name=ФАЙЛ',
		kk: () => 'файлды атаңыз: ?name=ФАЙЛ'
	}),
	uploadBadName: say<Record<string, never>>({
		en: () => 'name must be a plain file name',
		ru: () => 'имя должно быть простым именем файла, без папок',
		kk: () => 'атауы қалталарсыз қарапайым файл атауы болуы керек'
	}),
	uploadBadPeriod: say<Record<string, never>>({
		en: () => 'period must be YYYY (whole year) or YYYY-MM (January to that month)',
		ru: () => 'период пишется ГГГГ (весь год) или ГГГГ-ММ (с января по этот месяц)',
		kk: () => 'кезең ЖЖЖЖ (бүкіл жыл) немесе ЖЖЖЖ-АА (қаңтардан сол айға дейін) деп жазылады'
	}),
	uploadBadRegion: say<Record<string, never>>({
		en: () => 'region must be an ISO code such as KZ-11',
		ru: () => 'регион указывается кодом ISO, например KZ-11',
		kk: () => 'өңір ISO кодымен көрсетіледі, мысалы KZ-11'
	}),
	/** Any other malformed query; `detail`: the checks' own words (English). */
	uploadBadQuery: say<{ detail: string }>({
		en: (p) => p.detail,
		ru: (p) => `неверный запрос (${p.detail}); перезагрузите страницу импорта`,
		kk: (p) => `сұрау қате (${p.detail}); импорт бетін қайта жүктеңіз`
	}),
	/** Another import held the writer lock for two minutes; `detail`: the importer's words. */
	importBusy: say<Detail>({
		en: (p) => p.detail,
		ru: () => 'сейчас идёт другой импорт; попробуйте ещё раз через несколько минут',
		kk: () => 'қазір басқа импорт жүріп жатыр; бірнеше минуттан кейін қайталап көріңіз'
	}),
	/** The importer stopped without a summary; `detail`: its last words (English). */
	importFailed: say<Detail>({
		en: (p) => `the import failed: ${p.detail}`,
		ru: (p) => `импорт не удался: ${p.detail}`,
		kk: (p) => `импорт сәтсіз аяқталды: ${p.detail}`
	})
};

export type RefusalCode = keyof typeof REFUSALS;
export type RefusalParams<C extends RefusalCode> =
	(typeof REFUSALS)[C] extends Say<infer P> ? P : never;

/** A refusal as it travels: its code and parameters (JSON: worker, CLI summary, audit, route). */
export type Refusal<C extends RefusalCode = RefusalCode> = {
	[K in C]: { code: K; params: RefusalParams<K> };
}[C];

export const isRefusalCode = (x: unknown): x is RefusalCode =>
	typeof x === 'string' && Object.prototype.hasOwnProperty.call(REFUSALS, x);

/** The English sentence: what the CLI prints and the audit keeps as `message`. */
export function refusalEn<C extends RefusalCode>(code: C, params: RefusalParams<C>): string {
	return (REFUSALS[code] as unknown as Say<RefusalParams<C>>).en(params, String);
}

/** The sentence in `lang`, figures by `num` (the page's number format). */
export function sayRefusal(r: Refusal, lang: 'ru' | 'kk' | 'en', num: NumFormat = String): string {
	const s = REFUSALS[r.code] as Say<RefusalParamsShape>;
	return s[lang](r.params as RefusalParamsShape, lang === 'en' ? String : num);
}
