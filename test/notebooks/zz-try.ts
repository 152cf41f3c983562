import { serveDirectory, launchChromium, renderPage } from './browser.ts';
const site = await serveDirectory(process.env.OUT ?? '/tmp/nbout');
const b = await launchChromium();
for (const name of process.argv.slice(2)) {
	const r = await renderPage(b, `${site.url}/${name}`);
	console.log(
		JSON.stringify({ ...r, text: r.text.replace(/:where[^}]*}/g, '').slice(0, 6000) }, null, 1)
	);
}
const page = await b.newPage();
await page.setViewportSize({ width: 1000, height: 800 });
await page.goto(`${site.url}/${process.argv[2]}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
const h = await page.evaluate(() => document.body.scrollHeight);
for (let y = 0, i = 0; y < Math.min(h, 12000); y += 1600, i++)
	await page.screenshot({
		path: `/tmp/shot${i}.png`,
		clip: { x: 0, y, width: 1000, height: 1600 },
		fullPage: true
	});
await b.close();
await site.close();
