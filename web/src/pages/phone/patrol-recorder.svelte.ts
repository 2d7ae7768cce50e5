/**
 * The patrol being walked (issue 15 item 3): started and ended through the outbox, its GPS
 * track sampled from `watchPosition` at most every TRACK_SAMPLE_SECONDS (fixes worse than
 * MAX_TRACK_ACCURACY_M skipped) and queued in batches of POINTS_PER_BATCH. The patrol's id is
 * made on the phone, so a patrol started offline can queue its points before the server knows
 * it. Kept in localStorage, so a reload keeps recording the same patrol.
 */
import {
	MAX_TRACK_ACCURACY_M,
	TRACK_SAMPLE_SECONDS,
	type PatrolKind
} from '../../../../server/contract/patrols';
import type { OutboxItem } from './outbox';
import { shanghaiNow } from './tasks';

/** Track points per outbox item: a batch a minute at the sampling rate. */
export const POINTS_PER_BATCH = 4;

interface TrackPoint {
	seq: number;
	at: string;
	lng: number;
	lat: number;
	accuracy_m: number;
}

export interface ActivePatrol {
	id: string;
	kind: PatrolKind;
	startedAt: string;
	nextSeq: number;
	/** Points kept but not yet queued. */
	pending: TrackPoint[];
	/** Points kept in all (queued or pending). */
	kept: number;
	/** Date.now() of the last kept fix. */
	lastKeptMs: number;
}

type NewItem = Omit<OutboxItem, 'state' | 'attempts' | 'error' | 'photos' | 'order'>;
export type Queue = (item: NewItem) => Promise<unknown>;

const patrolItem = (path: string, body: unknown, label: string): NewItem => ({
	key: crypto.randomUUID(),
	kind: 'patrol',
	caseId: null,
	fields: {},
	path,
	json: JSON.stringify(body),
	label,
	madeAt: shanghaiNow()
});

export class PatrolRecorder {
	active = $state<ActivePatrol | null>(null);
	fix = $state<{ lng: number; lat: number; accuracy: number } | null>(null);
	gpsError = $state<string | null>(null);
	#watch: number | null = null;
	readonly #storageKey: string;

	constructor(
		username: string,
		private readonly queue: Queue,
		private readonly labels: { start: string; track: string; end: string }
	) {
		this.#storageKey = `sanimap-patrol:${username}`;
	}

	/** Picks up a patrol left recording (a reload, the phone locked). */
	restore() {
		try {
			const saved = localStorage.getItem(this.#storageKey);
			if (saved) this.active = JSON.parse(saved) as ActivePatrol;
		} catch {
			this.active = null;
		}
		if (this.active) this.#watchGps();
	}

	async start(kind: PatrolKind) {
		if (this.active) return;
		const startedAt = shanghaiNow();
		const id = `P${crypto.randomUUID()}`;
		this.active = { id, kind, startedAt, nextSeq: 1, pending: [], kept: 0, lastKeptMs: 0 };
		this.#save();
		await this.queue(
			patrolItem('/api/patrols', { kind, id, started_at: startedAt }, this.labels.start)
		);
		this.#watchGps();
		if (this.fix) this.#keep(this.fix);
	}

	async end() {
		const patrol = this.active;
		if (!patrol) return;
		const last = await this.#currentFix();
		if (last) this.#keep(last, true);
		await this.#flush();
		this.#stopGps();
		this.active = null;
		localStorage.removeItem(this.#storageKey);
		await this.queue(
			patrolItem(
				`/api/patrols/${encodeURIComponent(patrol.id)}/end`,
				{ ended_at: shanghaiNow() },
				this.labels.end
			)
		);
	}

	stop() {
		this.#stopGps();
	}

	#watchGps() {
		if (this.#watch !== null || !('geolocation' in navigator)) return;
		this.#watch = navigator.geolocation.watchPosition(
			(p) => {
				this.gpsError = null;
				const fix = {
					lng: p.coords.longitude,
					lat: p.coords.latitude,
					accuracy: p.coords.accuracy
				};
				this.fix = fix;
				this.#keep(fix);
			},
			(e) => (this.gpsError = e.message),
			{ enableHighAccuracy: true, maximumAge: 5_000 }
		);
	}

	#stopGps() {
		if (this.#watch !== null) navigator.geolocation.clearWatch(this.#watch);
		this.#watch = null;
	}

	#currentFix(): Promise<{ lng: number; lat: number; accuracy: number } | null> {
		if (!('geolocation' in navigator)) return Promise.resolve(this.fix);
		return new Promise((resolve) =>
			navigator.geolocation.getCurrentPosition(
				(p) =>
					resolve({ lng: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy }),
				() => resolve(this.fix),
				{ enableHighAccuracy: true, timeout: 5_000, maximumAge: 0 }
			)
		);
	}

	/** Keeps a fix when the sampling interval has passed (always the last one, on 结束). */
	#keep(fix: { lng: number; lat: number; accuracy: number }, last = false) {
		const patrol = this.active;
		if (!patrol || fix.accuracy > MAX_TRACK_ACCURACY_M) return;
		const now = Date.now();
		if (!last && patrol.lastKeptMs && now - patrol.lastKeptMs < TRACK_SAMPLE_SECONDS * 1000) return;
		const point: TrackPoint = {
			seq: patrol.nextSeq,
			at: shanghaiNow(),
			lng: Number(fix.lng.toFixed(6)),
			lat: Number(fix.lat.toFixed(6)),
			accuracy_m: Math.round(fix.accuracy * 10) / 10
		};
		this.active = {
			...patrol,
			nextSeq: patrol.nextSeq + 1,
			pending: [...patrol.pending, point],
			kept: patrol.kept + 1,
			lastKeptMs: now
		};
		this.#save();
		if (this.active.pending.length >= POINTS_PER_BATCH) void this.#flush();
	}

	async #flush() {
		const patrol = this.active;
		if (!patrol || !patrol.pending.length) return;
		this.active = { ...patrol, pending: [] };
		this.#save();
		await this.queue(
			patrolItem(
				`/api/patrols/${encodeURIComponent(patrol.id)}/points`,
				{ points: patrol.pending },
				this.labels.track
			)
		);
	}

	#save() {
		try {
			if (this.active) localStorage.setItem(this.#storageKey, JSON.stringify(this.active));
		} catch {
			// Storage full or blocked: the patrol still records for this page's life.
		}
	}
}
