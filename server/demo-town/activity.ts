/** What happens in the town over 2023–2025: spray campaigns, surveys and blind-spot reports. */
import type { BlindSpotRecord, SprayEventRecord, SurveyRecord } from '../contract/records';
import { simulateBlindSpots } from './blind-spots';
import type { PlantedChanges } from './planted';
import type { Rng } from '../domain/random/seeded-random';
import { compareText as cmp, sprayRecord } from './records';
import { placeSites } from './sites';
import { drawZoneFactors, siteFactors } from './spatial-factor';
import { planSprayEvents } from './spraying';
import { simulateSurveys } from './surveys';
import type { Town } from './town';

export interface Activity {
	blindSpots: BlindSpotRecord[];
	surveys: SurveyRecord[];
	sprayEvents: SprayEventRecord[];
}

const numbered = (prefix: string, width: number) => (k: number) =>
	`${prefix}${String(k + 1).padStart(width, '0')}`;

export function simulateActivity(rng: Rng, town: Town, planted: PlantedChanges): Activity {
	const kind = (k: string) => town.pois.filter((p) => p.kind === k);
	const events = planSprayEvents(town.communities, rng.fork('spraying')).sort(
		(a, b) =>
			a.day - b.day || a.startMinute - b.startMinute || cmp(a.team, b.team) || cmp(a.pest, b.pest)
	);
	const sites = placeSites(rng.fork('sites'), {
		pois: town.pois,
		communities: town.communities,
		segments: town.net.segments,
		onLand: town.onLand,
		plantedConstructionId: planted.constructionId
	});
	const zoneFactors = drawZoneFactors(town.communities, rng.fork('zone-factors'));
	const factors = new Map(
		sites.map((s) => [s.id, siteFactors(s, town.pois, town.water, zoneFactors.get(s.communityId)!)])
	);
	const surveyId = numbered('SV', 5);
	const surveys = simulateSurveys(rng.fork('surveys'), { sites, factors, events, planted })
		.sort(
			(a, b) =>
				cmp(a.surveyedAt, b.surveyedAt) || cmp(a.siteId, b.siteId) || cmp(a.method, b.method)
		)
		.map((s, k) => ({ id: surveyId(k), ...s }));
	const blindId = numbered('B', 5);
	const segments = town.net.segments;
	const blindSpots = simulateBlindSpots(rng.fork('blind-spots'), {
		ctx: {
			markets: kind('market'),
			stations: kind('garbage_station'),
			constructions: kind('construction').filter((p) => p.id !== planted.constructionId),
			ponds: kind('water_body').slice(1),
			lanes: segments.filter((s) => s.grade === 4),
			roads: segments,
			riverLine: town.water.riverLine,
			onLand: town.onLand
		},
		communities: town.communities,
		planted,
		plantedSite: town.pois.find((p) => p.id === planted.constructionId)!
	})
		.map((d, seq) => ({ d, seq }))
		.sort((a, b) => a.d.minute - b.d.minute || a.seq - b.seq)
		.map(({ d }, k) => {
			const { minute: _minute, ...record } = d;
			return { id: blindId(k), ...record };
		});
	return { blindSpots, surveys, sprayEvents: events.map(sprayRecord) };
}
