import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formattedPermissionsDoc } from '../../scripts/permissions-table';

describe('docs/permissions.md', () => {
	it('is the permission table as rendered now (run npm run docs:permissions after a change)', async () => {
		const path = resolve(import.meta.dirname, '../../docs/permissions.md');
		expect(readFileSync(path, 'utf8')).toBe(await formattedPermissionsDoc(path));
	});
});
