/**
 * Limits of one import (design.md §3 "Bad input"), answered with 413 and the limit in
 * `details`. 32 MiB holds a 200k-row CSV of surveys (~150 bytes a row) and the largest real
 * test file (Chicago community areas, 2.1 MB) many times over; DuckDB and the enricher take
 * 200k rows in a few seconds, which is as long as a browser upload should wait.
 */
export const UPLOAD_LIMIT_BYTES = 32 * 1024 * 1024;
/** Reading stops at the first row over this, so a longer file costs no more than this many. */
export const MAX_IMPORT_ROWS = 200_000;
/** Rows shown in a preview or dry-run answer (the web UI's preview table). */
export const PREVIEW_ROWS = 20;
/**
 * What all the files inside an XLSX (a ZIP) may unpack to, checked in the ZIP's directory
 * before anything is unpacked. A 200k-row, 9-column survey workbook written by exceljs is a
 * 9.4 MB file unpacking to 88 MB (72 MB sheet, 16 MB shared strings); 256 MiB leaves room
 * for wide sheets and Excel's extra parts. A 1.5 MB zip bomb with a 1.6 GB sheet took 14 s
 * and 1.96 GB of memory to refuse before this check.
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
/**
 * Problems listed in a 422 (the rest are counted in `total`): 200k bad rows once made an
 * 88 MB answer; 1,000 is more than a clerk reads before fixing the column at fault.
 */
export const MAX_REJECTED_LISTED = 1_000;
/**
 * Limits of a CSV named by its path on this machine (the import CLI opening the database
 * itself, `npm run bench:import`) rather than uploaded (issue 18): DuckDB's reader stages it
 * and SQL checks it, so a 1M-row survey file (~100 MB) imports in one go. Other formats and
 * kinds read from a path keep the upload limits.
 */
export const MAX_FILE_IMPORT_BYTES = 1024 * 1024 * 1024;
export const MAX_FILE_IMPORT_ROWS = 2_000_000;
/**
 * Staged rows SQL could not take as they are, checked by the row-object code in one worker
 * job: 5,000 rows are read from DuckDB as objects in a few tens of milliseconds of the event
 * loop.
 */
export const STAGED_CHECK_BATCH_ROWS = 5_000;
/** Distinct points enriched (zone, grid, H3, nearest road) per worker job. */
export const ENRICH_BATCH_POINTS = 20_000;
