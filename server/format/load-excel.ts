/**
 * exceljs, loaded on first use: it takes about 1 s to load, which only an export or an XLSX
 * import should pay for, not every server start (each test file starts one).
 */
export const loadExcel = () => import('exceljs');
