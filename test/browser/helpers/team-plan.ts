/** JSON requests as some signed-in user (`contextApi` or a dashboard session). */
export interface SignedInApi {
	get<T>(path: string): Promise<T>;
	post<T>(path: string, body: unknown): Promise<T>;
}

/**
 * Saves a one-team plan over three open blind spots through the API (as a planner or admin);
 * returns its team page.
 */
export async function saveTeamPlan(
	api: SignedInApi,
	team = 'team-1',
	name = '无障碍检查'
): Promise<string> {
	const spots = await api.get<{
		features: { properties: { id: string }; geometry: { coordinates: number[] } }[];
	}>('/api/layers/blindspots?status=reported');
	const stops = spots.features.slice(0, 3).map((f) => ({
		id: f.properties.id,
		lng: f.geometry.coordinates[0],
		lat: f.geometry.coordinates[1],
		serviceMin: 10
	}));
	const start = { lng: stops[0].lng, lat: stops[0].lat };
	const planned = await api.post<{ routes: unknown; unassigned: unknown }>('/api/routes/plan', {
		stops,
		teams: [{ id: team, start }]
	});
	const saved = await api.post<{ id: string }>('/api/routes', {
		name,
		// After every plan of the demo town (its campaigns' rounds run to the end of 2025), so the
		// team's sprayer signing in lands on this one, the newest.
		date: '2026-01-05',
		pest: 'mosquito',
		routes: planned.routes,
		unassigned: planned.unassigned
	});
	return `/routes/${encodeURIComponent(saved.id)}/teams/${encodeURIComponent(team)}`;
}
