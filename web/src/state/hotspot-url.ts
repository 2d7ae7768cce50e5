import { MAX_BAND_M } from '../api/hotspot-query';
import { isDensityPeriod } from './density-period';
import { isH3Resolution, isPest } from './density-settings.svelte';
import {
	DEFAULT_HOTSPOT,
	isHotspotNeighbourhood,
	isHotspotRings,
	isHotspotSubject,
	type HotspotSettingsValues
} from './hotspot-settings.svelte';

const CODE = /^[a-z0-9_.-]+$/i;

/**
 * Hot-spot mode in the URL: `hotspots=1&hsub=pest&hpest=mosquito&hmethod=…&hres=8&hk=2&hfdr=1
 * &hnb=distance&hband=2500&hnear=8
 * &hkde=1&hroads=1&hperiod=custom&hfrom=…&hto=…`. Density mode wins when a URL asks for both.
 */
export function parseHotspotParams(
	p: URLSearchParams,
	date: (key: string) => string | null,
	densityOn: boolean
): HotspotSettingsValues {
	const subject = p.get('hsub') ?? '';
	const pest = p.get('hpest') ?? '';
	const method = p.get('hmethod');
	const res = Number(p.get('hres'));
	const k = Number(p.get('hk'));
	const period = p.get('hperiod') ?? '';
	const neighbourhood = p.get('hnb') ?? '';
	const bandM = Number(p.get('hband'));
	const nearest = Number(p.get('hnear'));
	return {
		on: p.get('hotspots') === '1' && !densityOn,
		subject: isHotspotSubject(subject) ? subject : DEFAULT_HOTSPOT.subject,
		pest: isPest(pest) ? pest : DEFAULT_HOTSPOT.pest,
		method: method && CODE.test(method) ? method : DEFAULT_HOTSPOT.method,
		res: isH3Resolution(res) ? res : DEFAULT_HOTSPOT.res,
		k: isHotspotRings(k) ? k : DEFAULT_HOTSPOT.k,
		neighbourhood: isHotspotNeighbourhood(neighbourhood)
			? neighbourhood
			: DEFAULT_HOTSPOT.neighbourhood,
		bandM: p.has('hband') && bandM >= 1 && bandM <= MAX_BAND_M ? bandM : DEFAULT_HOTSPOT.bandM,
		nearest:
			Number.isInteger(nearest) && nearest >= 1 && nearest <= 30
				? nearest
				: DEFAULT_HOTSPOT.nearest,
		fdr: p.has('hfdr') ? p.get('hfdr') === '1' : DEFAULT_HOTSPOT.fdr,
		kde: p.has('hkde') ? p.get('hkde') === '1' : DEFAULT_HOTSPOT.kde,
		roads: p.has('hroads') ? p.get('hroads') === '1' : DEFAULT_HOTSPOT.roads,
		period: isDensityPeriod(period) ? period : DEFAULT_HOTSPOT.period,
		from: date('hfrom'),
		to: date('hto')
	};
}

/** Writes the fields that differ from `DEFAULT_HOTSPOT`. */
export function serializeHotspotParams(h: HotspotSettingsValues, p: URLSearchParams): void {
	const d = DEFAULT_HOTSPOT;
	const flag = (v: boolean) => (v ? '1' : '0');
	if (h.on) p.set('hotspots', '1');
	if (h.subject !== d.subject) p.set('hsub', h.subject);
	if (h.pest !== d.pest) p.set('hpest', h.pest);
	if (h.method) p.set('hmethod', h.method);
	if (h.res !== d.res) p.set('hres', String(h.res));
	if (h.k !== d.k) p.set('hk', String(h.k));
	if (h.neighbourhood !== d.neighbourhood) p.set('hnb', h.neighbourhood);
	if (h.bandM !== null) p.set('hband', String(h.bandM));
	if (h.nearest !== d.nearest) p.set('hnear', String(h.nearest));
	if (h.fdr !== d.fdr) p.set('hfdr', flag(h.fdr));
	if (h.kde !== d.kde) p.set('hkde', flag(h.kde));
	if (h.roads !== d.roads) p.set('hroads', flag(h.roads));
	if (h.period !== d.period) p.set('hperiod', h.period);
	if (h.from) p.set('hfrom', h.from);
	if (h.to) p.set('hto', h.to);
}
