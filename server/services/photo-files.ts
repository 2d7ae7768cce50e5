import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isPhotoId, photoFileNames, type PhotoVariant } from '../domain/photos/photo-id';

/**
 * The photos folder beside the database (issue 14 item 6): `SANIMAP_DB`'s folder + `photos/`.
 * Photos are files, not DuckDB rows, so a backup must copy this folder with the database.
 */
export function photoFolderBeside(dbPath: string): string {
	return join(dirname(resolve(dbPath)), 'photos');
}

/**
 * Writes files under `root` so that a reader never sees half of one: each goes to a temporary
 * name in the same folder and is renamed into place. Files listed later are written later, so
 * the last (the sidecar) appearing means the photo is whole. On any failure, what was written
 * is removed again.
 */
export async function writeFilesAtomically(
	root: string,
	files: ReadonlyArray<{ path: string; data: Uint8Array | string }>
): Promise<void> {
	const done: string[] = [];
	try {
		for (const file of files) {
			const target = join(root, file.path);
			await mkdir(dirname(target), { recursive: true });
			const temporary = `${target}.${crypto.randomUUID()}.tmp`;
			try {
				await writeFile(temporary, file.data, { flag: 'wx' });
				await rename(temporary, target);
			} catch (error) {
				await rm(temporary, { force: true });
				throw error;
			}
			done.push(target);
		}
	} catch (error) {
		await Promise.all(done.map((path) => rm(path, { force: true })));
		throw error;
	}
}

/** The JPEG of a photo, or null when no photo has this id (or the id is not of the shape). */
export async function readPhotoFile(
	root: string,
	id: string,
	variant: PhotoVariant
): Promise<Buffer | null> {
	if (!isPhotoId(id)) return null;
	const names = photoFileNames(id);
	// A photo is whole once its sidecar is written (see writeFilesAtomically).
	if (!(await exists(join(root, names.sidecar)))) return null;
	return readFile(join(root, variant === 'thumb' ? names.thumb : names.served)).catch(
		orNullWhenMissing
	);
}

/** The sidecar JSON of a photo, parsed, or null when there is none. */
export async function readPhotoSidecar(root: string, id: string): Promise<unknown> {
	if (!isPhotoId(id)) return null;
	const text = await readFile(join(root, photoFileNames(id).sidecar), 'utf8').catch(
		orNullWhenMissing
	);
	return text === null ? null : JSON.parse(text);
}

/**
 * Removes photos' files, sidecar first so a reader stops seeing them at once: for uploads whose
 * case was not saved after all. Ids of another shape and photos already gone are skipped.
 */
export async function deletePhotos(root: string, ids: readonly string[]): Promise<void> {
	for (const id of ids.filter(isPhotoId)) {
		const names = photoFileNames(id);
		for (const path of [names.sidecar, names.served, names.thumb]) {
			await rm(join(root, path), { force: true });
		}
	}
}

async function exists(path: string): Promise<boolean> {
	return access(path).then(
		() => true,
		(error: NodeJS.ErrnoException) => orNullWhenMissing(error) ?? false
	);
}

function orNullWhenMissing(error: NodeJS.ErrnoException): null {
	if (error.code === 'ENOENT') return null;
	throw error;
}
