/** Chinese case descriptions for blind-spot reports, by catalogue category. */
import type { Rng } from '../domain/random/seeded-random';

type Template = (place: string, rng: Rng) => string;

const TEMPLATES: Record<string, readonly Template[]> = {
	exposed_garbage: [
		(p, r) => `${p}有生活垃圾暴露堆放，约${r.int(2, 12)}袋，未及时清运`,
		(p) => `${p}垃圾散落在地，有异味`
	],
	accumulated_waste: [
		(p, r) => `${p}积存建筑垃圾渣土约${r.int(2, 15)}立方米`,
		(p) => `${p}装修垃圾长期堆放未清理`
	],
	dirty_road: [(p) => `${p}路面有明显污渍和散落垃圾，保洁不到位`, (p) => `${p}路面泥沙较多`],
	road_spill: [
		(p, r) => `${p}有渣土车遗撒，路面长约${r.int(2, 8)}0米`,
		(p) => `${p}路面有泥浆遗撒`
	],
	dirty_green: [(p) => `${p}绿化带内有烟头、塑料袋等杂物`, (p) => `${p}绿地内杂物较多，杂草丛生`],
	dirty_water: [(p) => `${p}水面漂浮垃圾，有异味`, (p) => `${p}水面有大量漂浮物`],
	sewage_dumping: [(p) => `${p}有商户向雨水井倾倒污水`, (p) => `${p}有污水外溢，路面湿滑`],
	burning_garbage: [(p) => `${p}有人焚烧垃圾，烟雾较大`, (p) => `${p}发现焚烧垃圾痕迹`],
	overflowing_bin: [
		(p) => `${p}垃圾桶满溢，周边散落垃圾`,
		(p, r) => `${p}${r.int(2, 6)}个垃圾桶满溢未清运`
	],
	animal_carcass: [(p, r) => `${p}发现${r.pick(['死鼠', '死猫', '死狗', '死鸡'])}，需及时清理`],
	clutter: [(p) => `${p}乱堆杂物，占用通道`, (p) => `${p}堆放废旧家具和杂物`],
	white_litter: [(p) => `${p}塑料袋、泡沫饭盒等白色垃圾较多`, (p) => `${p}散落白色垃圾`],
	standing_water: [
		(p) => `${p}有积水容器，发现蚊虫幼虫孳生`,
		(p, r) => `${p}废旧轮胎积水${r.int(2, 9)}处，有孑孓`,
		(p) => `${p}低洼处积水，蚊虫较多`
	]
};

export function describeBlindSpot(category: string, place: string, rng: Rng): string {
	const options = TEMPLATES[category];
	if (!options) throw new Error(`no description for category ${category}`);
	return rng.pick(options)(place, rng);
}
