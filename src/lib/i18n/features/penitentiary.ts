/**
 * UI words of the penitentiary and probation view in ru, kk and en; merged into the dictionary
 * by ../messages.ts. The `pen.inst.<графа>` keys are the glossary of Form 1-M R5's types of
 * institution (графы 3–12): Russian as the form labels them, Kazakh and English our rendering
 * (the form has no official translation). Article names are not translated (see
 * `pen.articles_official`).
 */
export const ru = {
	'pen.articles_empty':
		'За этот период в хранилище нет строк глав и статей Раздела 5 (есть только итоговая строка или ничего).',
	'pen.page_title': 'Пенитенциарная сфера, пробация и рецидив',
	'pen.articles': 'Правонарушения лиц, отбывающих наказание (Раздел 5), по статьям',
	'pen.articles_zero': 'Строки без правонарушений опущены ({n} из {of} строк глав и статей).',
	'pen.articles_official':
		'Названия статей приведены на официальном языке формы (русском): официального перевода нет.',
	'pen.col.row': 'Шифр строки',
	'pen.col.label': 'Глава / статья',
	'pen.col.registered': 'Зарегистрировано (гр. 2)',
	'pen.col.probation': 'из них службы пробации (гр. 10)',
	'pen.col.institutions': 'из них учреждения УИС (гр. 3–9)',
	'pen.col.regions': 'Регионов',
	'pen.col.prisoners': 'Содержится (опубликовано)',
	'pen.col.prisoners_date': 'На дату',
	'pen.col.rate': 'На 1 000 содержащихся (гр. 2)',
	'pen.col.rate_institutions': 'На 1 000 содержащихся (гр. 3–9)',
	'pen.col.rate100k': 'На 100 000 жителей',
	'pen.col.measure': 'Показатель',
	'pen.col.indicator': 'Показатель',
	'pen.col.quote': 'Цитата',
	'pen.inst.3': 'учреждение минимальной безопасности',
	'pen.inst.4': 'учреждение средней безопасности',
	'pen.inst.5': 'учреждение максимальной безопасности',
	'pen.inst.6': 'учреждение чрезвычайной безопасности',
	'pen.inst.7': 'учреждение полной безопасности',
	'pen.inst.8': 'учреждение средней безопасности для содержания несовершеннолетних',
	'pen.inst.9': 'учреждения смешанной безопасности',
	'pen.inst.10': 'службы пробации',
	'pen.inst.11': 'ИВС',
	'pen.inst.12': 'другие',
	'pen.inst_glossary': 'Типы учреждений названы так, как в форме.',
	'pen.rate': 'Правонарушения лиц, отбывающих наказание, на 1 000 содержащихся в учреждениях',
	'pen.rate_formula':
		'Коэффициент = правонарушения Раздела 5 ÷ опубликованная численность содержащихся того же года × 1 000.',
	'pen.rate_partial':
		'За {period} числитель — сумма {n} из {of} регионов (нет: {missing}), знаменатель — численность по всей стране: коэффициент занижен.',
	'pen.rate_probation':
		'Графа 2 включает правонарушения состоящих на учёте служб пробации (гр. 10), которые не содержатся в учреждениях; коэффициент по гр. 3–9 считает только учреждения УИС.',
	'pen.rate_none':
		'За {year} год численность содержащихся в учреждениях не опубликована (в хранилище); ближайшие: {nearest}. Коэффициент не рассчитан.',
	'pen.rate_region':
		'Численность содержащихся публикуется только по стране: коэффициент по региону не рассчитывается.',
	'pen.prison_rate':
		'На 100 000 жителей — к среднегодовой численности населения того же года (Бюро национальной статистики); пусто, где её нет или дата не указана.',
	'pen.probation':
		'Пробация: состоящие на учёте (опубликовано) и их правонарушения (Раздел 5, гр. 10)',
	'pen.probation_caseload': 'Состоят на учёте службы пробации',
	'pen.probation_offences': 'Правонарушения состоящих на учёте служб пробации (Раздел 5, гр. 10)',
	'pen.probation_note':
		'Форма 1-М учитывает правонарушения состоящих на учёте служб пробации в Разделе 5, графа 10; численность на учёте берётся из опубликованных источников. График — только численность на учёте.',
	'pen.trend': 'Правонарушения лиц, отбывающих наказание (Раздел 5), по годам',
	'pen.trend_all': 'всего (гр. 2)',
	'pen.trend_institutions': 'учреждения УИС (гр. 3–9)',
	'pen.trend_probation': 'службы пробации (гр. 10)',
	'pen.context': 'Справочные цифры из опубликованных источников',
	'pen.context_occupancy': 'Заполненность следственных изоляторов (расчёт)',
	'pen.context_occupancy_note':
		'Заполненность СИЗО = содержащиеся под стражей ÷ лимит мест, по одному источнику на одну дату.',
	'pen.ctx.pretrial_capacity': 'Лимит мест в следственных изоляторах',
	'pen.ctx.pretrial_centres': 'Следственные изоляторы',
	'pen.ctx.penal_institutions': 'Учреждения уголовно-исполнительной системы',
	'pen.ctx.penal_colonies': 'Колонии (учреждения по исполнению лишения свободы)',
	'pen.ctx.employed_convicts': 'Трудоустроенные осуждённые',
	'pen.ctx.share_prisoners_previously_convicted': 'Доля ранее судимых среди содержащихся, %',
	'pen.ctx.amnesty_applied_persons': 'Амнистия применена к лицам',
	'pen.ctx.pretrial_detainees': 'Следственно-арестованные',
	'pen.undated': 'дата не указана'
};

export const kk: Record<keyof typeof ru, string> = {
	'pen.articles_empty':
		'Бұл кезең үшін қоймада 5-бөлімнің тараулары мен баптарының жолдары жоқ (тек жиынтық жол бар немесе ештеңе жоқ).',
	'pen.page_title': 'Пенитенциарлық сала, пробация және рецидив',
	'pen.articles': 'Жаза өтеушілердің құқық бұзушылықтары (5-бөлім), баптар бойынша',
	'pen.articles_zero':
		'Құқық бұзушылығы жоқ жолдар көрсетілмеген (тараулар мен баптардың {of} жолының {n}).',
	'pen.articles_official':
		'Баптардың атаулары нысанның ресми тілінде (орыс тілінде) берілген: ресми аудармасы жоқ.',
	'pen.col.row': 'Жол шифры',
	'pen.col.label': 'Тарау / бап',
	'pen.col.registered': 'Тіркелді (2-баған)',
	'pen.col.probation': 'оның ішінде пробация қызметтері (10-баған)',
	'pen.col.institutions': 'оның ішінде ҚАЖ мекемелері (3–9-бағандар)',
	'pen.col.regions': 'Өңірлер',
	'pen.col.prisoners': 'Ұсталатындар (жарияланған)',
	'pen.col.prisoners_date': 'Күні',
	'pen.col.rate': '1 000 ұсталатынға (2-баған)',
	'pen.col.rate_institutions': '1 000 ұсталатынға (3–9-бағандар)',
	'pen.col.rate100k': '100 000 тұрғынға',
	'pen.col.measure': 'Көрсеткіш',
	'pen.col.indicator': 'Көрсеткіш',
	'pen.col.quote': 'Дәйексөз',
	'pen.inst.3': 'минималды қауіпсіздік мекемесі',
	'pen.inst.4': 'орташа қауіпсіздік мекемесі',
	'pen.inst.5': 'максималды қауіпсіздік мекемесі',
	'pen.inst.6': 'төтенше қауіпсіздік мекемесі',
	'pen.inst.7': 'толық қауіпсіздік мекемесі',
	'pen.inst.8': 'кәмелетке толмағандарды ұстауға арналған орташа қауіпсіздік мекемесі',
	'pen.inst.9': 'аралас қауіпсіздік мекемелері',
	'pen.inst.10': 'пробация қызметтері',
	'pen.inst.11': 'уақытша ұстау изоляторлары',
	'pen.inst.12': 'басқалары',
	'pen.inst_glossary':
		'Мекеме түрлерінің атаулары — нысандағы орыс тіліндегі атаулардың біздің аудармамыз.',
	'pen.rate': 'Жаза өтеушілердің құқық бұзушылықтары, мекемелерде ұсталатын 1 000 адамға',
	'pen.rate_formula':
		'Коэффициент = 5-бөлімнің құқық бұзушылықтары ÷ сол жылғы жарияланған ұсталатындар саны × 1 000.',
	'pen.rate_partial':
		'{period} үшін алымы — {of} өңірдің {n} өңірінің қосындысы (жоқ: {missing}), бөлімі — бүкіл елдегі сан: коэффициент төмендетілген.',
	'pen.rate_probation':
		'2-баған мекемелерде ұсталмайтын пробация қызметтерінің есебіндегілердің құқық бұзушылықтарын (10-баған) қамтиды; 3–9-бағандар бойынша коэффициент тек ҚАЖ мекемелерін есептейді.',
	'pen.rate_none':
		'{year} жылы мекемелерде ұсталатындар саны (қоймада) жарияланбаған; ең жақындары: {nearest}. Коэффициент есептелмеді.',
	'pen.rate_region':
		'Ұсталатындар саны тек ел бойынша жарияланады: өңір бойынша коэффициент есептелмейді.',
	'pen.prison_rate':
		'100 000 тұрғынға — сол жылғы халықтың орташа жылдық санына (Ұлттық статистика бюросы); ол жоқ немесе күні көрсетілмеген жерде бос.',
	'pen.probation':
		'Пробация: есепте тұрғандар (жарияланған) және олардың құқық бұзушылықтары (5-бөлім, 10-баған)',
	'pen.probation_caseload': 'Пробация қызметінің есебінде тұрғандар',
	'pen.probation_offences':
		'Пробация қызметтерінің есебіндегілердің құқық бұзушылықтары (5-бөлім, 10-баған)',
	'pen.probation_note':
		'1-М нысаны пробация қызметтерінің есебіндегілердің құқық бұзушылықтарын 5-бөлімнің 10-бағанында есептейді; есептегілер саны жарияланған дереккөздерден алынады. Графикте тек есептегілер саны.',
	'pen.trend': 'Жаза өтеушілердің құқық бұзушылықтары (5-бөлім), жылдар бойынша',
	'pen.trend_all': 'барлығы (2-баған)',
	'pen.trend_institutions': 'ҚАЖ мекемелері (3–9-бағандар)',
	'pen.trend_probation': 'пробация қызметтері (10-баған)',
	'pen.context': 'Жарияланған дереккөздердегі анықтамалық сандар',
	'pen.context_occupancy': 'Тергеу изоляторларының толымдылығы (есеп)',
	'pen.context_occupancy_note':
		'ТИ толымдылығы = қамауда ұсталатындар ÷ орын лимиті, бір дереккөз бойынша бір күнге.',
	'pen.ctx.pretrial_capacity': 'Тергеу изоляторларындағы орын лимиті',
	'pen.ctx.pretrial_centres': 'Тергеу изоляторлары',
	'pen.ctx.penal_institutions': 'Қылмыстық-атқару жүйесінің мекемелері',
	'pen.ctx.penal_colonies': 'Колониялар (бас бостандығынан айыруды өтеу мекемелері)',
	'pen.ctx.employed_convicts': 'Жұмысқа орналастырылған сотталғандар',
	'pen.ctx.share_prisoners_previously_convicted':
		'Ұсталатындар арасында бұрын сотталғандар үлесі, %',
	'pen.ctx.amnesty_applied_persons': 'Рақымшылық қолданылған адамдар',
	'pen.ctx.pretrial_detainees': 'Тергеу қамауындағылар',
	'pen.undated': 'күні көрсетілмеген'
};

export const en: Record<keyof typeof ru, string> = {
	'pen.articles_empty':
		'The warehouse holds no Section 5 chapter or article rows for this period (only the total row, or nothing).',
	'pen.page_title': 'Penitentiary, probation and recidivism',
	'pen.articles': 'Offences by persons serving a sentence (Section 5), by article',
	'pen.articles_zero': 'Rows without offences are left out ({n} of {of} chapter and article rows).',
	'pen.articles_official':
		'Article names are given in the official language of the form (Russian): there is no official translation.',
	'pen.col.row': 'Row code',
	'pen.col.label': 'Chapter / article',
	'pen.col.registered': 'Registered (column 2)',
	'pen.col.probation': 'of them probation services (column 10)',
	'pen.col.institutions': 'of them penal institutions (columns 3–9)',
	'pen.col.regions': 'Regions',
	'pen.col.prisoners': 'Prisoners (published)',
	'pen.col.prisoners_date': 'As of',
	'pen.col.rate': 'Per 1,000 prisoners (column 2)',
	'pen.col.rate_institutions': 'Per 1,000 prisoners (columns 3–9)',
	'pen.col.rate100k': 'Per 100,000 residents',
	'pen.col.measure': 'Measure',
	'pen.col.indicator': 'Indicator',
	'pen.col.quote': 'Quote',
	'pen.inst.3': 'minimum security institution',
	'pen.inst.4': 'medium security institution',
	'pen.inst.5': 'maximum security institution',
	'pen.inst.6': 'extraordinary security institution',
	'pen.inst.7': 'full security institution',
	'pen.inst.8': 'medium security institution for juveniles',
	'pen.inst.9': 'mixed security institutions',
	'pen.inst.10': 'probation services',
	'pen.inst.11': 'temporary detention facilities (IVS)',
	'pen.inst.12': 'other',
	'pen.inst_glossary':
		'Institution types are our translation of the form’s Russian labels (no official translation).',
	'pen.rate': 'Offences by persons serving a sentence per 1,000 prisoners',
	'pen.rate_formula':
		'Rate = Section 5 offences ÷ the published prison population of the same year × 1,000.',
	'pen.rate_partial':
		'For {period} the numerator sums {n} of {of} regions (missing: {missing}) and the denominator is the whole country’s prison population: the rate understates.',
	'pen.rate_probation':
		'Column 2 includes offences by persons registered with probation services (column 10), who are not held in institutions; the rate of columns 3–9 counts penal institutions only.',
	'pen.rate_none':
		'No prison population is published for {year} (in the warehouse); the nearest: {nearest}. No rate is computed.',
	'pen.rate_region':
		'The prison population is published for the whole country only: no rate per region.',
	'pen.prison_rate':
		'Per 100,000 residents: against the mean population of the same year (Bureau of National Statistics); blank where there is none or no date is given.',
	'pen.probation':
		'Probation: persons registered (published) and their offences (Section 5, column 10)',
	'pen.probation_caseload': 'Registered with probation services',
	'pen.probation_offences':
		'Offences by persons registered with probation services (Section 5, column 10)',
	'pen.probation_note':
		'Form 1-M counts offences by persons registered with probation services in Section 5, column 10; the caseload comes from published sources. The chart shows the caseload only.',
	'pen.trend': 'Offences by persons serving a sentence (Section 5) by year',
	'pen.trend_all': 'all (column 2)',
	'pen.trend_institutions': 'penal institutions (columns 3–9)',
	'pen.trend_probation': 'probation services (column 10)',
	'pen.context': 'Context figures from published sources',
	'pen.context_occupancy': 'Pre-trial centre occupancy (computed)',
	'pen.context_occupancy_note':
		'Occupancy = pre-trial detainees ÷ places, from one source for one date.',
	'pen.ctx.pretrial_capacity': 'Places in pre-trial detention centres',
	'pen.ctx.pretrial_centres': 'Pre-trial detention centres',
	'pen.ctx.penal_institutions': 'Institutions of the penal system',
	'pen.ctx.penal_colonies': 'Colonies (institutions for deprivation of liberty)',
	'pen.ctx.employed_convicts': 'Convicts in employment',
	'pen.ctx.share_prisoners_previously_convicted': 'Share of prisoners previously convicted, %',
	'pen.ctx.amnesty_applied_persons': 'Persons amnestied',
	'pen.ctx.pretrial_detainees': 'Pre-trial detainees',
	'pen.undated': 'date not given'
};
