import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../../../server/routes/http/download';

describe('contentDisposition (RFC 6266 / RFC 5987)', () => {
	it.each([
		[
			'an ASCII name, as it is',
			'sanimap-blindspots.csv',
			`attachment; filename="sanimap-blindspots.csv"; filename*=UTF-8''sanimap-blindspots.csv`
		],
		[
			'a Chinese team name: UTF-8 in filename*, underscores in the fallback',
			'sanimap-route-R20250101-001-消杀一队.csv',
			`attachment; filename="sanimap-route-R20250101-001-____.csv"; filename*=UTF-8''sanimap-route-R20250101-001-%E6%B6%88%E6%9D%80%E4%B8%80%E9%98%9F.csv`
		],
		[
			'quotes, slashes and colons: never in a file name',
			'a"b/c:d (e)*.csv',
			`attachment; filename="a_b_c_d__e__.csv"; filename*=UTF-8''a_b_c_d%20%28e%29_.csv`
		]
	])('%s', (_, name, header) => {
		expect(contentDisposition(name)).toBe(header);
	});
});
