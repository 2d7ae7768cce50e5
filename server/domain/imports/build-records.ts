import type { ImportRecord, ImportRecords, Origin } from '../../contract/import-results';
import type { CaseStatus } from '../../contract/case-states';
import type { Pest, PoiKind, RoadSegmentRecord, ZoneKind } from '../../contract/records';
import type { CrsId } from '$geo/crs';
import { addWorkingMinutes } from '../calendar/working-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import {
	createCodeLookup,
	PEST_WORDS,
	POI_KIND_WORDS,
	STATUS_WORDS,
	ZONE_KIND_WORDS,
	PLEDGE_TYPE_WORDS,
	TARGET_KIND_WORDS,
	type CodeLookup
} from './code-lookups';
import type { PlaceLookup } from './place-lookup';
import type { ResponsibilityRecord } from '../../contract/import-results';
import { convertGeometry, type ConvertedPoint } from './convert-position';
import { checkAreaGeometry, checkLineGeometry } from './geometry-shape';
import type { ImportKind } from './import-fields';
import { isError } from './parse-value';
import { problem } from './import-issue';
import type { RowReader } from './row-reader';

export type { ImportRecord, ImportRecords, Origin };

/** Catalogue lookups read from the database before checking rows. */
export interface ImportCatalogues {
	methods: CodeLookup;
	methodPest: ReadonlyMap<string, Pest>;
	categories: CodeLookup;
	deadlineHours: ReadonlyMap<string, number>;
	/** Holidays and 调休 days for computed deadlines; Monday–Friday without. */
	calendar?: WorkingCalendar;
	/** The places a responsibility ledger may name (issue 15 item 1); none without. */
	places?: PlaceLookup;
}

const pests = createCodeLookup(PEST_WORDS, 'pest');
const targetKinds = createCodeLookup(TARGET_KIND_WORDS, 'target_kind');
const pledgeTypes = createCodeLookup(PLEDGE_TYPE_WORDS, 'pledge_type');
const statuses = createCodeLookup(STATUS_WORDS, 'status');
const zoneKinds = createCodeLookup(ZONE_KIND_WORDS, 'zone_kind');
const poiKinds = createCodeLookup(POI_KIND_WORDS, 'poi_kind');
/** Grade of a road when the file gives none: the lowest (4, 支路/街巷). */
export const DEFAULT_ROAD_GRADE = 4;

const origin = (p: ConvertedPoint, crs: CrsId) => ({
	lng: p.lng,
	lat: p.lat,
	crs,
	origX: p.origX,
	origY: p.origY
});

/** Due time = reported time + the category's deadline in working hours (domain.md §5). */
function dueAfter(reportedAt: string, hours: number, calendar?: WorkingCalendar): string {
	const start = Date.parse(`${reportedAt}Z`) / 60_000;
	return new Date(addWorkingMinutes(start, hours * 60, calendar) * 60_000)
		.toISOString()
		.slice(0, 19);
}

type Builder<K extends ImportKind> = (
	r: RowReader,
	cat: ImportCatalogues,
	crs: CrsId
) => ImportRecords[K] | null;

const surveys: Builder<'surveys'> = (r, cat, crs) => {
	const id = r.text('id');
	const methodText = r.text('method');
	const method = methodText === null ? null : (cat.methods.resolve(methodText) ?? methodText);
	const pest = r.code('pest', pests, method ? (cat.methodPest.get(method) ?? null) : null);
	const surveyedAt = r.date('surveyed_at');
	const count = r.number('count');
	const effort = r.number('effort');
	const count2 = r.number('count2');
	if (count !== null && count < 0) r.fail('count', problem('negative', { field: 'count' }, count));
	if (effort !== null && effort <= 0)
		r.fail('effort', problem('not_positive', { field: 'effort' }, effort));
	const site = r.text('site_id');
	const habitat = r.text('habitat');
	const p = r.point();
	if (method && !pest && !r.issues.some((i) => i.column === r.column('pest'))) {
		r.fail('method', problem('unknown_code', { field: 'method', list: 'method' }, method));
	}
	if (
		r.issues.length ||
		!id ||
		!method ||
		!pest ||
		!surveyedAt ||
		count === null ||
		effort === null ||
		!p
	) {
		return null;
	}
	return {
		id,
		pest: pest as Pest,
		method,
		siteId: site ?? id,
		habitat: habitat ?? '',
		surveyedAt,
		count,
		effort,
		count2,
		...origin(p, crs)
	};
};

const blindspots: Builder<'blindspots'> = (r, cat, crs) => {
	const id = r.text('id');
	const category = r.code('category', cat.categories);
	const reportedAt = r.dateTime('reported_at');
	const status = r.code('status', statuses, 'reported') as CaseStatus | null;
	const dueAt = r.dateTime('due_at');
	const closedAt = r.dateTime('closed_at');
	const description = r.text('description');
	const source = r.text('source');
	const p = r.point();
	if (r.issues.length || !id || !category || !reportedAt || !status || !p) return null;
	const hours = cat.deadlineHours.get(category);
	return {
		id,
		category,
		description: description ?? '',
		reportedAt,
		source: source ?? 'import',
		status,
		dueAt: dueAt ?? (hours === undefined ? null : dueAfter(reportedAt, hours, cat.calendar)),
		closedAt,
		...origin(p, crs)
	};
};

const zones: Builder<'zones'> = (r, _cat, crs) => {
	const id = r.text('id');
	const name = r.text('name');
	const kind = r.code('kind', zoneKinds) as ZoneKind | null;
	const parentId = r.text('parent_id');
	const responsible = r.text('responsible');
	const raw = r.rawGeometry();
	const shaped = raw && checkAreaGeometry(raw);
	const geometry = shaped && !isError(shaped) ? convertGeometry(shaped, r.positionContext) : shaped;
	if (isError(geometry)) r.fail('geometry', geometry.error);
	if (r.issues.length || !id || !name || !kind || !geometry || isError(geometry)) return null;
	return { id, name, kind, parentId, responsible, geometry };
};

const roads: Builder<'roads'> = (r, _cat, crs) => {
	const id = r.text('id');
	const name = r.text('name');
	const roadId = r.text('road_id');
	const grade = r.integer('grade');
	if (grade !== null && (grade < 1 || grade > 4))
		r.fail('grade', problem('grade_out_of_range', { min: 1, max: 4 }, grade));
	const keyGroup = r.text('key_group');
	const responsible = r.text('responsible');
	const raw = r.rawGeometry();
	const shaped = raw && checkLineGeometry(raw);
	const geometry = shaped && !isError(shaped) ? convertGeometry(shaped, r.positionContext) : shaped;
	if (isError(geometry)) r.fail('geometry', geometry.error);
	if (r.issues.length || !id || !name || !geometry || isError(geometry)) return null;
	return {
		id,
		name,
		roadId: roadId ?? name,
		grade: (grade ?? DEFAULT_ROAD_GRADE) as RoadSegmentRecord['grade'],
		keyGroup,
		responsible,
		geometry
	};
};

const pois: Builder<'pois'> = (r, _cat, crs) => {
	const id = r.text('id');
	const kind = r.code('kind', poiKinds) as PoiKind | null;
	const name = r.text('name');
	const p = r.point();
	if (r.issues.length || !id || !kind || !name || !p) return null;
	return { id, kind, name, ...origin(p, crs) };
};

const sprays: Builder<'sprays'> = (r, _cat, crs) => {
	const id = r.text('id');
	const team = r.text('team');
	const startedAt = r.dateTime('started_at');
	const chemical = r.text('chemical');
	const amount = r.number('amount');
	if (amount !== null && amount < 0)
		r.fail('amount', problem('negative', { field: 'amount' }, amount));
	const unit = r.text('unit');
	const pest = r.code('pest', pests) as Pest | null;
	const campaign = r.text('campaign');
	const targetIds = r.list('target_ids');
	const p = r.point();
	if (
		r.issues.length ||
		!id ||
		!team ||
		!startedAt ||
		!chemical ||
		amount === null ||
		!unit ||
		!pest ||
		!p
	) {
		return null;
	}
	return {
		id,
		team,
		startedAt,
		chemical,
		amount,
		unit,
		pest,
		campaign,
		targetIds: targetIds ?? [],
		...origin(p, crs)
	};
};

/** A target such as `95`, `95%`, `≥95` or `≥ 90 分`: the number, NaN when there is none. */
function targetNumber(text: string): number {
	const t = text
		.normalize('NFKC')
		.replace(/^(≥|>=|不低于|不少于)/, '')
		.replace(/(%|分)$/, '')
		.trim();
	return t === '' ? NaN : Number(t);
}

const responsibility: Builder<'responsibility'> = (r, cat) => {
	const kind = r.code('target_kind', targetKinds) as ResponsibilityRecord['targetKind'] | null;
	const target = r.text('target');
	let targetId: string | null = null;
	if (kind && target !== null) {
		const match = (cat.places ?? { resolve: () => ({ missing: true as const }) }).resolve(
			kind,
			target
		);
		if ('found' in match) targetId = match.found;
		else if ('ambiguous' in match) {
			const ids = match.ambiguous.slice(0, 5).join(', ');
			r.fail(
				'target',
				problem('ambiguous_place', { place: kind, count: match.ambiguous.length, ids }, target)
			);
		} else r.fail('target', problem('unknown_place', { place: kind }, target));
	}
	const person = r.text('person');
	const username = r.text('username');
	const phone = r.text('phone');
	const unit = r.text('resp_unit');
	const pledgeType = r.code('pledge_type', pledgeTypes) as ResponsibilityRecord['pledgeType'];
	const signedOn = r.date('signed_on');
	const termFrom = r.date('term_from');
	const termTo = r.date('term_to');
	const percent = (field: string, max: number): number | null => {
		const text = r.text(field);
		if (text === null) return null;
		const n = targetNumber(text);
		if (!Number.isFinite(n)) return r.fail(field, problem('not_number', { field }, text));
		if (n < 0 || n > max)
			return r.fail(field, problem('out_of_range', { field, min: 0, max }, text));
		return n;
	};
	const targetOnTimePct = percent('on_time_target', 100);
	const targetScore = percent('score_target', 100);
	const note = r.text('note');
	if (person === null && username === null && unit === null && !r.issues.length) {
		r.fail('person', problem('no_holder', {}));
	}
	if (termFrom && termTo && termTo < termFrom)
		r.fail('term_to', problem('term_reversed', {}, termTo));
	if (r.issues.length || !kind || !targetId) return null;
	return {
		id: `${kind}:${targetId}`,
		targetKind: kind,
		targetId,
		person,
		username,
		phone,
		unit,
		pledgeType,
		signedOn,
		termFrom,
		termTo,
		targetOnTimePct,
		targetScore,
		note
	};
};

/** Builds one record of `kind` from a row; null when the reader recorded any problem. */
export const RECORD_BUILDERS: { [K in ImportKind]: Builder<K> } = {
	surveys,
	blindspots,
	zones,
	roads,
	pois,
	sprays,
	responsibility
};
