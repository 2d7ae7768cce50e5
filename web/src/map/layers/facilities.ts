import { PolygonLayer, TextLayer } from '@deck.gl/layers';
import type {
	FacilityCondition,
	FacilityView,
	StandingTargetView
} from '../../../../server/contract/facilities';
import { hexToRgba, OVERDUE_RING, type Rgba } from '../colors';
import { LABEL_FONT_FAMILY } from './labels';

/**
 * Issue 17 lane D: control facilities as badges (a glyph per kind, the colour of what the last
 * inspection found, a red ring when the inspection is overdue) and standing targets as areas
 * (filled and outlined thick when due for spraying, a thin outline when not).
 */
export const FACILITY_COLORS: Record<FacilityCondition, string> = {
	working: '#009e73',
	broken: '#d55e00',
	bait_taken: '#7b3294',
	unchecked: '#8a8a8a'
};
export const FACILITY_OVERDUE_RING = OVERDUE_RING;
export const TARGET_COLORS = { due: '#e7298a', notDue: '#0072b2' } as const;

/** One glyph per kind in each language; an unknown kind shows a dot. */
export const FACILITY_GLYPHS: Record<'zh-CN' | 'en', Record<string, string>> = {
	'zh-CN': { bait_station: '饵', fly_lamp: '灯', rat_proofing: '鼠', three_proofing: '防' },
	en: { bait_station: 'B', fly_lamp: 'L', rat_proofing: 'R', three_proofing: 'P' }
};

export interface FacilityBadge {
	position: [number, number];
	glyph: string;
	color: Rgba;
	border: Rgba;
	borderWidth: number;
	facility: FacilityView;
}

export interface TargetArea {
	polygon: number[][][];
	fill: Rgba;
	line: Rgba;
	width: number;
	target: StandingTargetView;
}

export function formatFacilities(
	facilities: readonly FacilityView[],
	lang: 'zh-CN' | 'en'
): FacilityBadge[] {
	const glyphs = FACILITY_GLYPHS[lang];
	// Overdue and broken on top: drawn last.
	const rank = (f: FacilityView) => (f.overdue ? 2 : 0) + (f.condition === 'broken' ? 1 : 0);
	return [...facilities]
		.sort((a, b) => rank(a) - rank(b))
		.map((f) => ({
			position: [f.lng, f.lat],
			glyph: glyphs[f.kind] ?? '·',
			color: hexToRgba(FACILITY_COLORS[f.condition]),
			border: f.overdue ? hexToRgba(FACILITY_OVERDUE_RING) : [255, 255, 255, 255],
			borderWidth: f.overdue ? 3 : 1,
			facility: f
		}));
}

export function formatTargets(targets: readonly StandingTargetView[]): TargetArea[] {
	return targets.map((t) => {
		const hex = t.due ? TARGET_COLORS.due : TARGET_COLORS.notDue;
		return {
			polygon: t.geometry.coordinates,
			fill: hexToRgba(hex, t.due ? 110 : 25),
			line: hexToRgba(hex, 255),
			width: t.due ? 3 : 1.5,
			target: t
		};
	});
}

export type FacilityHover =
	| { x: number; y: number; facility: FacilityView; target?: undefined }
	| { x: number; y: number; target: StandingTargetView; facility?: undefined };

export function renderFacilities(
	data: { badges: FacilityBadge[]; areas: TargetArea[] },
	onHover: (hover: FacilityHover | null) => void
) {
	return [
		new PolygonLayer<TargetArea>({
			id: 'facilities:targets',
			data: data.areas,
			pickable: true,
			stroked: true,
			filled: true,
			lineWidthUnits: 'pixels',
			getLineWidth: (d) => d.width,
			getPolygon: (d) => d.polygon,
			getFillColor: (d) => d.fill,
			getLineColor: (d) => d.line,
			onHover: (info) =>
				onHover(info.object ? { x: info.x, y: info.y, target: info.object.target } : null)
		}),
		new TextLayer<FacilityBadge>({
			id: 'facilities:badges',
			data: data.badges,
			pickable: true,
			characterSet: 'auto',
			fontFamily: LABEL_FONT_FAMILY,
			fontWeight: 700,
			sizeUnits: 'pixels',
			background: true,
			backgroundPadding: [4, 3],
			backgroundBorderRadius: 9,
			getBackgroundColor: (d) => d.color,
			getBorderColor: (d) => d.border,
			getBorderWidth: (d) => d.borderWidth,
			getText: (d) => d.glyph,
			getPosition: (d) => d.position,
			getSize: 12,
			getColor: [255, 255, 255, 255],
			getTextAnchor: 'middle',
			getAlignmentBaseline: 'center',
			onHover: (info) =>
				onHover(info.object ? { x: info.x, y: info.y, facility: info.object.facility } : null)
		})
	];
}
