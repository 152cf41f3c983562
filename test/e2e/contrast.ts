/**
 * WCAG 2.x contrast of every visible text on a page, computed in the browser: for each element
 * with its own text (HTML text nodes, SVG <text>), the text colour (CSS `color`, or SVG `fill`,
 * with opacities) is composited over what is painted under the text's centre — found with
 * `document.elementsFromPoint`: SVG shapes' fills and HTML background colours, top to bottom,
 * until an opaque layer (white below all). Large text (≥ 24 px, or ≥ 18.66 px bold) needs 3:1,
 * other text 4.5:1 (WCAG 1.4.3, level AA). Returns the failures.
 */
import type { Page } from 'playwright-core';

export interface ContrastFailure {
	text: string;
	tag: string;
	ratio: number;
	needed: number;
	fg: string;
	bg: string;
	where: string;
}

export async function contrastFailures(
	page: Page
): Promise<{ checked: number; failures: ContrastFailure[] }> {
	// Sent as source text: a transpiler may wrap named functions in a `__name` helper that does
	// not exist in the page, so define it there.
	const src = `var __name = (f) => f; (${measure.toString()})()`;
	return page.evaluate(src) as Promise<{ checked: number; failures: ContrastFailure[] }>;
}

function measure() {
	{
		type RGBA = [number, number, number, number];
		const probe = document.createElement('canvas').getContext('2d')!;
		const parse = (c: string | null): RGBA | null => {
			if (!c || c === 'none' || c === 'transparent')
				return c === 'transparent' ? [0, 0, 0, 0] : null;
			if (/^url\(/.test(c)) return null;
			// Let the canvas normalise any CSS colour to #rrggbb or rgba(...).
			probe.fillStyle = '#000';
			probe.fillStyle = c;
			const s = String(probe.fillStyle);
			if (s.startsWith('#')) {
				const n = parseInt(s.slice(1), 16);
				return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
			}
			const m = s.match(/rgba?\(([^)]+)\)/);
			if (!m) return null;
			const p = m[1].split(',').map((x) => Number(x.trim()));
			return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
		};
		const over = (top: RGBA, below: RGBA): RGBA => {
			const a = top[3] + below[3] * (1 - top[3]);
			if (a === 0) return [0, 0, 0, 0];
			const ch = (i: number) => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a;
			return [ch(0), ch(1), ch(2), a];
		};
		const lum = (c: RGBA) => {
			const f = (v: number) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
		};
		const opacityChain = (el: Element): number => {
			let o = 1;
			for (let e: Element | null = el; e; e = e.parentElement)
				o *= Number(getComputedStyle(e).opacity || 1);
			return o;
		};
		const isSvg = (e: Element) => e instanceof SVGElement;
		const texts: Element[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			if (el.closest('script, style, noscript, option, select, title, desc')) continue;
			if (isSvg(el)) {
				if (el.tagName.toLowerCase() === 'text' && el.textContent?.trim()) texts.push(el);
				continue;
			}
			const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
			if (own) texts.push(el);
		}
		// Types are erased before the source is sent, so the page needs no ContrastFailure.
		const failures: ContrastFailure[] = [];
		let checked = 0;
		const vh = window.innerHeight;
		for (const el of texts) {
			const cs = getComputedStyle(el);
			if (cs.visibility === 'hidden' || cs.display === 'none') continue;
			const r = el.getBoundingClientRect();
			if (r.width < 1 || r.height < 1) continue;
			// Bring the element into view (inner scroll boxes too; layout is synchronous), then
			// look under it.
			el.scrollIntoView({ block: 'center', inline: 'center' });
			const rr = el.getBoundingClientRect();
			const cx = rr.left + rr.width / 2;
			const cy = rr.top + rr.height / 2;
			if (cx < 0 || cy < 0 || cx > window.innerWidth || cy > vh) continue;
			const opacity = opacityChain(el);
			if (opacity === 0) continue;
			let fg = isSvg(el) ? parse(cs.fill) : parse(cs.color);
			if (!fg) continue;
			if (isSvg(el)) fg = [fg[0], fg[1], fg[2], fg[3] * Number(cs.fillOpacity || 1)];
			fg = [fg[0], fg[1], fg[2], fg[3] * opacity];
			const stack = document.elementsFromPoint(cx, cy);
			// An HTML text clipped by a scroll box or covered by something else is not visible
			// here: skip it (SVG text is not always hit-tested at its box's centre).
			if (!isSvg(el) && !stack.includes(el)) continue;
			const layers: RGBA[] = [];
			for (const e of stack) {
				// The text's own background counts; whatever it contains does not.
				if (e !== el && el.contains(e)) continue;
				if (e === el && isSvg(el)) continue;
				const tag = e.tagName.toLowerCase();
				if (tag === 'text' || tag === 'tspan' || tag === 'g' || tag === 'svg' || tag === 'line')
					continue;
				const s = getComputedStyle(e);
				let c: RGBA | null;
				if (isSvg(e)) {
					c = parse(s.fill);
					if (c) c = [c[0], c[1], c[2], c[3] * Number(s.fillOpacity || 1) * opacityChain(e)];
				} else {
					if (s.backgroundImage && s.backgroundImage !== 'none') continue;
					c = parse(s.backgroundColor);
				}
				if (!c || c[3] === 0) continue;
				layers.push(c);
				if (c[3] >= 1) break;
			}
			let bg: RGBA = [255, 255, 255, 1];
			for (const c of layers.reverse()) bg = over(c, bg);
			const shown = over(fg, bg);
			const l1 = lum(shown);
			const l2 = lum(bg);
			const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
			const size = parseFloat(cs.fontSize);
			const bold = Number(cs.fontWeight) >= 700 || cs.fontWeight === 'bold';
			const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
			checked++;
			if (ratio + 1e-9 < needed) {
				const host = el.closest('[id]');
				failures.push({
					text: (el.textContent ?? '').trim().slice(0, 60),
					tag: el.tagName.toLowerCase(),
					ratio: Math.round(ratio * 100) / 100,
					needed,
					fg: `rgba(${shown.map((v) => Math.round(v * 100) / 100).join(',')})`,
					bg: `rgba(${bg.map((v) => Math.round(v * 100) / 100).join(',')})`,
					where: host ? `#${host.id}` : ''
				});
			}
		}
		window.scrollTo(0, 0);
		return { checked, failures };
	}
}
