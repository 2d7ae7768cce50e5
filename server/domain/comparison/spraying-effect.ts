/**
 * Spraying effect of domain.md §3: density decline % = (pre − post) / pre × 100 and the
 * relative population index RPI = (control_pre × treated_post) / (control_post × treated_pre)
 * × 100 against unsprayed control zones.
 */
import type { SprayVerdict } from '../../contract/comparison';

export const EFFECTIVE_RPI_BELOW = 20;
/** Our own line (docs/decisions.md): at or above 80 the treated zones fell no more than 20 %
 * beyond the controls, which a clerk should not call an effect. */
export const NO_EFFECT_RPI_FROM = 80;

export type { SprayVerdict };

export function declinePct(pre: number | null, post: number | null): number | null {
	if (pre === null || post === null || pre === 0) return null;
	return ((pre - post) / pre) * 100;
}

export function relativePopulationIndex(
	treatedPre: number | null,
	treatedPost: number | null,
	controlPre: number | null,
	controlPost: number | null
): number | null {
	if ([treatedPre, treatedPost, controlPre, controlPost].some((x) => x === null)) return null;
	const denominator = controlPost! * treatedPre!;
	if (denominator === 0) return null;
	return ((controlPre! * treatedPost!) / denominator) * 100;
}

export function judgeSpraying(rpi: number | null): SprayVerdict {
	if (rpi === null) return 'insufficient_data';
	if (rpi < EFFECTIVE_RPI_BELOW) return 'effective';
	return rpi < NO_EFFECT_RPI_FROM ? 'partial' : 'no_effect';
}
