/**
 * The `report` command: what the warehouse holds (coverage of official forms by region ×
 * period × form) and every validation finding, as text for people or JSON for tools. Reads the
 * views (v_coverage, v_findings) so the dashboard and this report can never disagree.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rowsOf, type Finding } from '../validate/findings.ts';

export interface CoverageRow {
	period: string;
	form: string;
	region_code: string;
	region_name: string;
	status: 'imported' | 'synthetic' | 'missing';
	original_name: string | null;
	sha256: string | null;
	findings: number;
}

/**
 * A finding as the report shows it: with the region's and the source file's names. Its
 * `message` is the whole sentence (the renderer's English); `params` stay in the warehouse
 * (the report also reads warehouses written before they existed).
 */
export interface FindingRow extends Omit<Finding, 'params'> {
	region_name: string | null;
	source_name: string | null;
}

export interface WarehouseReport {
	coverage: CoverageRow[];
	summary: {
		period: string;
		form: string;
		imported: number;
		synthetic: number;
		missing: string[];
	}[];
	findings: FindingRow[];
}

export async function buildReport(conn: DuckDBConnection): Promise<WarehouseReport> {
	const coverage = await rowsOf<CoverageRow>(
		conn,
		`SELECT period, form, region_code, region_name, status, original_name, sha256,
		        findings::INTEGER AS findings
		 FROM v_coverage ORDER BY period, form, region_code`
	);
	const findings = await rowsOf<FindingRow>(
		conn,
		`SELECT rule, severity, form, region_code, region_name, period, section, row_code, grafa,
		        expected, found, message, source_sha256, source_name
		 FROM v_findings
		 ORDER BY period, form, region_code, section, TRY_CAST(row_code AS INTEGER), row_code,
		          TRY_CAST(grafa AS INTEGER), rule`
	);
	const groups = new Map<string, WarehouseReport['summary'][number]>();
	for (const c of coverage) {
		const key = `${c.period}\u0001${c.form}`;
		let g = groups.get(key);
		if (!g)
			groups.set(
				key,
				(g = { period: c.period, form: c.form, imported: 0, synthetic: 0, missing: [] })
			);
		if (c.status === 'imported') g.imported++;
		else if (c.status === 'synthetic') g.synthetic++;
		else g.missing.push(c.region_code);
	}
	return { coverage, summary: [...groups.values()], findings };
}

export function formatReport(r: WarehouseReport): string {
	const lines: string[] = [
		'Coverage (official forms; regions that existed at the end of each period):'
	];
	if (r.summary.length === 0) lines.push('  no official form imported yet');
	for (const s of r.summary) {
		const names = s.missing
			.map((code) => r.coverage.find((c) => c.region_code === code)?.region_name ?? code)
			.map((n, i) => `${s.missing[i]} ${n}`);
		lines.push(
			`  ${s.period} ${s.form}: ${s.imported} imported` +
				(s.synthetic ? `, ${s.synthetic} demo only` : '') +
				`, ${s.missing.length} missing${names.length ? ': ' + names.join(', ') : ''}`
		);
	}
	lines.push(
		'',
		`Findings (${r.findings.length}; facts about the sources, numbers kept as published):`
	);
	for (const f of r.findings) {
		lines.push(
			`  [${f.severity}] ${f.period ?? '-'} ${f.form ?? '-'} ${f.region_code ?? '-'} ${f.rule}: ${f.message}`
		);
	}
	return lines.join('\n');
}
