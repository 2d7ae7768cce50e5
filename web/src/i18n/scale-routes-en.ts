import type { scaleRoutesZhCN } from './scale-routes-zh-cn';

/** English texts of route capacities, lunch breaks and time windows (issue 18, lane A). */
export const scaleRoutesEn: { readonly [K in keyof typeof scaleRoutesZhCN]: string } = {
	'scale.routes.capacity': 'Load (L)',
	'scale.routes.capacityHint':
		'Most chemical (litres) or bait stations one vehicle carries; empty for no limit',
	'scale.routes.lunch': 'Lunch',
	'scale.routes.lunchFrom': 'Lunch from',
	'scale.routes.lunchMinutes': 'Lunch minutes',
	'scale.routes.lunchHint': 'Taken after the stop in hand when the time comes; empty for none',
	'scale.routes.dayStart': 'Leave at',
	'scale.routes.demand': 'Per stop (L)',
	'scale.routes.demandHint':
		'Chemical or bait stations each stop needs, in the unit of the teams’ loads',
	'scale.routes.load': 'Used / load',
	'scale.routes.loadOf': '{load} / {capacity}',
	'scale.routes.unlimited': 'no limit',
	'scale.routes.lunchAt': 'Lunch at {time}, {minutes} min',
	'scale.routes.reason.capacity': 'No team has room left (chemical, stops or time)',
	'scale.routes.reason.time_window': 'Cannot be reached within its opening hours'
};
