/** UI words of the shell and the one-page region brief (/regions/[code]/brief) in ru, kk and en; merged by ../messages.ts. */
export const ru = {
	'ux.brief': 'Справка по региону на одну страницу',
	'ux.brief_short': 'Справка',
	'ux.key_figures': 'Основные показатели',
	'ux.top_chapters': 'Крупнейшие главы Уголовного кодекса',
	'ux.top_growth': 'Наибольший рост к АППГ',
	'ux.priority_rank':
		'Место в рейтинге приоритетов профилактики: {rank} из {n} (сводный балл {score})',
	'ux.sources': 'Источники',
	'ux.print': 'Печать или PDF',
	'ux.menu': 'Главное меню'
};
export const kk: Record<keyof typeof ru, string> = {
	'ux.brief': 'Өңір бойынша бір беттік анықтама',
	'ux.brief_short': 'Анықтама',
	'ux.key_figures': 'Негізгі көрсеткіштер',
	'ux.top_chapters': 'Қылмыстық кодекстің ең ірі тараулары',
	'ux.top_growth': 'ӨЖҰК-ке ең үлкен өсу',
	'ux.priority_rank':
		'Алдын алу басымдықтары рейтингіндегі орны: {n} ішінен {rank} (жиынтық балл {score})',
	'ux.sources': 'Дереккөздер',
	'ux.print': 'Басып шығару немесе PDF',
	'ux.menu': 'Басты мәзір'
};
export const en: Record<keyof typeof ru, string> = {
	'ux.brief': 'One-page region brief',
	'ux.brief_short': 'Brief',
	'ux.key_figures': 'Key figures',
	'ux.top_chapters': 'Largest Criminal Code chapters',
	'ux.top_growth': 'Largest growth vs same period last year',
	'ux.priority_rank': 'Prevention priority rank: {rank} of {n} (composite score {score})',
	'ux.sources': 'Sources',
	'ux.print': 'Print or PDF',
	'ux.menu': 'Main menu'
};
