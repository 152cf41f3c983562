/**
 * Read one file named for import, refusing it from its size on disk BEFORE reading: a 1.5 GB
 * file must cost nothing, not 3 GB of memory for a refusal. The file is read through the
 * descriptor that was measured, never past the limit, so a file that grows between the check
 * and the read is refused too.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../forms/types.ts';
import { MAX_FILE_BYTES } from '../xlsx/limits.ts';

function tooLarge(file: string, size: number, limit: number): InputError {
	return new InputError('fileTooLarge', { file, size, limit }, { file });
}

export function readInputFile(path: string, limit = MAX_FILE_BYTES): Uint8Array {
	const fd = openSync(path, 'r');
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) throw new InputError('notRegularFile', { file: path }, { file: path });
		if (st.size > limit) throw tooLarge(path, st.size, limit);
		// One byte more than the limit: enough to notice a file that grew since fstat.
		const buf = new Uint8Array(Math.min(st.size, limit) + 1);
		let n = 0;
		for (let got; n < buf.length && (got = readSync(fd, buf, n, buf.length - n, n)) > 0;) n += got;
		if (n > limit) throw tooLarge(path, n, limit);
		return buf.subarray(0, n);
	} finally {
		closeSync(fd);
	}
}
