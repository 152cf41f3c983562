/**
 * No response says where the server's files are: absolute filesystem paths in a message
 * (a DuckDB error names the file it could not open) are cut to their base name. URL paths
 * such as /api/v1/datasets are left alone: only paths under the working directory, the
 * temporary directory or the usual system roots, and Windows drive paths, are cut.
 */
import { tmpdir } from 'node:os';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEGMENT = `[^\\s"'\`«»,;:()\\[\\]<>/\\\\]+`;
const ROOTS = [
	...new Set([process.cwd(), tmpdir()].filter((p) => p.length > 1).map(escape)),
	'/(?:home|root|tmp|var|usr|opt|srv|mnt|media|etc|work|private|Users|run|nix|proc)'
];
const ABSOLUTE_PATH = new RegExp(
	`(?:(?:${ROOTS.join('|')})(?:/${SEGMENT})*|[A-Za-z]:\\\\(?:${SEGMENT}\\\\?)*)`,
	'g'
);

/** The message with every absolute path replaced by its last segment (the file's name). */
export function withoutPaths(message: string): string {
	return message.replace(ABSOLUTE_PATH, (p) => {
		const parts = p.split(/[\\/]/).filter(Boolean);
		return parts.length ? parts[parts.length - 1] : '';
	});
}
