import type { Geometry } from 'geojson';
import type { LayerCollection, LayerFeature, LayerId } from '../../server/contract/layers';
import type { DensityUnitJson } from '../../server/contract/density';
import type { Catalogues } from '../../web/src/api/catalogues';

/** Fresh test features and collections; every call returns new objects. */
export function createFeature<L extends LayerId>(
	properties: LayerFeature<L>['properties'],
	geometry: Geometry | null
): LayerFeature<L> {
	return {
		type: 'Feature',
		id: (properties as { id: string }).id,
		properties,
		geometry: geometry as Geometry
	};
}

export function createCollection<L extends LayerId>(
	features: LayerFeature<L>[]
): LayerCollection<L> {
	return { type: 'FeatureCollection', features, limit: 50_000, truncated: false };
}

export function createBlindSpot(
	overrides: Partial<LayerFeature<'blindspots'>['properties']> = {},
	lngLat: [number, number] = [113.09, 22.96]
): LayerFeature<'blindspots'> {
	return createFeature<'blindspots'>(
		{
			id: 'bs-1',
			category: 'exposed_garbage',
			description: '路边堆放生活垃圾',
			status: 'reported',
			source: '网格员巡查',
			reportedAt: '2024-05-03T09:30:00',
			dueAt: '2024-05-03T17:30:00',
			closedAt: null,
			zoneId: 'c-1',
			gridId: 'g-1',
			segmentId: 'r-1',
			segmentDistanceM: 12.4,
			recurrence: 2,
			...overrides
		},
		{ type: 'Point', coordinates: lngLat }
	);
}

export function createSurvey(
	overrides: Partial<LayerFeature<'surveys'>['properties']> = {}
): LayerFeature<'surveys'> {
	return createFeature<'surveys'>(
		{
			id: 'sv-1',
			pest: 'mosquito',
			method: 'mosquito.light_trap',
			siteId: 'site-1',
			habitat: '居民区',
			surveyedAt: '2024-07-15',
			count: 12,
			effort: 4,
			count2: null,
			zoneId: 'c-1',
			gridId: null,
			...overrides
		},
		{ type: 'Point', coordinates: [113.1, 22.95] }
	);
}

export function createZone(
	id: string,
	kind: string,
	ring: [number, number][] = [
		[0, 0],
		[2, 0],
		[2, 2],
		[0, 2],
		[0, 0]
	],
	name = `${kind}-${id}`
): LayerFeature<'zones'> {
	return createFeature<'zones'>(
		{ id, name, kind, parentId: null, responsible: null },
		{ type: 'Polygon', coordinates: [ring] }
	);
}

export function createRoad(
	id: string,
	overrides: Partial<LayerFeature<'roads'>['properties']> = {},
	path: [number, number][] = [
		[113.08, 22.96],
		[113.1, 22.96]
	]
): LayerFeature<'roads'> {
	return createFeature<'roads'>(
		{
			id,
			name: '安澜大道',
			roadId: 'road-1',
			grade: 2,
			keyGroup: null,
			responsible: null,
			lengthM: 2000,
			...overrides
		},
		{ type: 'LineString', coordinates: path }
	);
}

export function createPoi(
	id: string,
	kind: string,
	geometry: Geometry = { type: 'Point', coordinates: [113.09, 22.96] }
): LayerFeature<'pois'> {
	return createFeature<'pois'>({ id, kind, name: `${kind} ${id}` }, geometry);
}

export function createCatalogues(): Catalogues {
	return {
		blindSpotCategories: [
			{ code: 'exposed_garbage', nameZh: '暴露垃圾', nameEn: 'Exposed garbage', deadlineHours: 8 },
			{ code: 'dirty_road', nameZh: '道路不洁', nameEn: 'Dirty road', deadlineHours: 4 }
		],
		surveyMethods: [
			{
				code: 'mosquito.light_trap',
				pest: 'mosquito',
				nameZh: '诱蚊灯',
				nameEn: 'Light traps',
				countMeaning: 'mosquitoes caught',
				effortMeaning: 'lamp-nights',
				count2Meaning: null,
				multiplier: 1,
				unitZh: '只/灯·夜',
				unitEn: 'per lamp-night',
				proportion: false,
				value2: null
			},
			{
				code: 'mosquito.route_index',
				pest: 'mosquito',
				nameZh: '路径法（小型积水）',
				nameEn: 'Route index (small water)',
				countMeaning: 'positive water spots',
				effortMeaning: 'km walked',
				count2Meaning: null,
				multiplier: 1,
				unitZh: '处/km',
				unitEn: 'per km',
				proportion: false,
				value2: null
			}
		],
		controlThresholds: (['A', 'B', 'C'] as const).map((level, i) => ({
			standard: 'GB/T 27771-2011',
			method: 'mosquito.route_index',
			indicator: 'value' as const,
			level,
			limit: [0.1, 0.5, 0.8][i],
			comparison: '<=' as const,
			active: true
		}))
	};
}

/** A density unit with one indicator per `[method, value, level]`. */
export function createDensityUnit(
	id: string,
	level: DensityUnitJson['level'],
	indicators: [string, number | null, DensityUnitJson['level']][] = [],
	name = `unit-${id}`
): DensityUnitJson {
	return {
		id,
		name,
		level,
		indicators: indicators.map(([method, value, indLevel]) => ({
			method,
			value,
			value2: null,
			count: value === null ? 0 : Math.round(value * 10),
			effort: value === null ? 0 : 10,
			count2: null,
			level: indLevel,
			note: value === null ? 'no_data' : indLevel === null ? 'not_graded' : null
		}))
	};
}
