import type { AedesRiskBand } from '../../../../server/contract/aedes-risk';
import type { DengueIndex } from '../../../../server/contract/dengue';

/** Map colours of the Aedes risk bands (as the chips), and grey for a community without data. */
export const BAND_RGB: Record<AedesRiskBand | 'none', [number, number, number]> = {
	safe: [120, 190, 130],
	transmission: [240, 200, 40],
	outbreak: [245, 140, 40],
	epidemic: [179, 38, 30],
	none: [170, 170, 170]
};
/** A street with BI ≥ 10 and a target on the map. */
export const ROAD_RGB: [number, number, number] = [150, 0, 120];
export const TARGET_RGB: [number, number, number] = [20, 90, 200];

export const rgb = ([r, g, b]: [number, number, number]) => `rgb(${r}, ${g}, ${b})`;

/** An index as a clerk writes it: one decimal. */
export function indexText(index: DengueIndex | null, lang: string): string | null {
	if (!index || index.value === null) return null;
	return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
		index.value
	);
}

/** The `/routes` link that opens the planner on the week's dengue targets. */
export function planLink(week: string, lang: string, defaultLang: string): string {
	const q = new URLSearchParams({ source: 'dengue', week });
	if (lang !== defaultLang) q.set('lang', lang);
	return `/routes?${q}`;
}
