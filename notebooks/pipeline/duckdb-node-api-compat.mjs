/**
 * @duckdb/node-api as the Notebook Kit 2.1.8 expects it: everything the package exports, plus
 * `VARINT`, the name DuckDB < 1.5 used for the type now called `BIGNUM`.
 */
import duckdb from '@duckdb/node-api';

export * from '@duckdb/node-api';
export const VARINT = duckdb.VARINT ?? duckdb.BIGNUM;
