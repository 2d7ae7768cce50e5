import type { AuditRecord } from '../contract/accounts';
import type { ExportLabels } from '../i18n/export-labels';
import type { ExportColumn } from './table-export';

/** Before and after as the JSON they were stored as; empty when the write had none. */
const jsonText = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** Columns of the audit-log export, in the order the /admin/audit page shows them. */
export function auditExportColumns(labels: ExportLabels): ExportColumn<AuditRecord>[] {
	return [
		{ header: labels.auditAt, value: (r) => r.at.replace('T', ' ') },
		{ header: labels.auditUser, value: (r) => r.username },
		{ header: labels.auditRole, value: (r) => r.role },
		{ header: labels.auditAction, value: (r) => r.action },
		{ header: labels.auditEntity, value: (r) => r.entity },
		{ header: labels.auditEntityId, value: (r) => r.entityId },
		{ header: labels.auditBefore, value: (r) => jsonText(r.before) },
		{ header: labels.auditAfter, value: (r) => jsonText(r.after) },
		{ header: labels.auditRequestId, value: (r) => r.requestId },
		{ header: labels.auditAddress, value: (r) => r.address }
	];
}
