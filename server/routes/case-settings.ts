import { Hono } from 'hono';
import {
	adminSettingsBodySchema,
	calendarYearBodySchema,
	calendarYearParamSchema
} from '../contract/cases';
import type { Database } from '../db/database';
import { readCalendarYear, saveCalendarYear } from '../services/case-calendar';
import { readAdminSettings, saveAdminSettings } from '../services/case-notify';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

/**
 * `GET|PUT /api/calendar/{year}`: one year of holidays and 调休 workdays (the repository file,
 * or the admin's saved edit, which takes its place).
 */
export function createCalendarRoutes(db: Database) {
	return new Hono<AuthEnv>()
		.get('/:year', validate('param', calendarYearParamSchema), async (c) =>
			c.json(await readCalendarYear(db, Number(c.req.valid('param').year)))
		)
		.put(
			'/:year',
			validate('param', calendarYearParamSchema),
			validate('json', calendarYearBodySchema),
			async (c) => {
				const year = Number(c.req.valid('param').year);
				return c.json(await saveCalendarYear(db, c.get('actor'), year, c.req.valid('json')));
			}
		);
}

/** `GET|PUT /api/admin/settings`: the group robot's webhook URL (shown masked). */
export function createAdminSettingsRoutes(db: Database) {
	return new Hono<AuthEnv>()
		.get('/', async (c) => c.json(await readAdminSettings(db)))
		.put('/', validate('json', adminSettingsBodySchema), async (c) =>
			c.json(await saveAdminSettings(db, c.get('actor'), c.req.valid('json')))
		);
}
