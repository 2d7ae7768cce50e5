import { isDensityPeriod } from './density-period';
import { isH3Resolution, isPest } from './density-settings.svelte';
import {
	DEFAULT_HOTSPOT,
	isHotspotRings,
	isHotspotSubject,
	type HotspotSettingsValues
} from './hotspot-settings.svelte';

const CODE = /^[a-z0-9_.-]+$/i;

/**
 * Hot-spot mode in the URL: `hotspots=1&hsub=pest&hpest=mosquito&hmethod=…&hres=8&hk=2&hfdr=1
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
	return {
		on: p.get('hotspots') === '1' && !densityOn,
		subject: isHotspotSubject(subject) ? subject : DEFAULT_HOTSPOT.subject,
		pest: isPest(pest) ? pest : DEFAULT_HOTSPOT.pest,
		method: method && CODE.test(method) ? method : DEFAULT_HOTSPOT.method,
		res: isH3Resolution(res) ? res : DEFAULT_HOTSPOT.res,
		k: isHotspotRings(k) ? k : DEFAULT_HOTSPOT.k,
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
	if (h.fdr !== d.fdr) p.set('hfdr', flag(h.fdr));
	if (h.kde !== d.kde) p.set('hkde', flag(h.kde));
	if (h.roads !== d.roads) p.set('hroads', flag(h.roads));
	if (h.period !== d.period) p.set('hperiod', h.period);
	if (h.from) p.set('hfrom', h.from);
	if (h.to) p.set('hto', h.to);
}
