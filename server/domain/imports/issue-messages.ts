/**
 * The one message catalogue of imports (issue 11): a problem's code and parameters worded in
 * the request's language. Messages name the row as Excel shows it and the column as the file
 * heads it; the offending cell goes in front (`“12只”：应为数字`), so equal problems of many
 * rows share one wording (group-issues.ts) and the cell values show as examples.
 */
import type {
	ImportIssue,
	ImportIssueGroup,
	ImportLang,
	IssueCode,
	IssueParams
} from '../../contract/import-results';
import { COLUMN_ALIASES } from './column-aliases';
import type { RawIssue } from './import-issue';
import { ISSUE_MESSAGES_EN } from './issue-messages-en';
import { ISSUE_MESSAGES_ZH } from './issue-messages-zh';
import { wordsFor, type IssueNames, type Words } from './issue-words';
import { cutValue } from './quote-value';

/** Columns a message lists at most (a hostile file may have thousands). */
const LISTED_HEADERS = 20;

/** What a message may mention beyond its parameters: the file's columns and the aliases. */
export interface MessageFacts {
	headers: readonly string[];
	/** Headers recognised for a field: its own name, then the first aliases. */
	aliases(field: string): readonly string[];
}

export type IssueTemplate = (p: IssueParams, w: Words, facts: MessageFacts) => string;
export type IssueTemplates = Readonly<Record<IssueCode, IssueTemplate>>;

const TEMPLATES: Readonly<Record<ImportLang, IssueTemplates>> = {
	'zh-CN': ISSUE_MESSAGES_ZH,
	en: ISSUE_MESSAGES_EN
};

/** Codes whose `column` is a SaniMap field the file lacks: shown as the field's name. */
const FIELD_COLUMN: ReadonlySet<IssueCode> = new Set(['missing_column']);

/** Words import messages in one language, for one file and one database's catalogues. */
export interface IssueWording {
	lang: ImportLang;
	issue(raw: RawIssue): ImportIssue;
	/** What is wrong, without any one row's cell. */
	rule(raw: Pick<RawIssue, 'code' | 'params'>): string;
	column(raw: Pick<RawIssue, 'code' | 'column'>): string;
	/** "第 2–501 行" / "rows 2–501". */
	rows(ranges: readonly (readonly [number, number])[], count?: number): string;
	quote(value: string): string;
	/** "第 2–501 行，“TYPE”列：类别应为 … 之一". */
	groupLine(group: ImportIssueGroup): string;
}

export function createIssueWording(
	lang: ImportLang,
	names: IssueNames,
	headers: readonly string[]
): IssueWording {
	const zh = lang === 'zh-CN';
	const words = wordsFor(lang, names);
	const facts: MessageFacts = {
		headers: cutList(headers, zh),
		aliases: (field) => [field, ...(COLUMN_ALIASES[field] ?? [])].slice(0, 4)
	};
	const rule = (raw: Pick<RawIssue, 'code' | 'params'>) =>
		TEMPLATES[lang][raw.code](raw.params ?? {}, words, facts);
	const quote = (v: string) => (zh ? `“${v}”` : `"${v}"`);
	const column = (raw: Pick<RawIssue, 'code' | 'column'>) =>
		FIELD_COLUMN.has(raw.code) ? words.field(raw.column) : raw.column;
	const rows = (ranges: readonly (readonly [number, number])[], count?: number) => {
		const listed = ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
		const inRanges = ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
		const more = count !== undefined && count > inRanges ? count - inRanges : 0;
		if (zh) return `第 ${listed.join('、')} 行${more ? `及另外 ${more} 行` : ''}`;
		const word = inRanges + more === 1 ? 'row' : 'rows';
		return `${word} ${listed.join(', ')}${more ? ` and ${more} more` : ''}`;
	};
	return {
		lang,
		rule,
		column,
		rows,
		quote,
		issue: (raw) => {
			const text = rule(raw);
			const message =
				raw.value === undefined ? text : `${quote(raw.value)}${zh ? '：' : ': '}${text}`;
			return { ...raw, column: column(raw), message };
		},
		groupLine: (g) =>
			zh
				? `${rows(g.rows, g.count)}，“${g.column}”列：${g.message}`
				: `${rows(g.rows, g.count)}, column "${g.column}": ${g.message}`
	};
}

function cutList(names: readonly string[], zh: boolean): string[] {
	const cut = names.slice(0, LISTED_HEADERS).map(cutValue);
	const more = names.length - LISTED_HEADERS;
	return more > 0 ? [...cut, zh ? `另 ${more} 列` : `${more} more`] : cut;
}
