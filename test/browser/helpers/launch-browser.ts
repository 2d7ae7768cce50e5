import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium with WebGL2 through SwiftShader (toolchain.md §6). Never add
 * `--disable-software-rasterizer`: the map then refuses to start. `--lang=zh-CN` plus a
 * context `locale: 'zh-CN'` make date inputs read 年/月/日, as in a Chinese user's browser.
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: [
			'--use-angle=swiftshader',
			'--enable-unsafe-swiftshader',
			'--ignore-gpu-blocklist',
			'--lang=zh-CN',
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}
