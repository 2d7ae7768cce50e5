/** Issue 17: the whole town's grade per pest and method (`GET /api/density/town`). */
export type {
	EditionChange,
	TownGradeResponse,
	TownPestJson
} from '../../../server/contract/density';

export function buildTownGradeUrl(from: string, to: string): string {
	return `/api/density/town?${new URLSearchParams({ from, to })}`;
}
