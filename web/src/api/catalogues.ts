export type {
	BlindSpotCategory,
	CataloguesResponse as Catalogues,
	ControlThreshold,
	SurveyMethod
} from '../../../server/contract/catalogues';
