/** `npm run docs:permissions`: writes docs/permissions.md from the permission table. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formattedPermissionsDoc } from './permissions-table';

const out = resolve(import.meta.dirname, '../docs/permissions.md');
writeFileSync(out, await formattedPermissionsDoc(out));
console.log(`Wrote ${out}`);
