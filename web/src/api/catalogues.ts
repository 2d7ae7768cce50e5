import type { BlindSpotCategory } from '../../../server/domain/catalogues/blind-spot-categories';
import type { SurveyMethod } from '../../../server/domain/catalogues/survey-methods';

export type { BlindSpotCategory, SurveyMethod };

/** `GET /api/catalogues`: the code tables the map colours and names come from. */
export interface Catalogues {
	surveyMethods: SurveyMethod[];
	blindSpotCategories: BlindSpotCategory[];
}
