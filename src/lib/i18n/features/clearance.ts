/** UI words of clearance and case outcomes in ru, kk and en; merged into the dictionary by ../messages.ts. */
export const ru = {
	'ind.clearance': 'Окончено производством, % зарегистрированных',
	'clr.regions': 'Результаты расследования по регионам',
	'clr.chapters': 'Результаты расследования по главам УК',
	'clr.registered': 'Зарегистрировано',
	'clr.finished': 'Окончено, %',
	'clr.to_court': 'Направлено в суд, %',
	'clr.terminated': 'Прекращено, %',
	'clr.suspended': 'Прерваны сроки, %',
	'clr.sng_registered': 'СНГ-1: зарегистрировано преступлений',
	'clr.sng_finished': 'СНГ-1: окончено',
	'clr.sng_clearance': 'СНГ-1: раскрываемость, %',
	'clr.persons': 'СНГ-1: выявлено лиц',
	'clr.country_finished': 'Окончено по стране, %',
	'clr.note':
		'Доли от правонарушений, зарегистрированных в отчётном периоде (форма 1-М, раздел R1-1, графа 1): окончено — графа 7, направлено в суд — графа 8, прекращено — графы 13 + 14, прерваны сроки расследования — графа 15. Доли пересекаются и в сумме не дают 100 %: оконченные (графа 7) — это направленные в суд (графа 8) и прекращённые по нереабилитирующим основаниям (графа 13)',
	'clr.sng_note':
		'СНГ-1 (раздел R1, строка 1 «Всего», только преступления): раскрываемость = окончено в периоде (графа 3) ÷ зарегистрировано (графа 1); оконченные включают дела, зарегистрированные раньше; выявлено лиц — графа 6',
	'clr.sng_missing': 'Форма СНГ-1 за этот период не загружена',
	'clr.sng_coverage': 'СНГ-1 по стране: сумма {n} регионов',
	'priorities.w_clear': 'Низкая раскрываемость',
	'clr.w_clear_note':
		'Низкая раскрываемость: чем меньше доля оконченных (R1-1, графа 7 ÷ графа 1), тем выше балл; вес по умолчанию 0',
	'clr.w_nodata': 'Вес «{name}» не учтён: нет данных ни по одному региону',
	'clr.without': 'Без данных (вес не учтён)',
	'clr.none':
		'В хранилище нет результатов расследования (форма 1-М, раздел R1-1, графы 7–15; форма СНГ-1) за этот период'
};
export const kk: Record<keyof typeof ru, string> = {
	'ind.clearance': 'Өндіріспен аяқталғаны, тіркелгендердің %',
	'clr.regions': 'Өңірлер бойынша тергеп-тексеру нәтижелері',
	'clr.chapters': 'ҚК тараулары бойынша тергеп-тексеру нәтижелері',
	'clr.registered': 'Тіркелді',
	'clr.finished': 'Аяқталды, %',
	'clr.to_court': 'Сотқа жіберілді, %',
	'clr.terminated': 'Тоқтатылды, %',
	'clr.suspended': 'Мерзімдері үзілді, %',
	'clr.sng_registered': 'СНГ-1: тіркелген қылмыстар',
	'clr.sng_finished': 'СНГ-1: аяқталды',
	'clr.sng_clearance': 'СНГ-1: ашылу деңгейі, %',
	'clr.persons': 'СНГ-1: анықталған адамдар',
	'clr.country_finished': 'Ел бойынша аяқталғаны, %',
	'clr.note':
		'Есепті кезеңде тіркелген құқық бұзушылықтардан үлес (1-М нысаны, R1-1 бөлімі, 1-баған): аяқталғаны — 7-баған, сотқа жіберілгені — 8-баған, тоқтатылғаны — 13 + 14-бағандар, тергеп-тексеру мерзімдері үзілгені — 15-баған. Үлестер бір-бірімен қиылысады, қосындысы 100 % емес: аяқталғандар (7-баған) — сотқа жіберілгендер (8-баған) мен ақтамайтын негіздер бойынша тоқтатылғандар (13-баған)',
	'clr.sng_note':
		'СНГ-1 (R1 бөлімі, 1-жол «Барлығы», тек қылмыстар): ашылу деңгейі = кезеңде аяқталғаны (3-баған) ÷ тіркелгені (1-баған); аяқталғандарға бұрын тіркелген істер де кіреді; анықталған адамдар — 6-баған',
	'clr.sng_missing': 'Бұл кезеңге СНГ-1 нысаны жүктелмеген',
	'clr.sng_coverage': 'СНГ-1 ел бойынша: {n} өңірдің қосындысы',
	'priorities.w_clear': 'Ашылудың төмендігі',
	'clr.w_clear_note':
		'Ашылудың төмендігі: аяқталғандар үлесі (R1-1, 7-баған ÷ 1-баған) неғұрлым аз болса, балл соғұрлым жоғары; әдепкі салмақ 0',
	'clr.w_nodata': '«{name}» салмағы ескерілмеді: бірде-бір өңір бойынша дерек жоқ',
	'clr.without': 'Дерек жоқ (салмақ ескерілмеді)',
	'clr.none':
		'Қоймада бұл кезеңге тергеп-тексеру нәтижелері жоқ (1-М нысаны, R1-1 бөлімі, 7–15-бағандар; СНГ-1 нысаны)'
};
export const en: Record<keyof typeof ru, string> = {
	'ind.clearance': 'Finished, % of registered',
	'clr.regions': 'Case outcomes by region',
	'clr.chapters': 'Case outcomes by Criminal Code chapter',
	'clr.registered': 'Registered',
	'clr.finished': 'Finished, %',
	'clr.to_court': 'Sent to court, %',
	'clr.terminated': 'Terminated, %',
	'clr.suspended': 'Suspended, %',
	'clr.sng_registered': 'СНГ-1: crimes registered',
	'clr.sng_finished': 'СНГ-1: finished',
	'clr.sng_clearance': 'СНГ-1: clearance, %',
	'clr.persons': 'СНГ-1: persons identified',
	'clr.country_finished': 'Finished, country, %',
	'clr.note':
		'Shares of the offences registered in the period (Form 1-M, section R1-1, column 1): finished — column 7, sent to court — column 8, terminated — columns 13 + 14, investigation suspended — column 15. The shares overlap and do not add up to 100 %: finished cases (column 7) are those sent to court (column 8) plus those terminated on non-rehabilitating grounds (column 13)',
	'clr.sng_note':
		'СНГ-1 (section R1, row 1 (total), crimes only): clearance = finished in the period (column 3) ÷ registered (column 1); finished cases include cases registered earlier; persons identified — column 6',
	'clr.sng_missing': 'Form СНГ-1 is not imported for this period',
	'clr.sng_coverage': 'СНГ-1, country: sum of {n} regions',
	'priorities.w_clear': 'Low clearance',
	'clr.w_clear_note':
		'Low clearance: the smaller the share finished (R1-1, column 7 ÷ column 1), the higher the score; default weight 0',
	'clr.w_nodata': 'Weight «{name}» not used: no region has data for it',
	'clr.without': 'No data (weight not used)',
	'clr.none':
		'The warehouse holds no case outcomes for this period (Form 1-M, section R1-1, columns 7–15; Form СНГ-1)'
};
