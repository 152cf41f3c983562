/** UI words of the regions maps (one scale, key, links) and the priority score methods in ru, kk and en; merged by ../messages.ts. */
export const ru = {
	'maps.key': 'Ключ картограммы',
	'maps.key_codes': 'Коды регионов',
	'maps.key_nodata': 'нет данных (серый, пунктир)',
	'maps.link_hint':
		'Обе карты окрашены по одной шкале. Регион на карте — ссылка на его профиль; название видно при наведении.',
	'prio.method': 'Метод шкалы',
	'prio.minmax': 'мин–макс (0–100)',
	'prio.zscore': 'z-оценка (стандартные отклонения)',
	'prio.minmax_note':
		'Мин–макс: по каждому показателю регион с наименьшим значением получает 0, с наибольшим — 100, остальные — пропорционально. Даже малый разброс растягивается на всю шкалу: доля тяжких от 32 до 35 % даёт те же 0–100, что и разброс от 10 до 60 %, и при весе 20 из 100 сдвигает регион на 20 баллов.',
	'prio.zscore_note':
		'z-оценка: каждый показатель измеряется в стандартных отклонениях от среднего по регионам, балл — взвешенное среднее этих оценок (0 — средний регион, +1 — на одно отклонение выше среднего). Один крайний регион не прижимает остальные к краю шкалы, но и здесь малый разброс весит столько же, сколько большой.',
	'prio.score_z': 'Сводный балл (z)',
	'prio.used': 'Учтены веса: {names}',
	'prio.dropped': 'Вес «{name}» не учтён: {why}',
	'prio.why_nodata': 'нет данных ни по одному региону',
	'prio.all_zero':
		'Все веса равны 0, сводный балл не рассчитан: задайте хотя бы одному показателю вес больше 0. Ниже — сами показатели регионов.',
	'prio.none_left':
		'Ни у одного показателя с ненулевым весом нет данных, сводный балл не рассчитан. Ниже — сами показатели регионов.',
	'prio.groups_region': 'Группы правонарушений региона',
	'prio.no_region': '— не выбран —'
};
export const kk: Record<keyof typeof ru, string> = {
	'maps.key': 'Картограмма кілті',
	'maps.key_codes': 'Өңір кодтары',
	'maps.key_nodata': 'деректер жоқ (сұр, үзік сызық)',
	'maps.link_hint':
		'Екі карта да бір шкаламен боялған. Картадағы өңір оның профиліне сілтеме; атауы меңзер апарғанда көрінеді.',
	'prio.method': 'Шкала әдісі',
	'prio.minmax': 'мин–макс (0–100)',
	'prio.zscore': 'z-бағасы (стандартты ауытқулар)',
	'prio.minmax_note':
		'Мин–макс: әр көрсеткіш бойынша ең төмен мәні бар өңір 0, ең жоғарысы 100 алады, қалғандары пропорционал. Шағын айырма да бүкіл шкалаға созылады: ауыр қылмыстардың 32–35 % үлесі 10–60 % айырмасымен бірдей 0–100 береді және 100-ден 20 салмақпен өңірді 20 балға жылжытады.',
	'prio.zscore_note':
		'z-бағасы: әр көрсеткіш өңірлер орташасынан стандартты ауытқулармен өлшенеді, балл — осы бағалардың салмақты орташасы (0 — орташа өңір, +1 — орташадан бір ауытқу жоғары). Бір шеткі өңір қалғандарын шкаланың шетіне ығыстырмайды, бірақ мұнда да шағын айырма үлкенімен бірдей салмақ алады.',
	'prio.score_z': 'Жиынтық балл (z)',
	'prio.used': 'Ескерілген салмақтар: {names}',
	'prio.dropped': '«{name}» салмағы ескерілмеді: {why}',
	'prio.why_nodata': 'бірде-бір өңір бойынша дерек жоқ',
	'prio.all_zero':
		'Барлық салмақ 0-ге тең, жиынтық балл есептелмеді: кемінде бір көрсеткішке 0-ден үлкен салмақ беріңіз. Төменде — өңірлердің көрсеткіштері.',
	'prio.none_left':
		'Нөлдік емес салмағы бар бірде-бір көрсеткіш бойынша дерек жоқ, жиынтық балл есептелмеді. Төменде — өңірлердің көрсеткіштері.',
	'prio.groups_region': 'Өңірдің құқық бұзушылық топтары',
	'prio.no_region': '— таңдалмаған —'
};
export const en: Record<keyof typeof ru, string> = {
	'maps.key': 'Map key',
	'maps.key_codes': 'Region codes',
	'maps.key_nodata': 'no data (grey, dashed)',
	'maps.link_hint':
		'Both maps share one colour scale. A region on a map links to its profile; its name shows on hover.',
	'prio.method': 'Scale method',
	'prio.minmax': 'min–max (0–100)',
	'prio.zscore': 'z-score (standard deviations)',
	'prio.minmax_note':
		'Min–max: for each component the region with the lowest value gets 0, the highest 100, the others in proportion. Even a small spread is stretched to the whole scale: a grave-crime share from 32 to 35 % gives the same 0–100 as a spread from 10 to 60 %, and with a weight of 20 out of 100 moves a region by 20 points.',
	'prio.zscore_note':
		'z-score: each component is measured in standard deviations from the regions’ mean; the score is the weighted mean of these (0 is the average region, +1 one deviation above it). One extreme region does not push the others to one end of the scale, but a small spread still weighs as much as a large one.',
	'prio.score_z': 'Composite score (z)',
	'prio.used': 'Weights used: {names}',
	'prio.dropped': 'Weight «{name}» not used: {why}',
	'prio.why_nodata': 'no region has data for it',
	'prio.all_zero':
		'All weights are 0, so no composite score is computed: give at least one component a weight above 0. The regions’ components are below.',
	'prio.none_left':
		'None of the weighted components has data, so no composite score is computed. The regions’ components are below.',
	'prio.groups_region': 'Offence groups of a region',
	'prio.no_region': '— none —'
};
