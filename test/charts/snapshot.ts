/**
 * SVG snapshot helper in the manner of Observable Plot's own tests: render, normalise
 * (numbers rounded, generated ids and class hashes replaced), compare with the committed
 * baseline in baselines/; on mismatch write `<name>-changed.svg` beside it (gitignored).
 * A missing baseline is written once (then committed) and the test says so.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, 'baselines');

export function normaliseSvg(svg: string): string {
	return svg
		.replace(/plot-[0-9a-f]{6}(-[a-z]+)?/g, 'plot$1')
		.replace(/\bid="[^"]*"/g, 'id="x"')
		.replace(/url\(#[^)]*\)/g, 'url(#x)')
		.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/></g, '>\n<');
}

export function compareSnapshot(name: string, svg: string): { ok: boolean; created: boolean } {
	const actual = normaliseSvg(svg);
	const file = join(DIR, `${name}.svg`);
	const changed = join(DIR, `${name}-changed.svg`);
	if (!existsSync(file)) {
		writeFileSync(file, actual);
		return { ok: true, created: true };
	}
	const expected = readFileSync(file, 'utf8');
	if (expected === actual) {
		rmSync(changed, { force: true });
		return { ok: true, created: false };
	}
	writeFileSync(changed, actual);
	return { ok: false, created: false };
}
