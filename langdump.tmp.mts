import { ensureTestArtifacts } from '/work/wt-lang-ui/test/e2e/artifacts';
import { startServer, VIEWS, REAL_DB, DEMO_DB, GEOJSON } from '/work/wt-lang-ui/test/e2e/harness';
import { launchChromium } from '/work/wt-lang-ui/test/chromium';
import { checkLanguage } from '/work/wt-lang-ui/test/e2e/language-checks';
const db = process.argv[2] === 'demo' ? DEMO_DB : REAL_DB;
ensureTestArtifacts();
const server = await startServer(db, { SARAPSHY_GEOJSON: GEOJSON });
const browser = await launchChromium();
try {
	for (const lang of ['ru', 'kk']) for (const view of VIEWS) {
		const path = `${view}${view.includes('?') ? '&' : '?'}lang=${lang}`;
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		for (const p of await checkLanguage(page, path, lang)) console.log(p);
		await page.close();
	}
} finally { await browser.close(); await server.stop(); }
