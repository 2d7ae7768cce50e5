import { describe, expect, it } from 'vitest';
import { translate } from '../../../../web/src/i18n/translate';
import { zhCN, type MessageKey } from '../../../../web/src/i18n/zh-cn';
import { valueLabel } from '../../../../web/src/pages/admin/audit-vocabulary';

const zones = [
	{ id: 'grid-03', name: '东风网格', kind: 'grid' },
	{ id: 'c-02', name: '新桥社区', kind: 'community' }
];

describe('the audit log reads stored ids as names (issue 14)', () => {
	it('names zones and spraying teams; an unknown zone id shows as itself', () => {
		const t = (k: MessageKey, p?: Record<string, string | number>) => translate(zhCN, k, p);
		const names = { zones, lang: 'zh-CN' };
		expect(valueLabel('zones', 'grid-03、c-02', t, names)).toBe('东风网格、新桥社区');
		expect(valueLabel('zone', 'gone-1', t, names)).toBe('gone-1');
		expect(valueLabel('team', 'team-2', t, names)).toBe('消杀二队');
		expect(valueLabel('team', 'team-2', t)).toBe('team-2');
	});
});
