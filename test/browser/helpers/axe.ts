import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** One axe-core violation as a test reports it: rule, impact and the first few elements. */
export interface AxeFinding {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/** Moderate rules kept as well: content outside landmarks, two landmarks of one name. */
const LANDMARK_RULES = ['region', 'landmark-unique'];

/**
 * Runs axe-core on the page and returns the serious and critical violations, and those of the
 * landmark rules. The source is evaluated through the DevTools protocol, which the app's CSP
 * (`script-src 'self'`) allows, unlike an injected script tag.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (landmarkRules) => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations
			.filter(
				(v) => v.impact === 'serious' || v.impact === 'critical' || landmarkRules.includes(v.id)
			)
			.map((v) => ({
				id: v.id,
				impact: v.impact ?? null,
				help: v.help,
				targets: v.nodes.slice(0, 6).map((n) => n.target.join(' '))
			}));
	}, LANDMARK_RULES);
}
