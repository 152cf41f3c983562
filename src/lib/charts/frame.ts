/**
 * The frame around a drawn chart: for a file its title (wrapped, never cut), the chart's own
 * SVG parts, swatch legends redrawn as SVG in rows that stay inside the frame (Plot draws them
 * as HTML, which an SVG file cannot hold), the chart's caption (e.g. the forecast fan's note on
 * a very wide interval) and, for a file, the provenance: source line, coverage, findings, note
 * and the synthetic mark. The page shows the title above the chart and the provenance under
 * it once as HTML (Chart.svelte), so its drawing leaves both out (`showTitle: false`,
 * `provenance: null`; the title stays the SVG's accessible name); the SVG and PNG exports carry
 * them once. Pure string work: the server renderer (server/export/svg.ts) calls it.
 */

/** One part of what Plot returned: an SVG (chart or ramp legend), a swatch legend or a caption. */
export type FramePart =
	| { svg: string; width: number; height: number }
	| { swatches: { color: string; label: string }[] }
	| { caption: string };

export interface Frame {
	/** The chart's title: drawn above it when `showTitle`, always its accessible name. */
	title: string;
	showTitle: boolean;
	parts: FramePart[];
	/** The chart's width (the frame's, unless an SVG part is wider). */
	width: number;
	/** The phone drawing: larger letters (text ≥ 12 px). */
	narrow: boolean;
	/** Source line and caption lines, and the synthetic mark (null: real data). */
	provenance: { lines: string[]; synthetic: string | null } | null;
}

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A slightly generous width of `text` at `px`, from the glyph widths of DejaVu Sans (what
 * system-ui is on Debian's Chromium; measured with getComputedTextLength, em units): most
 * letters 0.55–0.66, capitals 0.6–0.8, ж ш щ ю ф м w and % near 0.95, Ж Ш Щ Ю 1.08, digits
 * 0.64, i l t r і 0.28–0.41, space 0.32. Bold runs about a tenth wider. Generous so that a
 * legend row breaks sooner rather than a label runs out of the frame.
 */
export function textWidth(text: string, px: number, bold = false): number {
	let em = 0;
	for (const ch of text) {
		if (ch === ' ') em += 0.32;
		else if (/[.,:;·'’]/.test(ch)) em += 0.34;
		else if (/[()\-[\]/|ilijtfrіІIJ]/.test(ch)) em += 0.42;
		else if (/[ЖШЩЮЫ—W]/.test(ch)) em += 1.1;
		else if (/[жшщюфмыMmw%ФЪ]/.test(ch)) em += 0.97;
		else if (/[A-ZА-ЯЁӘҒҚҢӨҰҮҺ]/.test(ch)) em += 0.8;
		else em += 0.67;
	}
	return em * px * (bold ? 1.1 : 1);
}

/** Break `line` at '; ' or spaces into lines no wider than `width` px at `px`. */
export function wrapText(line: string, width: number, px: number, bold = false): string[] {
	const out: string[] = [];
	let rest = line.trim();
	while (rest && textWidth(rest, px, bold) > width) {
		// the longest head that fits, then back to the last '; ' or space in it
		let n = 1;
		while (n < rest.length && textWidth(rest.slice(0, n + 1), px, bold) <= width) n++;
		let cut = rest.lastIndexOf('; ', n);
		if (cut < n / 2) cut = rest.lastIndexOf(' ', n);
		if (cut <= 0) cut = n;
		out.push(rest.slice(0, cut + 1).trim());
		rest = rest.slice(cut + 1).trim();
	}
	if (rest) out.push(rest);
	return out;
}

/** The framed chart as one standalone SVG. */
export function frameSvg(f: Frame): string {
	const titlePx = f.narrow ? 15 : 14;
	const legendPx = f.narrow ? 12 : 11;
	const captionPx = f.narrow ? 12 : 10;
	const w = Math.max(
		f.width,
		...f.parts.map((p) => ('svg' in p ? p.width : 0)).filter(Number.isFinite)
	);
	const inner = w - 8;
	const titleLines = f.showTitle ? wrapText(f.title, inner, titlePx, true) : [];
	const titleH = Math.round(titlePx * 1.3);
	const body: string[] = titleLines.map(
		(l, i) =>
			`<text x="4" y="${titlePx + 4 + titleH * i}" font-size="${titlePx}" font-weight="bold" fill="#111" class="chart-title">${esc(l)}</text>`
	);
	let y = titleLines.length ? 10 + titleH * titleLines.length : 4;
	const lineH = Math.round(legendPx * 1.35);
	for (const p of f.parts) {
		if ('svg' in p) {
			body.push(`<g transform="translate(0,${y})">${p.svg}</g>`);
			y += p.height;
		} else if ('swatches' in p && p.swatches.length) {
			// Rows of colour square + label inside the frame: an item that does not fit the row
			// starts the next; a label longer than a row is wrapped inside its item.
			let x = 4;
			let rowH = lineH;
			for (const sw of p.swatches) {
				const lines = wrapText(sw.label, inner - 18, legendPx);
				const itemW = 18 + Math.max(...lines.map((l) => textWidth(l, legendPx)));
				if (x > 4 && x + itemW > w - 4) {
					x = 4;
					y += rowH + 4;
					rowH = lineH;
				}
				const tspans = lines
					.map((l, i) => `<tspan x="${x + 16}" dy="${i ? lineH : 0}">${esc(l)}</tspan>`)
					.join('');
				body.push(
					`<g class="legend-item"><rect x="${x}" y="${y + 2}" width="12" height="12" fill="${esc(sw.color)}"/>` +
						`<text x="${x + 16}" y="${y + legendPx + 1}" font-size="${legendPx}" fill="#222">${tspans}</text></g>`
				);
				rowH = Math.max(rowH, lineH * lines.length);
				x += Math.ceil(itemW) + 14;
			}
			y += rowH + 6;
		} else if ('caption' in p) {
			for (const l of wrapText(p.caption, inner, legendPx)) {
				body.push(
					`<text x="4" y="${y + legendPx + 2}" font-size="${legendPx}" fill="#333" class="chart-caption">${esc(l)}</text>`
				);
				y += lineH;
			}
			y += 4;
		}
	}
	if (f.provenance) {
		const capH = Math.round(captionPx * 1.4);
		const lines = f.provenance.lines.flatMap((l) => wrapText(l, inner, captionPx));
		lines.forEach((l, i) =>
			body.push(
				`<text x="4" y="${y + 14 + capH * i}" font-size="${captionPx}" fill="#333" class="source-caption">${esc(l)}</text>`
			)
		);
		y += 10 + capH * lines.length;
		if (f.provenance.synthetic) {
			y += 18;
			body.push(
				`<text x="${w - 4}" y="${y - 6}" text-anchor="end" font-size="13" font-weight="bold" fill="#b00020" class="synthetic-mark">${esc(f.provenance.synthetic)}</text>`
			);
		}
	}
	const H = Math.ceil(y + 6);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${H}" viewBox="0 0 ${w} ${H}" role="img" aria-label="${esc(f.title)}" font-family="system-ui, sans-serif">`,
		`<rect width="100%" height="100%" fill="white"/>`,
		...body,
		`</svg>`
	].join('');
}
