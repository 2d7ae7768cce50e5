/**
 * Weekly Aedes surveys of the dengue season (issue 17 part 7): in every community and village,
 * each ISO week from May to November of 2024 and 2025, a Breteau survey (households) on one or
 * two residential streets, a container count at the first street (the same positive containers
 * over the water-holding containers seen) and an ovitrap round (MOI). One community's street
 * rises into the outbreak band in late summer 2025 and stays above BI 10 to November, so the
 * dengue view has high-BI streets and targets on its default (latest) week. Villages skip a
 * week now and then; the first village misses the season's last week (missed cadence).
 * Pure and deterministic; ids `DG00001`…, sites `AE01a`….
 */
import type { SurveyRecord } from '../../contract/records';
import type { Rng } from '../../domain/random/seeded-random';
import { dayOf, isoDate, partsOf } from '../calendar';
import { toLngLat, type XY } from '../frame';
import { pointAlong } from '../geometry';
import type { Segment } from '../streets';
import type { Town } from '../town';
import { zoneCentroid, zoneContains, type Zone } from '../zones';

export const DENGUE_YEARS = [2024, 2025] as const;
/** Weekly rounds run from the first Monday in May to the last Monday in November. */
const SEASON = { fromMonth: 5, toMonth: 11 };
const VILLAGE_SKIP = 0.08;
/** Day of year of the Aedes peak (early September in the Pearl River Delta) and its spread. */
const PEAK_DOY = 245;
const PEAK_SPREAD = 45;

interface DengueSite {
	id: string;
	at: XY;
	community: Zone;
	method: 'mosquito.breteau' | 'mosquito.ovitrap';
	/** The street's share of the community's surge (1 first street, 0.5 second, 0 ovitrap base). */
	surge: number;
}

/** Mondays of the season weeks of one year. */
function seasonMondays(year: number): number[] {
	const out: number[] = [];
	for (let d = dayOf(year, SEASON.fromMonth, 1); partsOf(d).month <= SEASON.toMonth; d++) {
		if (partsOf(d).weekday === 1) out.push(d);
	}
	return out;
}

function streetsOf(community: Zone, segments: readonly Segment[]): Segment[] {
	const inside = segments.filter(
		(s) => s.grade >= 2 && zoneContains(community.geometry, pointAlong(s.line, 0.5).at)
	);
	const seen = new Set<string>();
	return inside.filter((s) => !seen.has(s.roadId) && seen.add(s.roadId));
}

/** A point 8 m beside a street's middle, so the loader snaps it to that street. */
function beside(s: Segment, t: number): XY {
	const { at, normal } = pointAlong(s.line, t);
	return [at[0] + normal[0] * 8, at[1] + normal[1] * 8];
}

function placeDengueSites(rng: Rng, town: Town): DengueSite[] {
	const sites: DengueSite[] = [];
	const zones = [...town.communities].sort((a, b) => (a.id < b.id ? -1 : 1));
	zones.forEach((community, k) => {
		// Only streets whose roadside point lies in the community, so the loader files it there.
		const inside = (s: Segment, t: number) => zoneContains(community.geometry, beside(s, t));
		const streets = rng
			.shuffle(streetsOf(community, town.net.segments))
			.filter((s) => inside(s, 0.5));
		const wanted = community.kind === 'community' ? 2 : 1;
		const code = `AE${String(k + 1).padStart(2, '0')}`;
		streets.slice(0, wanted).forEach((s, j) =>
			sites.push({
				id: `${code}${'ab'[j]}`,
				at: beside(s, 0.5),
				community,
				method: 'mosquito.breteau',
				surge: j === 0 ? 1 : 0.5
			})
		);
		const spare = streets.slice(wanted).find((s) => inside(s, 0.3));
		const ovitrapAt = spare ? beside(spare, 0.3) : zoneCentroid(community.geometry);
		sites.push({
			id: `${code}o`,
			at: ovitrapAt,
			community,
			method: 'mosquito.ovitrap',
			surge: 0.7
		});
	});
	return sites;
}

/** Seasonal shape 0…1, peaking in early September. */
function seasonal(day: number): number {
	const doy = day - dayOf(partsOf(day).year, 1, 1);
	return Math.exp(-(((doy - PEAK_DOY) / PEAK_SPREAD) ** 2));
}

/** The outbreak community's extra index: rising from late July 2025, easing a little by November. */
function surge(day: number): number {
	if (partsOf(day).year !== 2025) return 0;
	const doy = day - dayOf(2025, 1, 1);
	const rise = 20 / (1 + Math.exp(-(doy - 228) / 7));
	return rise * (1 - 0.2 * Math.min(1, Math.max(0, (doy - 290) / 40)));
}

export function simulateDengueSurveys(rng: Rng, town: Town): SurveyRecord[] {
	const sites = placeDengueSites(rng.fork('sites'), town);
	const communities = [...new Set(sites.map((s) => s.community))];
	const outbreak = communities.find(
		(c) => c.kind === 'community' && sites.some((s) => s.community === c && s.id.endsWith('b'))
	);
	const firstVillage = communities.find((c) => c.kind === 'village');
	const level = new Map(communities.map((c) => [c.id, rng.range(0.5, 2.5)]));
	const weekday = new Map(communities.map((c) => [c.id, rng.int(1, 3)]));
	const draw = rng.fork('counts');
	const out: Omit<SurveyRecord, 'id'>[] = [];
	for (const year of DENGUE_YEARS) {
		const mondays = seasonMondays(year);
		mondays.forEach((monday, w) => {
			for (const c of communities) {
				const last = year === 2025 && w === mondays.length - 1;
				if (c.kind === 'village' && (draw.chance(VILLAGE_SKIP) || (last && c === firstVillage)))
					continue;
				const day = monday + weekday.get(c.id)!;
				const date = isoDate(day);
				const base = level.get(c.id)! + 5 * seasonal(day);
				for (const s of sites.filter((x) => x.community === c)) {
					const index = base + (c === outbreak ? s.surge * surge(day) : 0);
					const [lng, lat] = toLngLat(s.at);
					const common = {
						pest: 'mosquito' as const,
						siteId: s.id,
						habitat: '居民区',
						surveyedAt: date,
						count2: null,
						lng,
						lat
					};
					if (s.method === 'mosquito.ovitrap') {
						const effort = draw.int(44, 50);
						const count = draw.binomial(effort, Math.min(0.9, index / 100));
						out.push({ ...common, method: s.method, count, effort });
						continue;
					}
					const households = draw.int(60, 100);
					const positive = draw.poisson((index / 100) * households);
					out.push({ ...common, method: s.method, count: positive, effort: households });
					if (s.id.endsWith('a')) {
						const containers = Math.max(positive, draw.int(90, 160));
						out.push({
							...common,
							method: 'mosquito.container',
							count: positive,
							effort: containers
						});
					}
				}
			}
		});
	}
	return out
		.sort((a, b) =>
			a.surveyedAt < b.surveyedAt
				? -1
				: a.surveyedAt > b.surveyedAt
					? 1
					: a.siteId < b.siteId
						? -1
						: a.siteId > b.siteId
							? 1
							: a.method < b.method
								? -1
								: 1
		)
		.map((s, k) => ({ id: `DG${String(k + 1).padStart(5, '0')}`, ...s }));
}
