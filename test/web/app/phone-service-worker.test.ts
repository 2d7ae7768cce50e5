import { describe, expect, it } from 'vitest';
import { offlineFiles, serviceWorkerSource } from '../../../scripts/phone-service-worker';

const chunk = (
	fileName: string,
	more: { entry?: boolean; facade?: string; imports?: string[]; lazy?: string[]; css?: string[] }
) => ({
	type: 'chunk',
	fileName,
	isEntry: more.entry ?? false,
	facadeModuleId: more.facade ?? null,
	imports: more.imports ?? [],
	dynamicImports: more.lazy ?? [],
	viteMetadata: { importedCss: new Set(more.css ?? []), importedAssets: new Set<string>() }
});

describe('the phone service worker (built sw.js)', () => {
	it('keeps the entry and the /m and /report pages with what they import, not other pages', () => {
		const bundle = Object.fromEntries(
			[
				chunk('assets/index-A.js', {
					entry: true,
					imports: ['assets/shared-B.js'],
					lazy: ['assets/PhonePage-C.js', 'assets/ComparePage-D.js', 'assets/ReportPage-F.js'],
					css: ['assets/index-A.css']
				}),
				chunk('assets/shared-B.js', {}),
				chunk('assets/PhonePage-C.js', {
					facade: '/w/web/src/pages/phone/PhonePage.svelte',
					imports: ['assets/maplibre-E.js'],
					css: ['assets/PhonePage-C.css']
				}),
				chunk('assets/ComparePage-D.js', { facade: '/w/web/src/pages/compare/ComparePage.svelte' }),
				chunk('assets/maplibre-E.js', {}),
				chunk('assets/ReportPage-F.js', { facade: '/w/web/src/pages/public/ReportPage.svelte' }),
				{ type: 'asset', fileName: 'assets/index-A.css' },
				{ type: 'asset', fileName: 'assets/PhonePage-C.css' }
			].map((o) => [o.fileName, o])
		);
		expect(offlineFiles(bundle)).toEqual([
			'/assets/PhonePage-C.css',
			'/assets/PhonePage-C.js',
			'/assets/ReportPage-F.js',
			'/assets/index-A.css',
			'/assets/index-A.js',
			'/assets/maplibre-E.js',
			'/assets/shared-B.js'
		]);
	});

	it('is valid JavaScript with a cache named after the build, and leaves /api alone', () => {
		const source = serviceWorkerSource('abc123def456', ['/assets/index-A.js']);
		expect(() => new Function(source)).not.toThrow();
		expect(source).toContain("const CACHE = 'sanimap-phone-abc123def456';");
		expect(source).toContain('const PRECACHE = ["/assets/index-A.js"];');
		const apiRule = /if \((\/.*\/)\.test\(url\.pathname\)\) return;/.exec(source)?.[1];
		const api = new Function(`return ${apiRule}`)() as RegExp;
		expect(['/api/cases', '/api', '/ogc/collections'].every((p) => api.test(p))).toBe(true);
		expect(api.test('/m')).toBe(false);
		const pages = new Function(
			`${/const OFFLINE_PAGES = .*;/.exec(source)?.[0]} return OFFLINE_PAGES;`
		)() as RegExp;
		expect(['/m', '/m/', '/report', '/report/status'].every((p) => pages.test(p))).toBe(true);
		expect(['/map', '/cases', '/', '/reports-admin'].some((p) => pages.test(p))).toBe(false);
	});
});
