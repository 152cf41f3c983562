/**
 * Scenario parameters from a URL: the levers (zod, src/lib/scenario/levers.ts) plus the
 * endpoint's own keys. A lever outside the range the data supports stays a LeverRangeError
 * (422: well-formed but refused); every other problem is a BadRequest (400).
 */
import { LEVER_KEYS, LeverRangeError, parseLevers, type Levers } from '../../scenario';
import { BadRequest, singleValuedParams } from '../params';

export function scenarioParams(
	sp: URLSearchParams,
	own: readonly string[]
): { levers: Levers; rest: Record<string, string> } {
	const raw = singleValuedParams(sp);
	const allowed = [...LEVER_KEYS, ...own];
	const unknown = Object.keys(raw).filter((k) => !allowed.includes(k));
	if (unknown.length)
		throw new BadRequest(
			`unknown parameter(s) ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`,
			'unknown_parameter',
			{ names: unknown.join(', '), allowed: allowed.join(', ') }
		);
	const leverRaw = Object.fromEntries(
		Object.entries(raw).filter(([k]) => (LEVER_KEYS as string[]).includes(k))
	);
	const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => own.includes(k)));
	try {
		return { levers: parseLevers(leverRaw), rest };
	} catch (e) {
		if (e instanceof LeverRangeError) throw e;
		throw new BadRequest(e instanceof Error ? e.message : String(e), 'invalid_parameter', {
			names: Object.keys(leverRaw).join(',')
		});
	}
}

/** The URL without the scenario's levers (for a page whose other filters are parsed apart). */
export function withoutLevers(url: URL): URL {
	const u = new URL(url);
	for (const k of LEVER_KEYS) u.searchParams.delete(k);
	return u;
}
