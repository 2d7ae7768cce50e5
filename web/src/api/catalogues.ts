import type { BlindSpotCategory } from '../../../server/domain/catalogues/blind-spot-categories';
import type { ControlThreshold } from '../../../server/domain/catalogues/control-thresholds';
import type { SurveyMethod } from '../../../server/domain/catalogues/survey-methods';

export type { BlindSpotCategory, ControlThreshold, SurveyMethod };

/** `GET /api/catalogues`: the code tables the map colours and names come from. */
export interface Catalogues {
	surveyMethods: SurveyMethod[];
	blindSpotCategories: BlindSpotCategory[];
	/** Active A/B/C limits per method (domain.md §2), shown in the zone panel and chart. */
	controlThresholds: ControlThreshold[];
}
