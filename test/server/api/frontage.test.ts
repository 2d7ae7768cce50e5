/**
 * The 门前三包 ledger API (issue 15 item 2): a door snaps to its street with a 20 m frontage,
 * contacts are masked for the roles that do not call units, area-bound roles see their zones,
 * a redrawn line far from the street is refused, the last check and the failures of the last
 * 30 days follow a hand-made check list, and each write leaves one audit row.
 */
import { describe, expect, it } from 'vitest';
import { auditRows, useCaseTestbed, type Json } from './case-helpers';

const { bed, report } = useCaseTestbed('2026-06-15T10:00');

/** A door about 11 m north of 中山路 r01-s02 (lat 22.955, lng 113.09–113.10), in grid c02-g01. */
const DOOR = { lng: 113.093, lat: 22.9551 };
/** 10 m of longitude at lat 22.955 on turf's sphere (R = 6 371 008.8 m). */
const TEN_M_LNG = 10 / ((6_371_008.8 * Math.PI) / 180) / Math.cos((22.955 * Math.PI) / 180);

async function createUnit(body: Record<string, unknown> = {}): Promise<Json> {
	const res = await bed.as('planner').post('/api/frontage', {
		name: '老王杂货店',
		category: 'shop',
		contactName: '王小明',
		contactPhone: '13812345678',
		agreementSigned: true,
		agreementSignedOn: '2026-03-01',
		...DOOR,
		...body
	});
	expect(res.status, JSON.stringify(res.body)).toBe(201);
	return res.body;
}

async function addCheck(unitId: string, at: string, result: 'pass' | 'fail', extra = {}) {
	const c = { items: result === 'fail' ? 'litter,piling' : '', photos: '', caseId: null, ...extra };
	await bed.db.run(
		`INSERT INTO frontage_checks (id, unit_id, checked_at, checker, result, failed_items, measure,
			case_id, photo_ids) VALUES ($id, $unit, $at::TIMESTAMP, 'test-patrol', $result, $items, $measure, $caseId, $photos)`,
		{
			id: `chk-${unitId}-${at}`,
			unit: unitId,
			at,
			result,
			items: c.items,
			measure: result === 'fail' ? 'warn' : null,
			caseId: c.caseId,
			photos: c.photos
		}
	);
}

describe('create', () => {
	it('snaps the door to the nearest street and draws 10 m of it either side', async () => {
		const unit = await createUnit();
		expect(unit).toMatchObject({
			segmentId: 'r01-s02',
			gridId: 'c02-g01',
			zoneId: 'c02',
			frontageM: 20,
			lastCheck: 'unchecked',
			recentFailures: 0
		});
		const [a, b] = unit.frontage.coordinates;
		expect(a[1]).toBe(22.955);
		expect(b[1]).toBe(22.955);
		expect(a[0]).toBeCloseTo(DOOR.lng - TEN_M_LNG, 6);
		expect(b[0]).toBeCloseTo(DOOR.lng + TEN_M_LNG, 6);
		expect(await auditRows(bed.db, unit.id)).toEqual([
			{ action: 'frontage.create', username: 'test-planner' }
		]);
	});

	it('refuses a door with no street within 1000 m, in the asker’s language, writing nothing', async () => {
		const far = { lng: 113.2, lat: 22.955 };
		const zh = await bed.as('planner').post('/api/frontage', {
			name: '远处',
			category: 'household',
			agreementSigned: false,
			...far
		});
		expect(zh.status).toBe(422);
		expect(zh.body.error.message).toContain('1000 米内没有道路');
		const en = await bed.as('planner').post('/api/frontage?lang=en', {
			name: '远处',
			category: 'household',
			agreementSigned: false,
			...far
		});
		expect(en.body.error.message).toContain('no street lies within 1000 m');
		const rows = await bed.db.query(`SELECT id FROM frontage_units WHERE name = '远处'`);
		expect(rows).toEqual([]);
	});

	it('is for the office only: a grid worker and a leader get 403', async () => {
		for (const role of ['grid', 'leader'] as const) {
			const res = await bed.as(role).post('/api/frontage', {
				name: 'x',
				category: 'shop',
				agreementSigned: false,
				...DOOR
			});
			expect(res.status).toBe(403);
		}
	});
});

describe('contact masking and area scope', () => {
	it('shows the contact in full to the office, grid and patrol, masked to inspector and leader', async () => {
		const unit = await createUnit({ name: '掩码测试店' });
		const contactOf = async (role: Parameters<typeof bed.as>[0]) => {
			const res = await bed.as(role).get(`/api/frontage/${unit.id}`);
			expect(res.status).toBe(200);
			return [res.body.unit.contactName, res.body.unit.contactPhone];
		};
		expect(await contactOf('planner')).toEqual(['王小明', '13812345678']);
		expect(await contactOf('grid')).toEqual(['王小明', '13812345678']);
		expect(await contactOf('patrol')).toEqual(['王小明', '13812345678']);
		expect(await contactOf('leader')).toEqual(['王**', '138****5678']);
		expect(await contactOf('inspector')).toEqual(['王**', '138****5678']);
		const list = await bed.as('leader').get('/api/frontage');
		const f = list.body.features.find((x: Json) => x.id === unit.id);
		expect(f.properties.contactPhone).toBe('138****5678');
		expect((await bed.as('sprayer').get('/api/frontage')).status).toBe(403);
	});

	it('lets an area-bound grid worker see only the units of their zones', async () => {
		const unit = await createUnit({ name: '范围测试店' });
		const mine = await bed.as('grid', ['c02'], 'grid-c02').get('/api/frontage');
		expect(mine.body.features.map((f: Json) => f.id)).toContain(unit.id);
		const other = bed.as('grid', ['c01'], 'grid-c01');
		const theirs = await other.get('/api/frontage');
		expect(theirs.body.features.map((f: Json) => f.id)).not.toContain(unit.id);
		const detail = await other.get(`/api/frontage/${unit.id}`);
		expect(detail.status).toBe(403);
		expect(detail.body.error.message).toContain('不在您负责的区域内');
	});

	it('filters by bbox, zone and category', async () => {
		const unit = await createUnit({ name: '过滤测试户', category: 'household' });
		const ids = async (q: string) =>
			(await bed.as('planner').get(`/api/frontage?${q}`)).body.features.map((f: Json) => f.id);
		expect(await ids('bbox=113.092,22.954,113.094,22.956')).toContain(unit.id);
		expect(await ids('bbox=113.08,22.95,113.09,22.96')).not.toContain(unit.id);
		expect(await ids('zone=c02-g01&category=household')).toContain(unit.id);
		expect(await ids('zone=c01')).not.toContain(unit.id);
		expect(await ids('category=shop')).not.toContain(unit.id);
	});
});

describe('edit and retire', () => {
	it('redraws the frontage along the street and measures it; a line 40 m off is refused', async () => {
		const unit = await createUnit({ name: '重画测试店' });
		const along = {
			frontage: {
				type: 'LineString',
				coordinates: [
					[113.0925, 22.95505],
					[113.0935, 22.95505]
				]
			}
		};
		const ok = await bed.as('planner').send('PATCH', `/api/frontage/${unit.id}`, along);
		expect(ok.status, JSON.stringify(ok.body)).toBe(200);
		// 0.001° of longitude at lat 22.95505 on turf's sphere: 111 195.08 m × cos(lat).
		const expected = 111_195.08 * 0.001 * Math.cos((22.95505 * Math.PI) / 180);
		expect(ok.body.frontageM).toBeCloseTo(expected, 0);
		// 0.00036° of latitude is 40 m north of the street.
		const far = {
			frontage: {
				type: 'LineString',
				coordinates: [
					[113.0925, 22.95536],
					[113.0935, 22.95536]
				]
			}
		};
		const refused = await bed.as('planner').send('PATCH', `/api/frontage/${unit.id}`, far);
		expect(refused.status).toBe(422);
		expect(refused.body.error.message).toMatch(/离街道最远 40 米，超过 30 米/);
		const stored = await bed.as('planner').get(`/api/frontage/${unit.id}`);
		expect(stored.body.unit.frontageM).toBe(ok.body.frontageM);
		expect((await auditRows(bed.db, unit.id)).map((r) => r.action)).toEqual([
			'frontage.create',
			'frontage.update'
		]);
	});

	it('edits the ledger fields, and retiring takes the unit off the map', async () => {
		const unit = await createUnit({
			name: '注销测试店',
			agreementSigned: false,
			agreementSignedOn: null
		});
		const res = await bed.as('planner').send('PATCH', `/api/frontage/${unit.id}`, {
			agreementSigned: true,
			agreementSignedOn: '2026-06-01',
			contactPhone: null
		});
		expect(res.body).toMatchObject({
			agreementSigned: true,
			agreementSignedOn: '2026-06-01',
			contactPhone: null
		});
		expect((await bed.as('planner').send('DELETE', `/api/frontage/${unit.id}`)).status).toBe(200);
		const list = await bed.as('planner').get('/api/frontage');
		expect(list.body.features.map((f: Json) => f.id)).not.toContain(unit.id);
		const again = await bed.as('planner').send('PATCH', `/api/frontage/${unit.id}`, { name: 'x' });
		expect(again.status).toBe(409);
		expect((await auditRows(bed.db, unit.id)).map((r) => r.action)).toEqual([
			'frontage.create',
			'frontage.update',
			'frontage.retire'
		]);
	});
});

describe('last check and repeat failures (now 2026-06-15 10:00, window from 05-16 10:00)', () => {
	it('follow a hand-made check list; the unit page lists checks newest first with cases and people', async () => {
		const unit = await createUnit({ name: '检查测试店' });
		const kase = await report({ category: 'frontage_violation', ...DOOR });
		await addCheck(unit.id, '2026-05-10T09:00:00', 'fail'); // before the window
		await addCheck(unit.id, '2026-05-16T09:59:00', 'fail'); // a minute before it
		await addCheck(unit.id, '2026-05-16T10:01:00', 'fail'); // inside: 1
		await addCheck(unit.id, '2026-06-01T15:00:00', 'fail', { caseId: kase.id }); // 2
		await addCheck(unit.id, '2026-06-10T09:00:00', 'pass');
		await addCheck(unit.id, '2026-06-14T16:30:00', 'fail', { photos: 'p1,p2' }); // 3, latest
		const other = await createUnit({ name: '从未检查店' });
		await bed.db.run(
			`INSERT INTO responsibilities (target_kind, target_id, person, phone, valid_from, valid_to, changed_by)
			 VALUES ('frontage', $id, '李四', '13900001111', '2026-01-01 00:00:00', '2026-04-01 00:00:00', 't'),
			        ('frontage', $id, '王小明', '13812345678', '2026-04-01 00:00:00', NULL, 't')`,
			{ id: unit.id }
		);

		const list = await bed.as('planner').get('/api/frontage');
		const props = (id: string) => list.body.features.find((f: Json) => f.id === id).properties;
		expect(props(unit.id)).toMatchObject({
			lastCheck: 'fail',
			lastCheckAt: '2026-06-14T16:30:00',
			recentFailures: 3
		});
		expect(props(other.id)).toMatchObject({ lastCheck: 'unchecked', recentFailures: 0 });
		const repeat = await bed.as('planner').get('/api/frontage?repeat=true');
		expect(repeat.body.features.map((f: Json) => f.id)).toEqual([unit.id]);

		const detail = (await bed.as('planner').get(`/api/frontage/${unit.id}`)).body;
		expect(detail.checks.map((c: Json) => c.checkedAt)).toEqual([
			'2026-06-14T16:30:00',
			'2026-06-10T09:00:00',
			'2026-06-01T15:00:00',
			'2026-05-16T10:01:00',
			'2026-05-16T09:59:00',
			'2026-05-10T09:00:00'
		]);
		expect(detail.checks[0]).toMatchObject({
			failedItems: ['litter', 'piling'],
			photoIds: ['p1', 'p2']
		});
		expect(detail.cases).toEqual([
			expect.objectContaining({
				id: kase.id,
				category: 'frontage_violation',
				checkId: `chk-${unit.id}-2026-06-01T15:00:00`
			})
		]);
		expect(detail.responsibilities.map((r: Json) => [r.person, r.validTo])).toEqual([
			['王小明', null],
			['李四', '2026-04-01T00:00:00']
		]);
		const masked = (await bed.as('leader').get(`/api/frontage/${unit.id}`)).body;
		expect(masked.responsibilities[0]).toMatchObject({ person: '王**', phone: '138****5678' });
		expect(masked.canEdit).toBe(false);
	});
});

describe('export', () => {
	it('writes the ledger as CSV with Chinese headers and masked contacts for a leader', async () => {
		await createUnit({ name: '导出测试店' });
		const res = await bed.as('leader').get('/api/frontage/export?format=csv');
		expect(res.status).toBe(200);
		const text = String(res.body);
		expect(text).toContain('单位名称');
		expect(text).toContain('导出测试店');
		expect(text).toContain('138****5678');
		expect(text).not.toContain('13812345678');
	});
});
