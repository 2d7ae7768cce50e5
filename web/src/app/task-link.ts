import type { Role } from '../../../server/contract/accounts';
import { taskFilter, taskParams } from '../../../server/contract/case-tasks';

/** Where the task count leads: /cases filtered by the rule the count itself follows. */
export function taskLink(username: string, role: Role): string {
	const filter = taskFilter({ role, username });
	return filter ? `/cases?${taskParams(filter)}` : '/cases';
}
