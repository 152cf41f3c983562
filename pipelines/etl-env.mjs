// How the `etl` command's process is started (pipelines/etl.mjs), shared with bench/etl.ts so
// the benchmark measures the process users run. Plain JavaScript: the launcher runs before any
// TypeScript loader.
//
// MALLOC_ARENA_MAX=2: glibc gives each thread that allocates its own malloc arena (up to
// 8 × cores); the import's threads (main, parse worker, DuckDB, libuv) then each keep freed
// memory in their own arena. Two arenas lowered the peak RSS of the 2022 import by ~10–40 MB
// (pipelines/stages/README.md), CPU the same within noise. glibc reads it once, when the
// process starts, so it cannot be set from inside the command.

/** Environment the ETL process starts with; a value the user set wins. */
export const ETL_ENV = Object.freeze({ MALLOC_ARENA_MAX: '2' });

/** `base` with ETL_ENV's settings where `base` does not set them. */
export function etlEnv(base = process.env) {
	return { ...ETL_ENV, ...base };
}

/** Node arguments that load the TypeScript sources (tsx's loader, resolved from this checkout). */
export function etlNodeArgs() {
	return ['--import', import.meta.resolve('tsx')];
}
