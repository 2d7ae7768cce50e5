/**
 * The demo town's registry (issue 15 items 1 and 7): a responsible person for every grid,
 * the key area and every key road (their 2024–2025 cleaning contracts, one changed in
 * November 2024: assessment/story.ts), and the 门前三包 责任书 of every unit that signed.
 */
import type { PledgeType, ResponsibilityTarget } from '../../contract/responsibility';
import type { RoadSegmentRecord, ZoneRecord } from '../../contract/records';
import type { Rng } from '../../domain/random/seeded-random';
import type { DemoUnit } from './ledger';
import { CLEANING_CONTRACTORS, demoPhone, personName } from './names';
import { CONTRACTOR_CHANGE, KEY_ROAD_CONTRACT } from '../assessment/story';

export interface DemoResponsibility {
	targetKind: ResponsibilityTarget;
	targetId: string;
	person: string;
	username: string | null;
	phone: string;
	unit: string | null;
	pledgeType: PledgeType;
	signedOn: string;
	termFrom: string;
	termTo: string;
	targetOnTimePct: number | null;
	targetScore: number | null;
	validFrom: string;
	validTo: string | null;
}

const YEAR = { signedOn: '2025-01-06', termFrom: '2025-01-01', termTo: '2025-12-31' };
/** Grids whose person changed at the new year: the registry keeps the 2024 row as history. */
const CHANGED_SHARE = 0.1;

export function planResponsibilities(input: {
	zones: readonly ZoneRecord[];
	roads: readonly RoadSegmentRecord[];
	units: readonly DemoUnit[];
	/** The grid the demo grid worker's account holds. */
	demoGrid: string | null;
	rng: Rng;
}): DemoResponsibility[] {
	const { zones, roads, units, rng } = input;
	const out: DemoResponsibility[] = [];
	const names = new Map(zones.map((z) => [z.id, z.name]));
	for (const z of [...zones].sort((a, b) => a.id.localeCompare(b.id))) {
		if (z.kind !== 'grid' && z.kind !== 'key_area') continue;
		const parent = z.parentId ? (names.get(z.parentId) ?? '') : '';
		const unit =
			z.kind === 'key_area'
				? '安澜镇城市管理办公室'
				: `${parent}${parent.endsWith('村') ? '村委会' : '居委会'}`;
		const current = {
			targetKind: 'zone' as const,
			targetId: z.id,
			person: personName(rng),
			username: z.id === input.demoGrid ? 'demo-grid' : null,
			phone: demoPhone(rng),
			unit,
			pledgeType: 'target' as const,
			...YEAR,
			targetOnTimePct: 95,
			targetScore: 90,
			validFrom: '2025-01-01T00:00:00',
			validTo: null,
			// The town office has held the key area since the 环卫考核 demo's first year.
			...(z.kind === 'key_area' ? KEY_ROAD_CONTRACT : {})
		};
		if (z.kind === 'grid' && rng.chance(CHANGED_SHARE))
			out.push({
				...current,
				person: personName(rng),
				username: null,
				phone: demoPhone(rng),
				signedOn: '2024-01-08',
				termFrom: '2024-01-01',
				termTo: '2024-12-31',
				validFrom: '2024-01-01T00:00:00',
				validTo: '2025-01-01T00:00:00'
			});
		out.push(current);
	}
	// Key-road cleaning contracts run 2024–2025 (the 环卫考核 demo inspects both years); one
	// road changed contractor in November 2024 and keeps the ended contract as history.
	const keyRoads = [
		...new Map(roads.filter((r) => r.keyGroup).map((r) => [r.roadId, r.name])).entries()
	].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	const change = rng.fork('contractor-change');
	keyRoads.forEach(([roadId, name], i) => {
		const contract = {
			targetKind: 'road' as const,
			targetId: roadId,
			person: personName(rng),
			username: null,
			phone: demoPhone(rng),
			unit: CLEANING_CONTRACTORS[i % CLEANING_CONTRACTORS.length],
			pledgeType: 'cleaning_contract' as const,
			signedOn: KEY_ROAD_CONTRACT.signedOn,
			termFrom: KEY_ROAD_CONTRACT.termFrom,
			termTo: KEY_ROAD_CONTRACT.termTo,
			targetOnTimePct: 95,
			targetScore: 90,
			validFrom: KEY_ROAD_CONTRACT.validFrom,
			validTo: null
		};
		if (name !== CONTRACTOR_CHANGE.roadName) out.push(contract);
		else
			out.push(
				{
					...contract,
					person: personName(change),
					phone: demoPhone(change),
					unit: CONTRACTOR_CHANGE.oldUnit,
					validTo: CONTRACTOR_CHANGE.at
				},
				{
					...contract,
					signedOn: '2024-10-25',
					termFrom: CONTRACTOR_CHANGE.at.slice(0, 10),
					validFrom: CONTRACTOR_CHANGE.at
				}
			);
	});
	for (const u of units) {
		if (!u.agreementSigned || !u.agreementSignedOn) continue;
		out.push({
			targetKind: 'frontage',
			targetId: u.id,
			person: u.contactName,
			username: null,
			phone: u.contactPhone,
			unit: u.name,
			pledgeType: 'frontage',
			signedOn: u.agreementSignedOn,
			termFrom: u.agreementSignedOn,
			// A 责任书 runs to the end of the year after next.
			termTo: `${Number(u.agreementSignedOn.slice(0, 4)) + 2}-12-31`,
			targetOnTimePct: null,
			targetScore: null,
			validFrom: `${u.agreementSignedOn}T09:00:00`,
			validTo: null
		});
	}
	return out;
}
