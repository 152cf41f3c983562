/**
 * Staging of the named inputs: the bench output of this machine's last run when there is one,
 * else the committed output of a named run, else «absent» (never a made-up file); an override
 * replaces the search. Files written here are the test's own, in a temporary directory.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStage, NAMED_INPUTS, type NamedInput } from '../../../notebooks/pipeline/stage.ts';

const root = mkdtempSync(join(tmpdir(), 'sarapshy-stage-'));
const stages: string[] = [];
afterAll(() => {
	for (const dir of [root, ...stages]) rmSync(dir, { recursive: true, force: true });
});

/** A repository root with a notebook, a stand-in warehouse file and the given bench files. */
function repoWith(name: string, files: Record<string, string>): string {
	const repo = join(root, name);
	mkdirSync(join(repo, 'notebooks'), { recursive: true });
	mkdirSync(join(repo, 'node_modules'), { recursive: true });
	writeFileSync(join(repo, 'notebooks', 'n.html'), '<notebook><title>n</title></notebook>');
	writeFileSync(join(repo, 'warehouse.duckdb'), 'not a real warehouse: staging only hashes it');
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(repo, path, '..'), { recursive: true });
		writeFileSync(join(repo, path), content);
	}
	return repo;
}

function stage(repo: string, inputs?: readonly NamedInput[]) {
	const result = createStage({
		repoRoot: repo,
		sourceDir: join(repo, 'notebooks'),
		notebooks: ['n.html'],
		warehouse: join(repo, 'warehouse.duckdb'),
		inputs
	});
	stages.push(result.dir);
	const manifest = JSON.parse(readFileSync(join(result.dir, 'inputs', 'manifest.json'), 'utf8'));
	return { ...result, manifest, input: result.inputs[0] };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const OUT = 'bench/out/forecast-results.json';
const COMMITTED = 'bench/results/forecast-results.json';

describe('named inputs of the notebooks', () => {
	it('looks for the forecast results in bench/out first, then in bench/results', () => {
		const forecast = NAMED_INPUTS.find((input) => input.name === 'forecast-results');
		expect(forecast?.paths).toEqual([OUT, COMMITTED]);
	});

	it('reads this machine’s bench output when it exists, even beside a committed one', () => {
		const repo = repoWith('both', { [OUT]: '{"run":"local"}', [COMMITTED]: '{"run":"named"}' });
		const { dir, input, manifest } = stage(repo);
		expect(input).toMatchObject({ present: true, path: OUT, sha256: sha256('{"run":"local"}') });
		expect(readFileSync(join(dir, 'inputs', 'forecast-results.json'), 'utf8')).toBe(
			'{"run":"local"}'
		);
		expect(manifest.inputs[0]).toMatchObject({ path: OUT, present: true });
	});

	it('falls back to the committed output of a named run (all a fresh checkout has)', () => {
		const repo = repoWith('committed', { [COMMITTED]: '{"run":"named"}' });
		const { dir, input } = stage(repo);
		expect(input).toMatchObject({
			present: true,
			path: COMMITTED,
			sha256: sha256('{"run":"named"}'),
			bytes: 15
		});
		expect(readFileSync(join(dir, 'inputs', 'forecast-results.json'), 'utf8')).toBe(
			'{"run":"named"}'
		);
	});

	it('reports the input absent, with every place it looked, when neither file exists', () => {
		const { dir, input, manifest } = stage(repoWith('none', {}));
		expect(input).toMatchObject({ present: false, path: OUT, paths: [OUT, COMMITTED] });
		expect(input.sha256).toBeNull();
		expect(manifest.inputs[0].present).toBe(false);
		expect(() => readFileSync(join(dir, 'inputs', 'forecast-results.json'))).toThrow();
	});

	it('reads an override outside the repository by its absolute path, under the input’s name', () => {
		const repo = repoWith('override', { [OUT]: '{"run":"local"}' });
		const elsewhere = join(root, 'elsewhere.json');
		writeFileSync(elsewhere, '{"run":"elsewhere"}');
		const { dir, input } = stage(repo, [{ name: 'forecast-results', paths: [elsewhere] }]);
		expect(input).toMatchObject({ present: true, path: elsewhere });
		expect(readFileSync(join(dir, 'inputs', 'forecast-results.json'), 'utf8')).toBe(
			'{"run":"elsewhere"}'
		);
	});
});
