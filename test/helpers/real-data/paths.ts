import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from '../../../server/db/database';
import type { ImportKind } from '../../../server/domain/imports/import-fields';
import type { ImportResult } from '../../../server/contract/import-results';
import { importFile } from '../../../server/ingest/import-file';
import { systemActor } from '../../../server/services/actor';
import type { CrsId } from '$geo/crs';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The shared real data sets (SOURCES.md there); read in place, never copied into the repo. */
export const REAL_DATA = resolve(ROOT, '../shared/data/real');

export const readReal = (path: string) => readFileSync(resolve(REAL_DATA, path));

/** Runs an adapter's canonical file through the one import path (route and CLI use it too). */
export function importCanonical(
	db: Database,
	kind: ImportKind,
	file: { name: string; bytes: Uint8Array | string },
	crs: CrsId = 'wgs84'
): Promise<ImportResult> {
	const bytes = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
	return importFile(db, systemActor('test'), {
		kind,
		bytes,
		filename: file.name,
		crs,
		mapping: {},
		dryRun: false,
		serviceArea: null,
		lang: 'zh-CN'
	});
}
