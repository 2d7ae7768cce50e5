/**
 * The one-line `message` of an import refused as a whole (422), in the request's language:
 * how many rows, the first group of problems, and what to do. The lists are in `details`.
 */
import type { ImportIssueGroup, ImportLang } from '../../contract/import-results';
import type { IssueWording } from './issue-messages';

export function noRowsMessage(lang: ImportLang, hasHeader: boolean): string {
	if (lang === 'en') {
		return `the file ${hasHeader ? 'has a header but no data rows' : 'is empty'}; nothing was imported`;
	}
	return hasHeader ? '文件只有表头，没有数据行；未导入任何数据' : '文件是空的；未导入任何数据';
}

/** "500 of 500 rows have problems …. 2 kinds of problem; the first: rows 2–501, column …". */
export function invalidRowsMessage(
	w: IssueWording,
	bad: number,
	total: number,
	groups: readonly ImportIssueGroup[]
): string {
	const first = w.groupLine(groups[0]);
	const n = groups.length;
	if (w.lang === 'en') {
		const kinds = n === 1 ? '' : `${n} kinds of problem; the first: `;
		return `${bad} of ${total} rows have problems; nothing was imported. ${kinds}${first}`;
	}
	const kinds = n === 1 ? '' : `共 ${n} 类问题，第一类：`;
	return `共 ${total} 行，其中 ${bad} 行有问题，未导入任何数据。${kinds}${first}`;
}

export function invalidColumnsMessage(
	w: IssueWording,
	groups: readonly ImportIssueGroup[]
): string {
	const g = groups[0];
	const more = groups.length - 1;
	if (w.lang === 'en') {
		return `the file's columns do not fit: column "${g.column}": ${g.message}${more ? ` (and ${more} more)` : ''}; nothing was imported`;
	}
	return `文件的列不符合要求：“${g.column}”列：${g.message}${more ? `（另有 ${more} 个问题）` : ''}；未导入任何数据`;
}

/** Far points on the real import: refused until the clerk confirms with `allowFar=true`. */
export function farFromZonesMessage(
	w: IssueWording,
	count: number,
	km: number,
	groups: readonly ImportIssueGroup[]
): string {
	const where = groups.map((g) => w.rows(g.rows, g.count)).join(w.lang === 'en' ? '; ' : '；');
	if (w.lang === 'en') {
		return `${count} ${count === 1 ? 'point lies' : 'points lie'} more than ${km} km from every stored zone (${where}); nothing was imported. Check the coordinate system; if the points are right, import again with allowFar=true`;
	}
	return `有 ${count} 个点距离所有已有区域都超过 ${km} 公里（${where}），未导入任何数据。请检查坐标系；确认坐标无误后，勾选“仍然导入”（接口参数 allowFar=true）再导入`;
}
