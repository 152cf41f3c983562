/**
 * Phones on a warehouse of real official forms only (../shared/data: Form 1-M and СНГ-1 2022,
 * population, court outcomes), in real Chromium on the BUILT server (issue 17): every view of
 * harness.ts VIEWS in ru, kk and en fits 390 px without horizontal scrolling, chart text
 * ≥ 11 px, a compact header, distinct titles (narrow.ts). Real labels are longer than the
 * demo's (chapter titles, article names), which is what widened /forecasts to 1124 px.
 */
import { describe, it } from 'vitest';
import { REAL_DB, dashboard } from './harness';
import { checkEveryViewAt } from './narrow';

const app = dashboard(REAL_DB);

describe('phones (real warehouse)', () => {
	it('every view in ru, kk and en fits 390 px, chart text ≥ 11 px, distinct titles', async () => {
		await checkEveryViewAt(app, 390);
	}, 600_000);
});
