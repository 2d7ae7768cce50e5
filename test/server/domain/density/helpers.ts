import { CONTROL_THRESHOLDS } from '../../../../server/domain/catalogues/control-thresholds';
import { SURVEY_METHODS } from '../../../../server/domain/catalogues/survey-methods';
import type { DensityCatalogue } from '../../../../server/domain/density/assess-pests';

/** The shipped catalogues, as the density API reads them from the database. */
export const SHIPPED_CATALOGUE: DensityCatalogue = Object.freeze({
	methods: new Map(SURVEY_METHODS.map((m) => [m.code, m])),
	thresholds: CONTROL_THRESHOLDS
});
