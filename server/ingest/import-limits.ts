/**
 * Limits of one import (design.md §3 "Bad input"), answered with 413 and the limit in
 * `details`. 32 MiB holds a 200k-row CSV of surveys (~150 bytes a row) and the largest real
 * test file (Chicago community areas, 2.1 MB) many times over; DuckDB and the enricher take
 * 200k rows in a few seconds, which is as long as a browser upload should wait.
 */
export const UPLOAD_LIMIT_BYTES = 32 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
/** Rows shown in a preview or dry-run answer (the web UI's preview table). */
export const PREVIEW_ROWS = 20;
