/**
 * Debian's Chromium (/usr/bin/chromium) through playwright-core, headless and quiet: one
 * launch for every browser test (dashboard e2e and notebook pages), so the flags that keep it
 * off the network and working in a container live in one place.
 */
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage'
		]
	});
}
