import type { Context } from 'hono';
import {
	EXPORT_CONTENT_TYPES,
	formatCsv,
	formatXlsx,
	type ExportColumn,
	type ExportFormat
} from '../format/table-export';

/** Answers a table as a CSV or XLSX download named `name`.<format>. */
export async function sendTable<R>(
	c: Context,
	table: {
		format: ExportFormat;
		columns: ExportColumn<R>[];
		rows: readonly R[];
		sheet: string;
		name: string;
	}
): Promise<Response> {
	const body =
		table.format === 'csv'
			? formatCsv(table.columns, table.rows)
			: await formatXlsx(table.columns, table.rows, table.sheet);
	return c.body(body, 200, {
		'content-type': EXPORT_CONTENT_TYPES[table.format],
		'content-disposition': `attachment; filename="${table.name}.${table.format}"`
	});
}
