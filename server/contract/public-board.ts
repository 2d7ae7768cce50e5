/**
 * The public pages' contract (issue 14 item 11): what an anonymous resident sends and reads.
 * Zod-free, so the web may import its values; the request schemas are in public-reports.ts.
 */
import type { CaseStatus } from './case-states';

/** The header carrying the random device id the report page keeps in localStorage. */
export const DEVICE_ID_HEADER = 'X-Device-Id';
/** Photos one resident report carries: at least one when sent as a form, at most this many. */
export const MAX_RESIDENT_PHOTOS = 3;
/** Longest description and contact a resident may send. */
export const MAX_RESIDENT_DESCRIPTION_CHARS = 500;
export const MAX_RESIDENT_CONTACT_CHARS = 50;
/** Days the notice board looks back by default and at most. */
export const BOARD_DAYS = 30;

/** `POST /api/public/reports` → 201. */
export interface ResidentReportReceipt {
	caseNumber: string;
	status: CaseStatus;
}

/** `GET /api/public/reports/{caseNumber}`: the state only, nothing anyone wrote. */
export type PublicCaseState = {
	caseNumber: string;
	category: string;
	status: CaseStatus;
	/** Local time (Asia/Shanghai), `YYYY-MM-DDTHH:MM:SS`. */
	reportedAt: string;
	updatedAt: string;
};

/** One case on the notice board: no names, phones, descriptions or photos. */
export type BoardCase = {
	id: string;
	category: string;
	status: CaseStatus;
	/** `YYYY-MM-DD`. */
	reportedOn: string;
	closedOn: string | null;
	/** Rounded to the board's grid (about 50 m), so a doorway cannot be read off the map. */
	lng: number;
	lat: number;
};

/** `GET /api/public/board`. */
export interface BoardAnswer {
	/** The window's days, `YYYY-MM-DD`, inclusive. */
	from: string;
	to: string;
	cases: BoardCase[];
}

/** `GET /api/public/town`: what the public pages draw and offer. */
export interface PublicTown {
	name: string;
	/** The envelope of the town's zones, `[west, south, east, north]`; null when it has none. */
	extent: [number, number, number, number] | null;
	categories: { code: string; nameZh: string; nameEn: string }[];
}
