/** UI words of /compare (up to five regions and the country on one time chart) in ru, kk and en; merged by ../messages.ts. */
export const ru = {
	'compare.nav': 'Сравнение',
	'compare.title': 'Сравнение регионов',
	'compare.intro':
		'До пяти регионов и республика на одном графике по годам. Ссылка на странице воспроизводит выбранный вид.',
	'compare.regions': 'Регионы (не больше пяти)',
	'compare.too_many':
		'Можно сравнить не больше пяти регионов: снимите отметку с одного, чтобы выбрать другой.',
	'compare.none': 'Регионы не выбраны: показана только республика.',
	'compare.from': 'С года',
	'compare.to': 'По год',
	'compare.any': 'все годы',
	'compare.permalink': 'Ссылка на этот вид',
	'compare.copy': 'Скопировать ссылку',
	'compare.copied': 'Ссылка скопирована.',
	'compare.with': 'Сравнить с другими регионами',
	'compare.chart': '{indicator}: {group}',
	'compare.coverage': 'Покрытие',
	'compare.real': 'данные формы',
	'compare.synthetic': 'синтетические данные',
	'compare.no_workbook': 'нет рабочей книги',
	'compare.absent': 'региона ещё не было',
	'compare.old_borders': 'в прежних границах',
	'compare.segment': '{region} (до {year}, в прежних границах)',
	'compare.gap': '{region}: нет значений за {periods} ({reason}) — на графике разрыв, а не ноль',
	'compare.one_period':
		'В хранилище один год ({period}): по одной точке динамику не показать, поэтому ниже столбцы и таблица',
	'compare.country_rate':
		'Коэффициент республики, пока она — сумма регионов, считается на население тех же регионов'
};
export const kk: Record<keyof typeof ru, string> = {
	'compare.nav': 'Салыстыру',
	'compare.title': 'Өңірлерді салыстыру',
	'compare.intro':
		'Бес өңірге дейін және республика бір графикте жылдар бойынша. Беттегі сілтеме таңдалған көріністі қайта ашады.',
	'compare.regions': 'Өңірлер (бестен аспайды)',
	'compare.too_many':
		'Бестен артық өңірді салыстыруға болмайды: басқасын таңдау үшін біреуінің белгісін алып тастаңыз.',
	'compare.none': 'Өңірлер таңдалмаған: тек республика көрсетілген.',
	'compare.from': 'Бастап (жыл)',
	'compare.to': 'Дейін (жыл)',
	'compare.any': 'барлық жылдар',
	'compare.permalink': 'Осы көрініске сілтеме',
	'compare.copy': 'Сілтемені көшіру',
	'compare.copied': 'Сілтеме көшірілді.',
	'compare.with': 'Басқа өңірлермен салыстыру',
	'compare.chart': '{indicator}: {group}',
	'compare.coverage': 'Қамту',
	'compare.real': 'нысан деректері',
	'compare.synthetic': 'синтетикалық деректер',
	'compare.no_workbook': 'жұмыс кітабы жоқ',
	'compare.absent': 'өңір әлі құрылмаған',
	'compare.old_borders': 'бұрынғы шекарасында',
	'compare.segment': '{region} ({year} жылға дейін, бұрынғы шекарасында)',
	'compare.gap': '{region}: {periods} бойынша мән жоқ ({reason}) — графикте нөл емес, үзіліс',
	'compare.one_period':
		'Қоймада бір ғана жыл бар ({period}): бір нүктемен серпінді көрсету мүмкін емес, сондықтан төменде бағандар мен кесте',
	'compare.country_rate':
		'Республика өңірлердің сомасы болғанда, оның коэффициенті сол өңірлердің халқына есептеледі'
};
export const en: Record<keyof typeof ru, string> = {
	'compare.nav': 'Compare',
	'compare.title': 'Compare regions',
	'compare.intro':
		'Up to five regions and the country on one chart over the years. The link on this page reproduces the view.',
	'compare.regions': 'Regions (at most five)',
	'compare.too_many': 'At most five regions can be compared: untick one to choose another.',
	'compare.none': 'No region chosen: the country alone is shown.',
	'compare.from': 'From year',
	'compare.to': 'To year',
	'compare.any': 'all years',
	'compare.permalink': 'Link to this view',
	'compare.copy': 'Copy link',
	'compare.copied': 'Link copied.',
	'compare.with': 'Compare with other regions',
	'compare.chart': '{indicator}: {group}',
	'compare.coverage': 'Coverage',
	'compare.real': 'form data',
	'compare.synthetic': 'synthetic data',
	'compare.no_workbook': 'no workbook',
	'compare.absent': 'the region did not exist yet',
	'compare.old_borders': 'in its former borders',
	'compare.segment': '{region} (before {year}, former borders)',
	'compare.gap': '{region}: no values for {periods} ({reason}) — a gap on the chart, not a zero',
	'compare.one_period':
		'The warehouse holds one year ({period}): one point shows no change over time, so bars and the table are shown below',
	'compare.country_rate':
		'While the country is a sum of regions, its rate is per the population of those same regions'
};
