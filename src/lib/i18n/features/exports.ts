/** UI words of exports, bulk downloads and citations in ru, kk and en; merged into the dictionary by ../messages.ts. */
export const ru = {
	'export.full_precision': 'полная точность',
	'export.cite': 'Как цитировать',
	'export.cite_note':
		'Текст ссылки на этот график: название, источники, период, адрес и хеш данных.',
	'export.bulk_title': 'Скачать всё',
	'export.bulk_intro':
		'Все ячейки всех форм, все годы и регионы в одном файле, с источником каждой: форма, период, регион, раздел, строка, графа, значение, файл, его sha256 и время импорта.',
	'export.bulk_real': 'Реальные данные',
	'export.bulk_synthetic': 'Синтетические демо-данные (не официальные цифры)',
	'export.cells': 'ячеек'
};
export const kk: Record<keyof typeof ru, string> = {
	'export.full_precision': 'толық дәлдік',
	'export.cite': 'Қалай сілтеме жасау керек',
	'export.cite_note':
		'Осы графикке сілтеме мәтіні: атауы, дереккөздері, кезеңі, мекенжайы және деректер хеші.',
	'export.bulk_title': 'Барлығын жүктеп алу',
	'export.bulk_intro':
		'Барлық нысандардың барлық ұяшықтары, барлық жылдар мен өңірлер бір файлда, әрқайсысының дереккөзімен: нысан, кезең, өңір, бөлім, жол, баған, мән, файл, оның sha256 және импорт уақыты.',
	'export.bulk_real': 'Нақты деректер',
	'export.bulk_synthetic': 'Синтетикалық демо-деректер (ресми сандар емес)',
	'export.cells': 'ұяшық'
};
export const en: Record<keyof typeof ru, string> = {
	'export.full_precision': 'full precision',
	'export.cite': 'Cite this',
	'export.cite_note': 'A reference to this chart: title, sources, period, address and data hash.',
	'export.bulk_title': 'Download everything',
	'export.bulk_intro':
		'Every cell of every form, all years and regions in one file, each with its source: form, period, region, section, row, column, value, file, its sha256 and import time.',
	'export.bulk_real': 'Real data',
	'export.bulk_synthetic': 'Synthetic demo data (not official figures)',
	'export.cells': 'cells'
};
