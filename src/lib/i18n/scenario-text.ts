/**
 * The scenario model's unseen-break notes and parameter sources in the page's language. The
 * model writes English (src/lib/scenario/breaks.ts, calibration.ts: the JSON API's record); a
 * break is said by its id, a source by its pattern, with the persons in the page's locale.
 * English, and a sentence not known here, is shown as written.
 */
import { translator, type Lang } from './index';
import * as words from './features/scenario-notes';
import type { LeverKey, ScenarioWords } from './features/scenario-notes';

const WORDS: Record<Exclude<Lang, 'en'>, ScenarioWords> = { ru: words.ru, kk: words.kk };

type FixedBreak = Exclude<keyof ScenarioWords['breaks'], 'amnesty'>;

export function breakText(b: { id: string; what: string }, lang: Lang): string {
	if (lang === 'en') return b.what;
	const w = WORDS[lang].breaks;
	if (b.id in w && b.id !== 'amnesty') return w[b.id as FixedBreak];
	const m = /^amnesty applied to (\d+) persons \((.+?)\); it precedes the calibration window/.exec(
		b.what
	);
	if (m) return w.amnesty(translator(lang).num(Number(m[1])), m[2]);
	return b.what;
}

export function parameterSource(source: string, lang: Lang): string {
	if (lang === 'en') return source;
	const w = WORDS[lang].source;
	let text = source;
	let tail = '';
	if (text.endsWith(' (one figure: ±20 % assumed)')) {
		text = text.slice(0, -' (one figure: ±20 % assumed)'.length);
		tail = w.oneFigure;
	}
	let m = /^mean and range of (.+)$/.exec(text);
	if (m) return w.meanRange(m[1]) + tail;
	m = /^no pre-trial count before the cutoff: the later ones \((.+)\) assumed$/.exec(text);
	if (m) return w.laterAssumed(m[1]) + tail;
	m =
		/^least squares on log prison population (.+) from (.+) \(end of (\d{4})\); range: 95 % of (\d+) bootstrap refits$/.exec(
			text
		);
	if (m) return w.prisonFit(m[1], m[2], m[3], translator(lang).num(Number(m[4])));
	if (
		text ===
		'no published mean time under probation supervision; assumed, drawn uniformly from the range'
	)
		return w.supervision;
	m = /^least squares on probation caseload (.+) from (.+), given the supervision time$/.exec(text);
	if (m) return w.probationFit(m[1], m[2]);
	m =
		/^(.+) \((\d{4})\); held after it, ±10 % assumed; years between published shares \((.*)\) interpolated linearly$/.exec(
			text
		);
	if (m) return w.share(m[1], m[2], m[3]);
	return source;
}

/**
 * A lever refused as outside the range the data supports (scenario/levers.ts LeverRangeError:
 * «imprisonmentShare = 60 % is outside what the data supports (20 to 45 %): why»).
 */
export function leverRefusal(lever: string, message: string, lang: Lang): string {
	if (lang === 'en') return message;
	const w = WORDS[lang];
	const m =
		/^(\S+) = (-?[\d.]+) (.+?) is outside what the data supports \((-?[\d.]+) to (-?[\d.]+) .+?\): /.exec(
			message
		);
	const why = w.why[lever as LeverKey];
	if (!m || !why || !(m[3] in w.units)) return message;
	const tr = translator(lang);
	const n = (s: string) => tr.num(Number(s), 2);
	return w.leverOut({ value: n(m[2]), unit: w.units[m[3]], min: n(m[4]), max: n(m[5]), why });
}

/**
 * The calibration refused for too few published figures (scenario/calibration.ts windowOf:
 * «0 published figure(s) between 2015-12-01 and now; the calibration needs at least 2»; no
 * imprisonment share; convictions.ts: too few published years).
 */
export function calibrationRefusal(message: string, lang: Lang): string {
	if (lang === 'en') return message;
	const w = WORDS[lang];
	if (message === 'no published share of convicts sentenced to imprisonment before the cutoff')
		return w.noShare;
	const c =
		/^convictions: (\d+) published years from (\d{4}) to (\d{4}); the forecast needs at least 3$/.exec(
			message
		);
	if (c) return w.fewConvictions(translator(lang).num(Number(c[1])), c[2], c[3]);
	const m =
		/^(\d+) published figure\(s\) between (\d{4}-\d{2}-\d{2}) and (\S+); the calibration needs at least 2$/.exec(
			message
		);
	if (!m) return message;
	const tr = translator(lang);
	const to = m[3] === 'now' ? null : tr.date(m[3]);
	return w.tooFew(tr.num(Number(m[1])), tr.date(m[2]), to);
}

/** A parameter's unit («persons», «years», «share of convictions») in the page's language. */
export function parameterUnit(unit: string, lang: Lang): string {
	return lang === 'en' ? unit : (WORDS[lang].paramUnits[unit] ?? unit);
}
