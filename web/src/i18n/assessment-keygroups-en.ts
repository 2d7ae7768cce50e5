import type { assessmentKeygroupsZhCN } from './assessment-keygroups-zh-cn';

/** English texts of the /admin/key-groups page (issue 16 item 1). */
export const assessmentKeygroupsEn: {
	readonly [K in keyof typeof assessmentKeygroupsZhCN]: string;
} = {
	'admin.nav.keyGroups': 'Key groups',
	'keyGroups.title': 'Key road groups',
	'keyGroups.intro':
		'Name the key road groups here (e.g. “ten roads, one area” or village main roads); the map highlight, the road ranking and the assessment follow these settings. Click segments on the map to add them to the group or take them out.',
	'keyGroups.list': 'Groups',
	'keyGroups.empty': 'No key groups yet.',
	'keyGroups.col.name': 'Name',
	'keyGroups.col.segments': 'Segments',
	'keyGroups.col.length': 'Length',
	'keyGroups.col.area': 'Key area',
	'keyGroups.col.cadence': 'Inspection',
	'keyGroups.cadence': 'every {n} days',
	'keyGroups.noArea': 'none',
	'keyGroups.new': 'New group',
	'keyGroups.edit': 'Edit',
	'keyGroups.delete': 'Delete',
	'keyGroups.deleteConfirm':
		'Delete “{name}”? Its segments will belong to no key group; past inspections stay as they were.',
	'keyGroups.form.new': 'New key group',
	'keyGroups.form.edit': 'Edit “{name}”',
	'keyGroups.form.name': 'Name',
	'keyGroups.form.cadence': 'Inspect every (days)',
	'keyGroups.form.members': 'Selected: {n} segments, {m} m',
	'keyGroups.form.pickHint':
		'Click a segment on the map to add it or take it out; orange segments belong to other groups.',
	'keyGroups.form.road': 'Add a whole road by name',
	'keyGroups.form.roadAdd': 'Add road',
	'keyGroups.form.roadNone': 'No road named “{name}”',
	'keyGroups.form.roadTaken': '{n} segments are in other groups and were not added',
	'keyGroups.form.clear': 'Clear segments',
	'keyGroups.form.area': 'Key area',
	'keyGroups.form.areaNone': 'No key area',
	'keyGroups.form.areaDraw': 'Draw on the map…',
	'keyGroups.form.drawHint':
		'Click the corners of the area on the map in turn (at least 3), then “Done”.',
	'keyGroups.form.drawPoints': '{n} corners so far',
	'keyGroups.form.drawUndo': 'Undo last corner',
	'keyGroups.form.drawDone': 'Done',
	'keyGroups.form.drawn': 'New area drawn ({n} corners); it takes effect when saved',
	'keyGroups.form.save': 'Save',
	'keyGroups.form.cancel': 'Cancel',
	'keyGroups.form.nameMissing': 'Enter a name',
	'keyGroups.form.cadenceBad': 'Inspect every 1 to 366 days',
	'keyGroups.form.drawFew': 'A key area needs at least 3 corners',
	'keyGroups.saved': 'Saved “{name}”',
	'keyGroups.deleted': 'Deleted “{name}”',
	'keyGroups.map': 'Map for picking segments and the key area',
	'keyGroups.segment': '{name} ({id})'
};
