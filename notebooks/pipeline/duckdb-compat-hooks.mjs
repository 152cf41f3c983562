/**
 * Node module hooks that let the Notebook Kit's own DuckDB connector load with the project's
 * @duckdb/node-api 1.5: the kit (2.1.8) imports the type constant `VARINT`, which DuckDB 1.5
 * renamed `BIGNUM`. Only imports made by the kit are redirected; everything else is untouched.
 */
const SHIM = new URL('./duckdb-node-api-compat.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
	if (
		specifier === '@duckdb/node-api' &&
		context.parentURL?.includes('/@observablehq/notebook-kit/')
	) {
		return { url: SHIM, shortCircuit: true };
	}
	return nextResolve(specifier, context);
}
