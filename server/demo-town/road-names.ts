/**
 * Names, grades and key-road membership of the demo town's roads. Rows run west-east
 * (row 0 is the southern edge), columns south-north (column 0 is the western edge).
 */
export interface RoadStyle {
	name: string;
	grade: 1 | 2 | 3 | 4;
	/** Member of the 十路一区 key-road group. */
	key: boolean;
}

const s = (name: string, grade: 1 | 2 | 3 | 4, key = false): RoadStyle => ({ name, grade, key });

export const ROW_ROADS: readonly RoadStyle[] = [
	s('南环路', 3),
	s('工业一路', 3),
	s('工业大道', 2, true),
	s('滨江南路', 3),
	s('滨江路', 2, true),
	s('新华路', 2, true),
	s('中山路', 1, true),
	s('文明路', 3),
	s('健康路', 3),
	s('同乐路', 2, true),
	s('松岗路', 3),
	s('北环路', 3)
];

export const COLUMN_ROADS: readonly RoadStyle[] = [
	s('西环路', 3),
	s('沙头路', 3),
	s('桂园路', 3),
	s('育才路', 2, true),
	s('解放路', 3),
	s('光明路', 2, true),
	s('人民路', 1, true),
	s('和平路', 3),
	s('兴业路', 3),
	s('东湖路', 2, true),
	s('富民路', 3),
	s('东环路', 3)
];

/** A column that does not bridge the river is two roads; the southern one gets this name. */
export function southernName(name: string): string {
	return name.endsWith('路') ? `${name.slice(0, -1)}南路` : `${name}南段`;
}

export const TRUNK_DIAGONAL = s('建设大道', 1, true);
export const OLD_DIAGONAL = s('松园路', 3);
export const CORE_LANES: readonly string[] = ['新街一巷', '新街二巷', '新街三巷', '新街四巷'];
export const OLD_VILLAGE_LANES: readonly string[] = ['沙头一巷', '沙头二巷'];
