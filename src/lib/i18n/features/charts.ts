/** Words drawn inside the charts themselves (keys, notes) in ru, kk and en; merged by ../messages.ts. */
export const ru = {
	'chart.observed': 'Факт',
	'chart.forecast': 'Прогноз',
	'chart.band80': 'Интервал 80 %',
	'chart.band95': 'Интервал 95 %',
	'chart.wide_interval':
		'Интервал очень широк ({lo}–{hi} в {year} г.): прогноз показывает лишь направление, не уровень.',
	'chart.clipped_interval':
		'Нижняя граница интервала обрезана на нуле ({year} г.): неопределённость больше, чем видно на графике.'
};
export const kk: Record<keyof typeof ru, string> = {
	'chart.observed': 'Нақты',
	'chart.forecast': 'Болжам',
	'chart.band80': '80 % аралық',
	'chart.band95': '95 % аралық',
	'chart.wide_interval':
		'Аралық өте кең ({year} ж. {lo}–{hi}): болжам деңгейді емес, тек бағытты көрсетеді.',
	'chart.clipped_interval':
		'Аралықтың төменгі шегі нөлде қиылған ({year} ж.): белгісіздік графиктегіден үлкен.'
};
export const en: Record<keyof typeof ru, string> = {
	'chart.observed': 'Observed',
	'chart.forecast': 'Forecast',
	'chart.band80': '80 % interval',
	'chart.band95': '95 % interval',
	'chart.wide_interval':
		'The interval is very wide ({lo}–{hi} in {year}): the forecast shows a direction, not a level.',
	'chart.clipped_interval':
		'The interval’s lower bound is cut off at zero ({year}): the uncertainty is larger than the chart shows.'
};
