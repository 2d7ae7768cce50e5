import type { LineString } from 'geojson';

/** What the route exports read of a saved route (services/spray-plan-store.ts gives more). */
export type ExportRouteStop = {
	id: string;
	seq: number;
	lng: number;
	lat: number;
	serviceMin: number;
	arriveMin: number;
	legM: number;
	roadName: string | null;
	offNetwork: boolean;
	legStraight: boolean;
	status: 'pending' | 'done' | 'skipped';
	note: string | null;
};

export interface ExportRoute {
	teamId: string;
	distanceM: number;
	durationMin: number;
	geometry: LineString | null;
	stops: ExportRouteStop[];
}

/** Clock time `HH:mm` reached `minutes` after a day that starts at `dayStart` (`HH:mm`). */
export function formatClock(dayStart: string, minutes: number): string {
	const [h, m] = dayStart.split(':').map(Number);
	const total = Math.round(h * 60 + m + minutes);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${p(Math.floor(total / 60) % 24)}:${p(total % 60)}`;
}
