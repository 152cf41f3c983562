/**
 * Numbers on a value axis in the page's language, with as many decimals as the tick needs:
 * a share axis running 0–0.4 % would otherwise read «0, 0, 0» (tr.num rounds to whole
 * numbers), three labels that cannot be told apart.
 */
import type { Translator } from '../i18n';

export function tickNumber(tr: Pick<Translator, 'num'>): (v: number) => string {
	return (v: number) => {
		let digits = 0;
		while (digits < 4 && Math.abs(v * 10 ** digits - Math.round(v * 10 ** digits)) > 1e-9) digits++;
		return tr.num(v, digits);
	};
}
