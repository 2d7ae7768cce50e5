import type { Pest } from '../../api/codes';
import type { RouteClient, RoutePlan, SavedPlanSummary } from '../../api/spray-plan-client';
import { JsonLoader } from '../../state/json-loader.svelte';
import { createCampaignClient } from '../../api/campaign-client';
import { MIN_AREA_CORNERS, selectInsideArea } from './plan-area';
import {
	buildPlanRequest,
	buildTargetsQuery,
	campaignRemainingStops,
	createDefaultTeams,
	prioritiesToStops,
	toCandidates,
	withStopDetails,
	type CandidateStop,
	type LngLatPoint,
	type PlanSource,
	type TeamForm
} from './plan-request';

/** The planner's form (/routes): targets, teams and options, the generated plan, saved plans. */
export class PlanForm {
	source = $state<PlanSource>('blindspots_open');
	level = $state<'FAIL' | 'C'>('FAIL');
	pest = $state<Pest>('mosquito');
	/** The ISO week of the `dengue` source (`2025-W36`); null for its latest week. */
	week = $state<string | null>(null);
	/** A campaign whose untreated targets are the candidates (issue 17); '' for the source. */
	campaign = $state('');
	campaignName = $state('');
	candidates = $state<CandidateStop[]>([]);
	teams = $state<TeamForm[]>([]);
	distance = $state<'road' | 'straight'>('road');
	balance = $state(true);
	/** Issue 18: chemical each stop needs (litres or bait stations); 0 leaves loads out. */
	demandPerStop = $state(0);
	targetsLoading = $state(false);
	targetsError = $state.raw<unknown>(null);
	result = new JsonLoader<RoutePlan>();
	saved = new JsonLoader<{ plans: SavedPlanSummary[] }>();
	/** Corners of the area drawn on the map; while `drawingArea`, map clicks add corners. */
	area = $state<[number, number][]>([]);
	drawingArea = $state(false);
	#targetsGeneration = 0;

	constructor(
		private readonly client: RouteClient,
		private readonly campaigns = createCampaignClient()
	) {}

	/** Back to the target sources, leaving the campaign's list. */
	leaveCampaign(): void {
		this.campaign = '';
		this.campaignName = '';
	}

	get selectedCount(): number {
		return this.candidates.filter((c) => c.selected).length;
	}

	get request() {
		return buildPlanRequest(this);
	}

	/** Sets every team's start (the depot) and, on first call, creates the three teams. */
	setDepot(depot: LngLatPoint): void {
		if (!this.teams.length) this.teams = createDefaultTeams(depot);
		else for (const team of this.teams) team.start = { ...depot };
	}

	startArea(): void {
		this.area = [];
		this.drawingArea = true;
	}

	addAreaCorner(lngLat: [number, number]): void {
		if (this.drawingArea) this.area = [...this.area, lngLat];
	}

	/** Closes the area and keeps only the stops inside it ticked. */
	finishArea(): void {
		this.drawingArea = false;
		if (this.area.length < MIN_AREA_CORNERS) this.area = [];
		else this.candidates = selectInsideArea(this.candidates, this.area);
	}

	clearArea(): void {
		this.area = [];
		this.drawingArea = false;
		for (const c of this.candidates) c.selected = true;
	}

	addTeam(): void {
		const depot = this.teams[0]?.start ?? { lng: 0, lat: 0 };
		const n = this.teams.length + 1;
		this.teams.push({ ...createDefaultTeams(depot, 1)[0], id: `team-${n}` });
	}

	removeTeam(): void {
		if (this.teams.length > 1) this.teams.pop();
	}

	async loadTargets(signal: AbortSignal): Promise<void> {
		const generation = ++this.#targetsGeneration;
		this.targetsLoading = true;
		try {
			const query = buildTargetsQuery(this.source, this.level, this.pest, this.week);
			let stops;
			if (this.campaign) {
				const detail = await this.campaigns.get(this.campaign, signal);
				this.campaignName = detail.campaign.name;
				stops = campaignRemainingStops(detail.targets);
			} else
				stops = query
					? (await this.client.targets(query, signal)).stops
					: prioritiesToStops((await this.client.priorities(signal)).priorities);
			if (signal.aborted || generation !== this.#targetsGeneration) return;
			const loaded = toCandidates(stops);
			this.candidates = this.drawingArea ? loaded : selectInsideArea(loaded, this.area);
			this.targetsError = null;
			this.result.clear();
		} catch (error) {
			if (signal.aborted || generation !== this.#targetsGeneration) return;
			this.targetsError = error;
		} finally {
			if (generation === this.#targetsGeneration) this.targetsLoading = false;
		}
	}

	generate(signal: AbortSignal): Promise<void> {
		const request = this.request;
		return this.result.run((s) => this.client.plan(request, s), signal);
	}

	loadSaved(signal: AbortSignal): Promise<void> {
		return this.saved.run((s) => this.client.list(s), signal);
	}

	/** Saves the generated plan under a name and date; returns the new plan's id. */
	async save(name: string, date: string): Promise<string | null> {
		const plan = this.result.data;
		if (!plan) return null;
		const saved = await this.client.save({
			name,
			date,
			distance: plan.meta.distance,
			...(this.source === 'survey_sites' && this.pest ? { pest: this.pest } : {}),
			routes: withStopDetails(plan.routes, this.candidates),
			unassigned: plan.unassigned
		});
		await this.loadSaved(new AbortController().signal);
		return saved.id;
	}
}
