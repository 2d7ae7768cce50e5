import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium with WebGL2 through SwiftShader (toolchain.md §6). Never add
 * `--disable-software-rasterizer`: the map then refuses to start.
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: [
			'--use-angle=swiftshader',
			'--enable-unsafe-swiftshader',
			'--ignore-gpu-blocklist',
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}
