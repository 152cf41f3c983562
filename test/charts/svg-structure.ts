/**
 * Reading a framed chart SVG back as structure, so that tests assert what a reader sees
 * (legend boxes inside the frame, labels that differ, a point on its tick) and not only a
 * snapshot. linkedom parses the string as the server renderer wrote it.
 */
import { parseHTML } from 'linkedom';
import { textWidth } from '../../src/lib/charts/frame';

function doc(svg: string) {
	return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

const translate = (el: Element | null): [number, number] => {
	const m = /translate\(([-\d.]+)[, ]\s*([-\d.]+)\)/.exec(el?.getAttribute('transform') ?? '');
	return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

/** The outer frame's width (the viewBox's). */
export function frameWidth(svg: string): number {
	return Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
}

/** Each legend item the frame drew: square at (x, y), its label lines and estimated right edge. */
export function legendItems(svg: string) {
	return [...doc(svg).querySelectorAll('g.legend-item')].map((g) => {
		const rect = g.querySelector('rect')!;
		const lines = [...g.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
		const px = Number(g.querySelector('text')!.getAttribute('font-size'));
		const x = Number(rect.getAttribute('x'));
		return {
			x,
			y: Number(rect.getAttribute('y')),
			label: lines.join(' '),
			lines,
			right: x + 16 + Math.max(...lines.map((l) => textWidth(l, px)))
		};
	});
}

/** The tick labels of one Plot axis (`x`, `y`, `fy`) in plot coordinates, lines joined by «\n». */
export function tickLabels(svg: string, axis: 'x' | 'y' | 'fy') {
	const group = doc(svg).querySelector(`g[aria-label="${axis}-axis tick label"]`);
	if (!group) return [];
	const [gx] = translate(group);
	return [...group.querySelectorAll('text')].map((t) => {
		const spans = [...t.querySelectorAll('tspan')];
		return {
			x: translate(t)[0] + gx,
			text: spans.length ? spans.map((s) => s.textContent).join('\n') : (t.textContent ?? '')
		};
	});
}

/** Every dot's centre (Plot circles are placed by cx/cy or by a translate). */
export function dots(svg: string) {
	return [...doc(svg).querySelectorAll('circle')].map((c) => {
		const [tx, ty] = translate(c);
		return {
			x: Number(c.getAttribute('cx') ?? 0) + tx,
			y: Number(c.getAttribute('cy') ?? 0) + ty,
			title: c.querySelector('title')?.textContent ?? ''
		};
	});
}

/** The texts of one Plot mark group (`aria-label="text"`, …) with their own attributes. */
export function markTexts(svg: string, label: string) {
	return [...doc(svg).querySelectorAll(`g[aria-label="${label}"]`)].flatMap((g) =>
		[...g.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', g, t }))
	);
}
