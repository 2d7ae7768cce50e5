/** `GET /api/admin/audit/export`: the audit list's filters (no paging) plus format and language. */
import { z } from 'zod';
import { auditQuerySchema } from './account-requests';
import { formatField, langField } from './fields';

export const auditExportQuerySchema = z.strictObject({
	...auditQuerySchema.omit({ limit: true, offset: true }).shape,
	format: formatField(['csv', 'xlsx']),
	lang: langField
});
