import { Hono, type Context } from 'hono';
import { DEVICE_ID_HEADER, MAX_RESIDENT_PHOTOS } from '../contract/public-board';
import {
	boardQuerySchema,
	caseNumberParamSchema,
	deviceIdSchema,
	residentFormSchema,
	residentReportSchema,
	type ResidentReport
} from '../contract/public-reports';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { reportRateKeys, ReportRateLimiter } from '../domain/public/report-rate-limit';
import { AppError, BadRequestError, TooManyAttemptsError } from '../errors';
import { photoFormBodyLimit } from '../middleware/photo-form-body-limit';
import { loadCalendar } from '../services/case-calendar';
import { readPhotoParts } from '../services/photo-parts';
import { deletePhotos } from '../services/photos';
import {
	assertInsideTown,
	boardCases,
	publicCaseState,
	publicTown,
	submitResidentReport
} from '../services/public-reports';
import type { AuthEnv } from './http/auth-env';
import { parseWith, validate } from './http/validation';

/** The device id header, when it is one; a malformed one is a 400. */
function deviceOf(c: Context): string | null {
	const given = c.req.header(DEVICE_ID_HEADER);
	return given === undefined || given === '' ? null : parseWith(deviceIdSchema, given);
}

const FORM_FIELDS = ['category', 'description', 'lng', 'lat', 'contact'] as const;

/** The report's fields and, for a multipart form, the form (its photos are read later). */
async function readReport(c: Context): Promise<{ report: ResidentReport; form: FormData | null }> {
	if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) {
		const body: unknown = await c.req.json().catch(() => {
			throw new BadRequestError('the body must be JSON or a multipart form');
		});
		return { report: parseWith(residentReportSchema, body), form: null };
	}
	const form = await c.req.formData();
	const fields: Record<string, string> = {};
	for (const name of FORM_FIELDS) {
		const value = form.get(name);
		if (typeof value === 'string' && value !== '') fields[name] = value;
	}
	return { report: parseWith(residentFormSchema, fields), form };
}

/**
 * `/api/public` (issue 14 item 11): anonymous by the permission table. Residents report with
 * photos (rate-limited per address and device), look up a case by number, and read the
 * notice board. No route here serves a photo, a name or a description.
 */
export function createPublicRoutes(
	db: Database,
	photosDir: string | null,
	now: () => Date = () => new Date(),
	limiter = new ReportRateLimiter(() => now().getTime())
) {
	return new Hono<AuthEnv>()
		.post('/reports', photoFormBodyLimit(), async (c) => {
			const keys = reportRateKeys(c.get('address'), deviceOf(c));
			const wait = limiter.waitSeconds(keys);
			if (wait > 0) {
				throw new TooManyAttemptsError(
					`上报太频繁，请 ${Math.ceil(wait / 60)} 分钟后再试 (too many reports; try again in ${wait} s).`,
					wait
				);
			}
			const { report, form } = await readReport(c);
			await assertInsideTown(db, report.lng, report.lat);
			if (form && !photosDir) {
				throw new AppError(
					422,
					'photos_unavailable',
					'本系统未配置照片存储 (photos are not stored here).'
				);
			}
			const photos =
				form && photosDir
					? await readPhotoParts(form, { root: photosDir, min: 1, max: MAX_RESIDENT_PHOTOS })
					: [];
			const at = now();
			try {
				const receipt = await submitResidentReport(
					db,
					report,
					photos.map((p) => p.id),
					{ requestId: c.get('requestId'), address: c.get('address') },
					{ now: at, nowLocal: formatLocalTime(at), calendar: await loadCalendar(db) }
				);
				limiter.record(keys);
				return c.json(receipt, 201);
			} catch (error) {
				if (photosDir)
					await deletePhotos(
						photosDir,
						photos.map((p) => p.id)
					);
				throw error;
			}
		})
		.get('/reports/:caseNumber', validate('param', caseNumberParamSchema), async (c) =>
			c.json(await publicCaseState(db, c.req.valid('param').caseNumber))
		)
		.get('/town', async (c) => c.json(await publicTown(db)))
		.get('/board', validate('query', boardQuerySchema), async (c) =>
			c.json(await boardCases(db, c.req.valid('query').days, formatLocalTime(now()).slice(0, 10)))
		);
}
