import type { SprayTask } from '../../api/spray-plan-client';
import type { MessageKey } from '../../i18n';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** When a team's day starts; ETAs are this clock time plus the plan's `arriveMin`. */
export const DAY_START = '08:00';

/** Clock time `HH:mm` reached `minutes` after `dayStart` (`HH:mm`), wrapping at midnight. */
export function formatEta(minutes: number, dayStart = DAY_START): string {
	const [h, m] = dayStart.split(':').map(Number);
	const total = (Math.round(h * 60 + m + minutes) + 24 * 60) % (24 * 60);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** Metres as kilometres with one decimal (`2.3`), or metres under one kilometre (`850 m`). */
export function formatDistance(metres: number): string {
	return metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(1)} km`;
}

/** What the team page reads of a saved stop to say what it is and what to do there. */
export interface StopFacts {
	kind: string | null;
	categoryName: { nameZh: string; nameEn: string } | null;
	pest: string | null;
	task: SprayTask | null;
}

const KINDS = [
	'blind_spot',
	'garbage_station',
	'water_body',
	'market',
	'toilet',
	'restaurant',
	'survey_site',
	'hotspot',
	// Issue 17 lane D.
	'facility',
	'standing_target'
];

/**
 * What a stop is, as a clerk says it: a report's category (积水（蚊孳生）), else the kind of
 * place, with the pest for a failing survey site.
 */
export function stopTitle(stop: StopFacts, lang: string, t: Translate): string {
	if (stop.categoryName) return lang === 'en' ? stop.categoryName.nameEn : stop.categoryName.nameZh;
	const kind = t(
		`team.kind.${KINDS.includes(stop.kind ?? '') ? stop.kind : 'other'}` as MessageKey
	);
	return stop.kind === 'survey_site' && stop.pest
		? t('team.kindPest', { kind, pest: t(`pest.${stop.pest}` as MessageKey) })
		: kind;
}

/** The task and its chemical in the reader's language; the generic task when none is known. */
export function stopTask(stop: StopFacts, lang: string) {
	const task = stop.task;
	if (!task) return null;
	const en = lang === 'en';
	return {
		name: en ? task.nameEn : task.nameZh,
		chemical: en ? task.chemicalEn : task.chemicalZh,
		amount: task.amount,
		unit: task.unit
	};
}

/** Why the solver left a stop out, as a message key; unknown reasons get a generic text. */
export function reasonKey(reason: string): MessageKey {
	// Issue 18: capacity now means chemical too, and stops have opening hours.
	if (reason === 'capacity' || reason === 'time_window') return `scale.routes.reason.${reason}`;
	const known = ['exceeds_max_minutes', 'unreachable'];
	return `plans.reason.${known.includes(reason) ? reason : 'other'}` as MessageKey;
}

/**
 * Route colours, one per team in order: distinct on the light basemap and for the common
 * colour-vision deficiencies (Okabe–Ito), none close to the grey candidate stops.
 */
export const ROUTE_COLORS = [
	'#d55e00',
	'#0072b2',
	'#009e73',
	'#cc79a7',
	'#e69f00',
	'#56b4e9',
	'#7a5195',
	'#2f4b7c'
] as const;

export function routeColor(index: number): string {
	return ROUTE_COLORS[((index % ROUTE_COLORS.length) + ROUTE_COLORS.length) % ROUTE_COLORS.length];
}

export interface ProgressCounts {
	done: number;
	skipped: number;
	pending: number;
	total: number;
	/** Share of stops dealt with (done or skipped), 0–1. */
	share: number;
}

export function countStops(stops: readonly { status: string }[]): ProgressCounts {
	const done = stops.filter((s) => s.status === 'done').length;
	const skipped = stops.filter((s) => s.status === 'skipped').length;
	const total = stops.length;
	return {
		done,
		skipped,
		pending: total - done - skipped,
		total,
		share: total ? (done + skipped) / total : 0
	};
}

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The planner's team ids are `team-1`, `team-2` …; others are shown as they are. */
export function teamNumber(teamId: string): number | null {
	const match = /^team-(\d+)$/.exec(teamId);
	return match ? Number(match[1]) : null;
}

/** `消杀一队` / `Team 1`; the numeral is Chinese up to ten. */
export function teamName(
	teamId: string,
	lang: string,
	t: (key: MessageKey, params?: Record<string, string | number>) => string
): string {
	const n = teamNumber(teamId);
	if (n === null) return teamId;
	const numeral = lang === 'en' || n > 10 ? String(n) : ZH_NUMERALS[n - 1];
	return t('plans.teamName', { n: numeral });
}
