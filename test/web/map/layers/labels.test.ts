import { describe, expect, it } from 'vitest';
import { formatLabels, renderLabels } from '../../../../web/src/map/layers/labels';
import { createRoad, createZone } from '../../fixtures';

describe('formatLabels', () => {
	it('names communities, villages and the key area at their centres, not grids', () => {
		const labels = formatLabels(
			[
				createZone('c', 'community', undefined, '安澜社区'),
				createZone('v', 'village', undefined, '东岸村'),
				createZone('g', 'grid'),
				createZone('s', 'street')
			],
			[]
		);
		expect(labels.map((l) => l.text)).toEqual(['安澜社区', '东岸村']);
		expect(labels[0].position[0]).toBeCloseTo(1);
		expect(labels[0].position[1]).toBeCloseTo(1);
	});

	it('labels each key road once, on its longest segment, and skips other roads', () => {
		const key = { keyGroup: '城区主干道', roadId: 'k', name: '迎宾路' };
		const labels = formatLabels(
			[],
			[
				createRoad('a', { ...key, lengthM: 100 }, [
					[0, 0],
					[0.001, 0]
				]),
				createRoad('b', { ...key, lengthM: 900 }, [
					[0, 0],
					[0, 0.01]
				]),
				createRoad('c', { roadId: 'x' })
			]
		);
		expect(labels).toHaveLength(1);
		expect(labels[0]).toMatchObject({ id: 'road:k', text: '迎宾路', position: [0, 0.005] });
		expect(Math.abs(labels[0].angle)).toBeCloseTo(90);
	});

	it('renders Chinese with characterSet auto (no glyph server needed)', () => {
		expect(renderLabels([]).props.characterSet).toBe('auto');
	});
});
