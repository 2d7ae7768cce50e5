/**
 * Survey methods of domain.md §1: what `count`, `effort` and `count2` mean, and how the index
 * is formed (index = count / effort × multiplier). Declarative data, seeded into the
 * `survey_methods` catalogue table at start-up.
 */
import type { SurveyMethod } from '../../contract/catalogues';
import type { Pest } from '../../contract/records';

export type { SurveyMethod };

const m = (
	code: string,
	nameZh: string,
	nameEn: string,
	countMeaning: string,
	effortMeaning: string,
	count2Meaning: string | null,
	multiplier: number,
	unitZh: string,
	unitEn: string,
	proportion: boolean,
	value2: SurveyMethod['value2'] = null
): SurveyMethod => ({
	code,
	pest: code.split('.')[0] as Pest,
	nameZh,
	nameEn,
	countMeaning,
	effortMeaning,
	count2Meaning,
	multiplier,
	unitZh,
	unitEn,
	proportion,
	value2
});

export const SURVEY_METHODS: readonly SurveyMethod[] = Object.freeze([
	m(
		'rat.snap_trap',
		'夹夜法',
		'Snap traps',
		'rats caught',
		'effective trap-nights',
		null,
		100,
		'%',
		'%',
		true
	),
	m(
		'rat.powder',
		'粉迹法',
		'Tracking powder',
		'positive patches',
		'effective patches',
		null,
		100,
		'%',
		'%',
		true
	),
	m(
		'rat.indoor_signs',
		'鼠迹法（室内）',
		'Indoor rodent signs',
		'rooms with signs',
		'rooms inspected',
		null,
		100,
		'%',
		'%',
		true
	),
	m(
		'rat.outdoor_route',
		'鼠迹法（外环境）',
		'Outdoor route signs',
		'sign spots',
		'km walked',
		null,
		1,
		'处/km',
		'spots/km',
		false
	),
	m(
		'rat.proofing',
		'防鼠设施',
		'Rodent proofing',
		'facilities failing',
		'facilities inspected',
		null,
		100,
		'%',
		'%',
		true
	),
	m(
		'mosquito.light_trap',
		'诱蚊灯',
		'Light traps',
		'mosquitoes',
		'lamp-nights',
		null,
		1,
		'只/灯·夜',
		'per lamp-night',
		false
	),
	m(
		'mosquito.landing',
		'人诱停落',
		'Human landing',
		'mosquitoes landed',
		'person-sessions of 30 min',
		null,
		1,
		'只/人·次',
		'per person-session',
		false
	),
	m(
		'mosquito.breteau',
		'布雷图',
		'Breteau index',
		'positive containers',
		'households',
		null,
		100,
		'',
		'',
		false
	),
	m(
		'mosquito.container',
		'容器指数',
		'Container index',
		'positive containers',
		'water-holding containers',
		null,
		100,
		'%',
		'%',
		true
	),
	m(
		'mosquito.route_index',
		'路径法（小型积水）',
		'Route index (small water)',
		'positive water spots',
		'km walked',
		null,
		1,
		'处/km',
		'spots/km',
		false
	),
	m(
		'mosquito.ovitrap',
		'诱蚊诱卵器',
		'Ovitraps',
		'positive ovitraps',
		'ovitraps recovered',
		null,
		100,
		'',
		'',
		true
	),
	m(
		'mosquito.dipping',
		'勺捕（大中型水体）',
		'Dipping (large water)',
		'positive dips',
		'dips',
		'larvae and pupae',
		100,
		'%',
		'%',
		true,
		{ denominator: 'count', multiplier: 1 }
	),
	m(
		'fly.cage',
		'笼诱法',
		'Cage traps',
		'flies caught',
		'cages (24 h)',
		null,
		1,
		'只/笼',
		'per cage',
		false
	),
	m(
		'fly.indoor_rooms',
		'目测（室内）',
		'Indoor rooms',
		'rooms with flies',
		'rooms',
		'flies in positive rooms',
		100,
		'%',
		'%',
		true,
		{ denominator: 'count', multiplier: 1 }
	),
	m(
		'fly.breeding_sites',
		'孳生地',
		'Breeding sites',
		'positive breeding sites',
		'sites inspected',
		null,
		100,
		'%',
		'%',
		true
	),
	m(
		'cockroach.sticky',
		'粘捕法',
		'Sticky boards',
		'cockroaches caught',
		'effective boards',
		'positive boards',
		1,
		'只/张',
		'per board',
		false,
		{ denominator: 'effort', multiplier: 100 }
	),
	m(
		'cockroach.infestation',
		'目测（成若虫）',
		'Adults/nymphs seen',
		'rooms with adults or nymphs',
		'rooms',
		null,
		100,
		'%',
		'%',
		true
	),
	m(
		'cockroach.egg_cases',
		'卵鞘',
		'Egg cases',
		'rooms with live egg cases',
		'rooms',
		null,
		100,
		'%',
		'%',
		true
	),
	m(
		'cockroach.signs',
		'蟑迹',
		'Cockroach signs',
		'rooms with signs',
		'rooms',
		null,
		100,
		'%',
		'%',
		true
	)
]);
