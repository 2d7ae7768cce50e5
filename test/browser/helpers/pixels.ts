import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../artifacts');

/** Writes a PNG to test/artifacts/ (git-ignored) for a person to look at. */
export function saveArtifact(name: string, png: Buffer): void {
	mkdirSync(ARTIFACTS_DIR, { recursive: true });
	writeFileSync(join(ARTIFACTS_DIR, name), png);
}

/**
 * Counts pixels that differ between two same-sized screenshots (pixelmatch, default colour
 * threshold 0.1) and saves the diff image as `diffName`.
 */
export function countDifferentPixels(a: Buffer, b: Buffer, diffName: string): number {
	const imgA = PNG.sync.read(a);
	const imgB = PNG.sync.read(b);
	const { width, height } = imgA;
	const diff = new PNG({ width, height });
	const count = pixelmatch(imgA.data, imgB.data, diff.data, width, height, { threshold: 0.1 });
	saveArtifact(diffName, PNG.sync.write(diff));
	return count;
}
