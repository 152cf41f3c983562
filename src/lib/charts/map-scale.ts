/**
 * The one colour scale of the maps on a page (issue 17, item 4). The tile map and the
 * choropleth of /regions show the same figures: each used to class them on its own (equal
 * steps from the minimum, 44/54.8/65.6/76.4, against Plot's 40/50/…/80), so one region was
 * two shades. The dataset builder computes the breaks once from the displayed values and both
 * maps draw with them: the same value is the same colour in both. Breaks are round numbers
 * (1, 2, 2.5 or 5 × 10ⁿ apart) so that the key reads without decimals of no meaning.
 */

/** Classed colours: five blues (light → dark); six red–blue (blue: below 0, red: above). */
const SEQUENTIAL = [
	{ color: '#eff3ff', dark: false },
	{ color: '#c6dbef', dark: false },
	{ color: '#9ecae1', dark: false },
	{ color: '#2171b5', dark: true },
	{ color: '#08306b', dark: true }
];
const DIVERGING = [
	{ color: '#2166ac', dark: true },
	{ color: '#67a9cf', dark: false },
	{ color: '#d1e5f0', dark: false },
	{ color: '#fddbc7', dark: false },
	{ color: '#ef8a62', dark: false },
	{ color: '#b2182b', dark: true }
];

/** A region without a figure: light grey, dashed (and hatched in the key), never a class. */
export const NO_DATA_FILL = '#eee';
export const NO_DATA_STROKE = '#999';

export interface MapScale {
	/** Class boundaries: a value v is in class k = number of thresholds ≤ v. */
	thresholds: number[];
	/** One colour per class (thresholds.length + 1). */
	colors: string[];
	/** Per class: white text on it (dark), else near-black; each pair above 4.5:1 (WCAG AA). */
	dark: boolean[];
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ x (x > 0), and the ones after it. */
function niceSteps(x: number): number[] {
	const p = 10 ** Math.floor(Math.log10(x));
	return [1, 2, 2.5, 5, 10, 20, 25, 50].map((m) => m * p).filter((s) => s >= x * (1 - 1e-12));
}

/** Round away floating noise (0.1 + 0.2) so that breaks print as typed. */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * The breaks for these values: sequential, n equal round steps from a round number at or
 * below the minimum, covering the maximum; diverging (a change in %), symmetric round steps
 * around 0. Null values (no data) take no part.
 */
export function mapScale(values: (number | null | undefined)[], diverging = false): MapScale {
	const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	const classes = diverging ? DIVERGING : SEQUENTIAL;
	const n = classes.length;
	let thresholds: number[];
	if (!xs.length) thresholds = [];
	else if (diverging) {
		const ext = Math.max(...xs.map(Math.abs));
		// six classes: three below 0, three above; the outer classes are open-ended
		const step = ext > 0 ? niceSteps(ext / 3)[0] : 1;
		thresholds = [-2, -1, 0, 1, 2].map((k) => clean(k * step));
	} else {
		const lo = Math.min(...xs);
		const hi = Math.max(...xs);
		if (hi === lo) thresholds = [lo];
		else {
			thresholds = [];
			for (const step of niceSteps((hi - lo) / n)) {
				const start = Math.floor(lo / step) * step;
				if (start + n * step >= hi) {
					thresholds = Array.from({ length: n - 1 }, (_, k) => clean(start + (k + 1) * step));
					break;
				}
			}
		}
	}
	const used = classes.slice(0, thresholds.length + 1);
	return { thresholds, colors: used.map((c) => c.color), dark: used.map((c) => c.dark) };
}

/** The class of a value under a scale. */
export function classOf(scale: MapScale, v: number): number {
	return scale.thresholds.filter((t) => v >= t).length;
}

/** The fill of a value: its class colour, or the no-data grey. */
export function fillOf(scale: MapScale, v: number | null): string {
	return v === null ? NO_DATA_FILL : scale.colors[classOf(scale, v)];
}

/**
 * A region's profile, keeping the page's period and language: `/regions/KZ-11?period=2022&lang=kk`.
 */
export function profileHref(code: string, period: string | null | undefined, lang: string): string {
	const sp = new URLSearchParams();
	if (period) sp.set('period', period);
	sp.set('lang', lang);
	return `/regions/${code}?${sp}`;
}

/**
 * The profile link as a map's `href` channel. The server draws charts into linkedom's HTML
 * document, which writes attribute values as they are, and the picture is both inline HTML
 * on the page and a standalone XML file (the .svg export): a bare `&` is an error in XML.
 * Written `&amp;`, it reads as `&` in both (test/server/regions-maps.test.ts checks the export
 * parses, test/e2e checks the link the browser follows).
 */
export function chartProfileHref(code: string, period: string | null | undefined, lang: string) {
	return profileHref(code, period, lang).replace(/&/g, '&amp;');
}
