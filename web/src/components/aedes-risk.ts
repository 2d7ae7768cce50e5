import {
	AEDES_RISK_BANDS,
	DENGUE_SEASON_MONTHS,
	type AedesRisk,
	type AedesRiskBand
} from '../../../server/contract/aedes-risk';

export type { AedesRisk, AedesRiskBand };

/** Chip colours of the Aedes risk bands: green, yellow, orange, red (text contrast ≥ 4.5). */
export const AEDES_RISK_COLORS: Record<AedesRiskBand, { fill: string; text: string }> = {
	safe: { fill: '#dff3e3', text: '#14592a' },
	transmission: { fill: '#fff0b3', text: '#5c4300' },
	outbreak: { fill: '#ffcf99', text: '#6e2c00' },
	epidemic: { fill: '#b3261e', text: '#ffffff' }
};

/** 0 safe … 3 epidemic; -1 without a band (sorts below safe). */
export function aedesSeverity(risk: AedesRisk | null | undefined): number {
	return risk ? AEDES_RISK_BANDS.indexOf(risk.band) : -1;
}

/**
 * Whether a period `from`–`to` (ISO dates) reaches into the dengue season (May–October,
 * DENGUE_SEASON_MONTHS), when the Aedes risk leads the zone panel.
 */
export function inDengueSeason(from: string | null, to: string | null): boolean {
	if (!from || !to) return false;
	const [y0, m0] = from.split('-').map(Number);
	const [y1, m1] = to.split('-').map(Number);
	for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, (m = 1)) : m++) {
		if (DENGUE_SEASON_MONTHS.includes(m)) return true;
	}
	return false;
}
