import type { ExportLabels, ExportLang } from '../i18n/export-labels';
import type { ExportRoute, ExportRouteStop } from './route-export-model';
import { formatClock } from './route-export-model';
import type { ExportColumn } from './table-export';

export type RouteTableRow = ExportRouteStop & { teamId: string };

export function flattenRouteStops(routes: readonly ExportRoute[]): RouteTableRow[] {
	return routes.flatMap((r) => r.stops.map((s) => ({ ...s, teamId: r.teamId })));
}

/**
 * Columns of the paper list: seq, stop, road, leg metres, ETA, action (the stop's task from
 * the catalogue), chemical (what a done visit used, else the task's), status, note.
 */
export function routeExportColumns(
	labels: ExportLabels,
	dayStart: string,
	lang: ExportLang
): ExportColumn<RouteTableRow>[] {
	const en = lang === 'en';
	const task = (r: RouteTableRow) => (r.task ? (en ? r.task.nameEn : r.task.nameZh) : '');
	return [
		{ header: labels.team, value: (r) => r.teamId },
		{ header: labels.seq, value: (r) => r.seq },
		{ header: labels.stopId, value: (r) => r.id },
		{ header: labels.roadName, value: (r) => r.roadName },
		{ header: labels.legM, value: (r) => Math.round(r.legM), numberFormat: '0' },
		{ header: labels.eta, value: (r) => formatClock(dayStart, r.arriveMin) },
		{
			header: labels.action,
			value: (r) =>
				labels.sprayMinutes.replace('{task}', task(r)).replace('{min}', String(r.serviceMin)) +
				(r.offNetwork || r.legStraight ? `（${labels.offNetworkNote}）` : '')
		},
		{
			header: labels.chemical,
			value: (r) => r.chemical ?? (r.task ? (en ? r.task.chemicalEn : r.task.chemicalZh) : '')
		},
		{ header: labels.visitStatus, value: (r) => labels[r.status] },
		{ header: labels.note, value: (r) => r.note }
	];
}
