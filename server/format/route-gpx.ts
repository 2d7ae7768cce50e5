import type { ExportRoute } from './route-export-model';

/** XML text and attribute escaping: stop ids and road names are user text. */
export function escapeXml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`
	);
}

const coord = (lng: number, lat: number) => `lat="${lat.toFixed(6)}" lon="${lng.toFixed(6)}"`;

/**
 * GPX 1.1 for navigation apps: per team a `<rte>` with one `<rtept>` per stop in visiting
 * order, then a `<trk>` along the planned roads (GPX wants every `rte` before any `trk`).
 */
export function formatRouteGpx(planName: string, routes: readonly ExportRoute[]): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gpx version="1.1" creator="SaniMap" xmlns="http://www.topografix.com/GPX/1/1">',
		`<metadata><name>${escapeXml(planName)}</name></metadata>`
	];
	for (const r of routes) {
		lines.push(`<rte><name>${escapeXml(r.teamId)}</name>`);
		for (const s of r.stops) {
			const desc = s.roadName ? `<desc>${escapeXml(s.roadName)}</desc>` : '';
			lines.push(
				`<rtept ${coord(s.lng, s.lat)}><name>${s.seq}. ${escapeXml(s.id)}</name>${desc}</rtept>`
			);
		}
		lines.push('</rte>');
	}
	for (const r of routes) {
		if (!r.geometry) continue;
		lines.push(`<trk><name>${escapeXml(r.teamId)}</name><trkseg>`);
		for (const [lng, lat] of r.geometry.coordinates) lines.push(`<trkpt ${coord(lng, lat)}/>`);
		lines.push('</trkseg></trk>');
	}
	lines.push('</gpx>');
	return `${lines.join('\n')}\n`;
}
