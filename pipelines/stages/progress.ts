/**
 * What the user sees while importing: a one-line progress bar on a terminal (stderr), one line
 * per file otherwise (CI logs, pipes). Data never goes to stderr; `--json` goes to stdout.
 */
import { formatChanges } from './cell-changes.ts';
import type { FileResult } from './import-file.ts';
import { describeRemovedDemo } from './synthetic-demo.ts';

export interface ImportReporter {
	start(file: string, index: number, total: number): void;
	done(result: FileResult, index: number, total: number): void;
	finish(): void;
}

/** One line per file; a replaced form adds its changed cells, a removed demo its own line. */
export function describeResult(r: FileResult): string {
	const lines = [statusLine(r)];
	if (r.changedCells !== undefined)
		lines.push(
			`          ${r.changedCells} cells changed` +
				(r.changes?.length
					? `: ${formatChanges(r.changes)}${r.changedCells > r.changes.length ? ', …' : ''}`
					: '')
		);
	if (r.removedDemo) lines.push(`          ${describeRemovedDemo(r.removedDemo)}`);
	return lines.join('\n');
}

function statusLine(r: FileResult): string {
	const id = [r.form, r.region, r.period].filter(Boolean).join(' ');
	switch (r.status) {
		case 'refused':
			return `refused   ${r.error ?? r.file}`;
		case 'already-imported':
			return `already   ${r.file} (${id}): already imported, nothing changed`;
		case 'replaced':
			return `replaced  ${r.file} (${id}): ${r.cells} cells, ${r.findings} findings; replaced ${r.replaced?.join(', ')} (kept in the import history)`;
		default:
			return `imported  ${r.file} (${id}): ${r.cells} cells, ${r.findings} findings`;
	}
}

function bar(done: number, total: number, width = 24): string {
	const filled = total ? Math.round((done / total) * width) : width;
	return '[' + '#'.repeat(filled) + '-'.repeat(width - filled) + ']';
}

export function createReporter(
	stream: NodeJS.WriteStream = process.stderr,
	quiet = false
): ImportReporter {
	const tty = Boolean(stream.isTTY);
	let started = 0;
	return {
		start(file, index, total) {
			if (index === 0) started = performance.now();
			if (quiet || !tty) return;
			const cols = stream.columns ?? 80;
			const line = `${bar(index, total)} ${index}/${total} ${file}`;
			stream.write('\r\x1b[K' + line.slice(0, cols - 1));
		},
		done(result, index, total) {
			if (quiet) return;
			if (tty) stream.write('\r\x1b[K');
			stream.write(describeResult(result) + '\n');
			if (tty && index + 1 < total) stream.write(bar(index + 1, total) + ` ${index + 1}/${total}`);
		},
		finish() {
			if (quiet) return;
			if (tty) stream.write('\r\x1b[K');
			const s = ((performance.now() - started) / 1000).toFixed(1);
			stream.write(`done in ${s} s\n`);
		}
	};
}
