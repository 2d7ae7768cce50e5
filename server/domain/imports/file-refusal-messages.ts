/**
 * Refusals of an upload as a whole (issue 11 item 7) — too large, unreadable, the wrong
 * sheet, a form the server cannot take — in the request's language and a clerk's words:
 * what is wrong with the file and what to do. Row and column problems are in
 * issue-messages*.ts; the error codes and statuses stay with whoever raises them.
 */
import { IMPORT_KINDS, type ImportLang } from '../../contract/import-results';
import { CRS_IDS } from '$geo/crs';
import { wordsFor } from './issue-words';
import { cutValue, listNames } from './quote-value';

export interface FileRefusalMessages {
	uploadTooLarge(limitBytes: number): string;
	tooManyRows(limit: number): string;
	workbookTooLarge(limitBytes: number): string;
	damagedXlsx(): string;
	noSheets(): string;
	missingSheet(sheet: string, sheets: readonly string[]): string;
	jsonTooDeep(limit: number): string;
	notJson(): string;
	notGeojson(): string;
	notFeature(n: number): string;
	unknownKind(kind: string): string;
	notMultipart(): string;
	brokenMultipart(): string;
	repeatedField(field: string, count: number): string;
	missingFile(): string;
	badCrs(): string;
	badMapping(): string;
	badFlag(field: string): string;
	emptySheetName(): string;
	unknownFields(fields: readonly string[]): string;
	/** A language the form could not name (`lang=fr`): said in both, Chinese first. */
	badLang(): string;
}

const BAD_LANG = () => '语言参数 lang 应为 zh-CN 或 en（lang must be zh-CN or en）';

/** Megabytes as a clerk reads a file size: 32 MiB is "32 MB". */
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const count = (n: number) => n.toLocaleString('en-US');
/** Unknown form fields a message names; a hostile form may send thousands. */
const MAX_FIELDS_LISTED = 10;

const ZH: FileRefusalMessages = {
	uploadTooLarge: (b) => `文件超过 ${mb(b)} MB 上限，请拆分后再导入`,
	tooManyRows: (n) => `文件超过 ${count(n)} 行上限，请拆分成几个文件分别导入`,
	workbookTooLarge: (b) =>
		`这个 Excel 文件解压后超过 ${mb(b)} MB 上限，请拆分，或另存为 CSV 后再导入`,
	damagedXlsx: () => '无法读取这个 Excel 文件（文件已损坏或不完整），请用 Excel 重新保存后再导入',
	noSheets: () => '这个 Excel 文件里没有工作表',
	missingSheet: (s, sheets) =>
		`找不到工作表“${cutValue(s)}”；文件里的工作表有：${listNames(sheets, 'zh-CN')}`,
	jsonTooDeep: (n) =>
		`文件里的数据嵌套超过 ${n} 层，不像是 GeoJSON 文件；请从 GIS 软件重新导出 GeoJSON`,
	notJson: () => '文件不是有效的 JSON（可能不完整或被手工改过），请从 GIS 软件重新导出 GeoJSON',
	notGeojson: () =>
		'文件不是 GeoJSON 要素集合（FeatureCollection）或单个要素（Feature），请从 GIS 软件导出 GeoJSON',
	notFeature: (n) => `第 ${n} 个要素不是 GeoJSON 要素（Feature），请从 GIS 软件重新导出`,
	unknownKind: (kind) => {
		const w = wordsFor('zh-CN', { category: [], method: [] });
		return `没有“${cutValue(kind)}”这种导入；可以导入：${IMPORT_KINDS.map((k) => `${w.kind(k)}（${k}）`).join('、')}`;
	},
	notMultipart: () =>
		'请在导入页面选择文件上传（接口需以 multipart/form-data 表单发送，文件字段名为 file）',
	brokenMultipart: () => '上传的内容不完整，请重新选择文件上传',
	repeatedField: (f, n) =>
		f === 'file'
			? `一次只能导入一个文件，这次收到了 ${n} 个；请一个一个导入`
			: `表单字段“${cutValue(f)}”发送了 ${n} 次，请只发送一次`,
	missingFile: () => '没有收到文件，请选择要导入的 CSV、Excel 或 GeoJSON 文件',
	badCrs: () => `坐标系（crs）应为 ${CRS_IDS.join('、')} 之一`,
	badMapping: () => '字段对应（mapping）应为 JSON 对象，把字段对应到文件的列，例如 {"lng":"X坐标"}',
	badFlag: (f) => `${f} 只能是 true 或 false`,
	emptySheetName: () => '工作表名称（sheet）不能为空',
	unknownFields: (fs) =>
		`表单里有无法识别的字段：${listNames(fs, 'zh-CN', MAX_FIELDS_LISTED, (f) => `“${f}”`)}`,
	badLang: BAD_LANG
};

const EN: FileRefusalMessages = {
	uploadTooLarge: (b) => `The file is over the ${mb(b)} MB limit; split it and import the parts`,
	tooManyRows: (n) =>
		`The file has more than ${count(n)} rows, the most one import takes; split it and import the parts`,
	workbookTooLarge: (b) =>
		`The workbook unpacks to more than the ${mb(b)} MB limit; split it, or save it as CSV, and import that`,
	damagedXlsx: () =>
		'This Excel file cannot be read (it is damaged or incomplete); save it again from Excel and import that',
	noSheets: () => 'The workbook has no sheets',
	missingSheet: (s, sheets) =>
		`There is no sheet "${cutValue(s)}"; the workbook has ${listNames(sheets, 'en')}`,
	jsonTooDeep: (n) =>
		`The file nests values more than ${n} levels deep, which no GeoJSON file does; export it again from the GIS tool`,
	notJson: () =>
		'The file is not valid JSON (cut off or edited by hand?); export it again from the GIS tool',
	notGeojson: () =>
		'The file is not a GeoJSON FeatureCollection or Feature; export it as GeoJSON from the GIS tool',
	notFeature: (n) =>
		`Feature ${n} is not a GeoJSON Feature; export the file again from the GIS tool`,
	unknownKind: (kind) => {
		const w = wordsFor('en', { category: [], method: [] });
		return `There is no import of "${cutValue(kind)}"; SaniMap imports ${IMPORT_KINDS.map((k) => `${w.kind(k)} (${k})`).join(', ')}`;
	},
	notMultipart: () =>
		'Choose the file on the import page (the API takes it as multipart/form-data with the field "file")',
	brokenMultipart: () => 'The upload arrived incomplete; choose the file and send it again',
	repeatedField: (f, n) =>
		f === 'file'
			? `One import takes one file and ${n} arrived; import them one at a time`
			: `The form field "${cutValue(f)}" was sent ${n} times; send it once`,
	missingFile: () => 'No file arrived; choose the CSV, Excel or GeoJSON file to import',
	badCrs: () => `crs must be one of ${CRS_IDS.join(', ')}`,
	badMapping: () =>
		'mapping must be a JSON object from SaniMap field to column name, e.g. {"lng":"X坐标"}',
	badFlag: (f) => `${f} must be true or false`,
	emptySheetName: () => 'sheet must name a sheet of the workbook',
	unknownFields: (fs) =>
		`unknown parameter ${listNames(fs, 'en', MAX_FIELDS_LISTED, (f) => `"${f}"`)}`,
	badLang: BAD_LANG
};

const MESSAGES: Readonly<Record<ImportLang, FileRefusalMessages>> = { 'zh-CN': ZH, en: EN };

/** The whole-file refusals of `lang`. */
export const fileRefusals = (lang: ImportLang): FileRefusalMessages => MESSAGES[lang];
