/** Aedes risk bands: zod-free, so the web imports them as values without bundling zod. */
/** Dengue (Aedes) risk bands of the BI and MOI, best first (domain.md §2). */
export const AEDES_RISK_BANDS = ['safe', 'transmission', 'outbreak', 'epidemic'] as const;
export type AedesRiskBand = (typeof AEDES_RISK_BANDS)[number];
/** The methods whose index has risk bands: Breteau index and mosquito ovitrap index. */
export const AEDES_INDEX_METHODS = ['mosquito.breteau', 'mosquito.ovitrap'] as const;
/**
 * Months of the dengue season, when the Aedes risk leads the zone panel: May–October, the
 * months every mosquito surveillance season of domain.md §3 holds (docs/decisions.md).
 */
export const DENGUE_SEASON_MONTHS: readonly number[] = [5, 6, 7, 8, 9, 10];

export interface AedesRisk {
	/** The worse band of the indices below. */
	band: AedesRiskBand;
	indices: { method: string; value: number; band: AedesRiskBand }[];
}
