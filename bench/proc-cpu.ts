/**
 * CPU time (user + system) of a process and its descendants, from Linux's /proc: what the
 * server spent on the CPU during a load, all its processes (cluster workers) and threads
 * (DuckDB's) together. Requests/s on a shared machine depend on what else runs; the CPU a
 * request costs does not (much), so the bench prints both. Returns null where /proc is missing.
 */
import { existsSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: `getconf CLK_TCK` is 100 on Linux

function descendants(pid: number): number[] {
	const out = [pid];
	for (let i = 0; i < out.length; i++) {
		const dir = `/proc/${out[i]}/task`;
		if (!existsSync(dir)) continue;
		try {
			// every thread's children: node:cluster forks from the main thread
			const kids = readFileSync(`${dir}/${out[i]}/children`, 'utf8').trim();
			if (kids) out.push(...kids.split(/\s+/).map(Number));
		} catch {
			/* exited meanwhile */
		}
	}
	return out;
}

/** Seconds of CPU used so far by `pid` and its descendants, or null without /proc. */
export function treeCpuSeconds(pid: number): number | null {
	if (!existsSync(`/proc/${pid}/stat`)) return null;
	let ticks = 0;
	for (const p of descendants(pid)) {
		try {
			const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
			// fields after the command name (which may hold spaces) in parentheses
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
		} catch {
			/* exited meanwhile */
		}
	}
	return ticks / TICKS_PER_SECOND;
}

/** The processes (not threads) of the tree: how many server processes answer. */
export function treeProcesses(pid: number): number {
	return descendants(pid).filter((p) => existsSync(`/proc/${p}/stat`)).length;
}
