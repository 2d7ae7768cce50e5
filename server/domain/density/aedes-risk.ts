/**
 * Dengue (Aedes) risk from the Breteau index or the mosquito ovitrap index (domain.md §2):
 * below 5 safe, 5–10 risk of transmission, 10–20 risk of an outbreak, above 20 risk of an
 * epidemic. A shared bound goes to the higher band (5 and 10 start theirs), except 20, which
 * §2 leaves to the outbreak band ("above 20"); docs/decisions.md.
 */
import type { AedesRisk, AedesRiskBand, IndicatorJson } from '../../contract/density';
import { AEDES_INDEX_METHODS } from '../../contract/density';

/** Float slack at a bound, as grading uses (docs/decisions.md). */
const EPS = 1e-9;

export function aedesRiskBand(value: number): AedesRiskBand {
	if (value < 5 - EPS) return 'safe';
	if (value < 10 - EPS) return 'transmission';
	return value <= 20 + EPS ? 'outbreak' : 'epidemic';
}

const ORDER: readonly AedesRiskBand[] = ['safe', 'transmission', 'outbreak', 'epidemic'];

/** The worse band of the unit's BI and MOI; null when it has neither. */
export function assessAedesRisk(indicators: readonly IndicatorJson[]): AedesRisk | null {
	const indices = indicators
		.filter((i) => (AEDES_INDEX_METHODS as readonly string[]).includes(i.method))
		.filter((i): i is IndicatorJson & { value: number } => i.value !== null)
		.map((i) => ({ method: i.method, value: i.value, band: aedesRiskBand(i.value) }));
	if (!indices.length) return null;
	const band = indices.reduce<AedesRiskBand>(
		(worst, i) => (ORDER.indexOf(i.band) > ORDER.indexOf(worst) ? i.band : worst),
		'safe'
	);
	return { band, indices };
}
