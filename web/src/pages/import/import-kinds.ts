import type { ImportKind } from '../../api/import-client';

/** Import kinds in the order the page offers them (the clerk's most common first). */
export const IMPORT_KIND_ORDER: readonly ImportKind[] = [
	'surveys',
	'blindspots',
	'zones',
	'roads',
	'pois',
	'sprays',
	'responsibility'
];

/** Coordinate systems the page offers; CGCS2000 is WGS-84 at map precision (domain.md §7). */
export const IMPORT_CRS_OPTIONS = ['wgs84', 'gcj02', 'bd09'] as const;
export type ImportCrsOption = (typeof IMPORT_CRS_OPTIONS)[number];
