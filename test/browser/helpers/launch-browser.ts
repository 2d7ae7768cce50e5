import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium with WebGL2 through SwiftShader (toolchain.md §6). Never add
 * `--disable-software-rasterizer`: the map then refuses to start. Date inputs read 年/月/日, as
 * in a Chinese user's browser, only with Debian's `chromium-l10n` (zh-CN.pak) installed: on
 * Linux Chromium takes its UI locale from `LANGUAGE`, not `--lang` (kept for other platforms),
 * and falls back to en-US (mm/dd/yyyy) without the pak. Contexts also pass `locale: 'zh-CN'`.
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		env: { ...process.env, LANGUAGE: 'zh_CN' },
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
