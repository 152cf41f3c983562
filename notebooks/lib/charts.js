/**
 * The notebooks' chart shapes, so that each is written once: bars drawn across (one per region,
 * chapter or method) and series by year. No chart is drawn over empty data: with no rows, a
 * sentence says why there is no chart.
 */
import * as Plot from '@observablehq/plot';

/** `draw()` when there are rows, else a paragraph with `note` (one sentence, plain text). */
export function chartOrNote(rows, note, draw) {
	if (rows.length > 0) return draw();
	const paragraph = document.createElement('p');
	paragraph.className = 'no-chart';
	paragraph.textContent = note;
	return paragraph;
}

/** One horizontal bar per row: the height grows with the rows; `empty` is said when none. */
export function horizontalBars(
	rows,
	{
		title,
		empty,
		marks,
		x,
		y = { label: null },
		color,
		marginLeft = 170,
		marginRight,
		rowHeight = 24,
		padding = 40
	}
) {
	return chartOrNote(rows, empty, () =>
		Plot.plot({
			title,
			marginLeft,
			marginRight,
			height: rowHeight * rows.length + padding,
			x: { grid: true, ...x },
			y,
			color,
			marks
		})
	);
}

/** A yearly series: one tick per year of `rows` (field `year`); `empty` is said when none. */
export function byYear(rows, { title, empty, marks, y, height = 240, marginLeft }) {
	return chartOrNote(rows, empty, () =>
		Plot.plot({
			title,
			height,
			marginLeft,
			x: { label: null, tickFormat: 'd', ticks: [...new Set(rows.map((d) => d.year))] },
			y: { grid: true, ...y },
			marks
		})
	);
}
