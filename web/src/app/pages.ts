import type { Component } from 'svelte';
import type { Route } from './routes';

/**
 * Pages other than the map, loaded on first visit so the map's bundle stays as it is.
 * A page registers here; the navigation lists the registered top-level pages.
 */
export const PAGE_LOADERS: Partial<
	Record<
		Exclude<Route['name'], 'map' | 'not_found'>,
		() => Promise<{ default: Component<{ route: Route }> }>
	>
> = {
	compare: () => import('../pages/compare/ComparePage.svelte'),
	overview: () => import('../pages/overview/OverviewPage.svelte'),
	cases: () => import('../pages/cases/CasesPage.svelte'),
	case: () => import('../pages/cases/CaseDetailPage.svelte'),
	referral: () => import('../pages/referrals/ReferralSheetPage.svelte'),

	frontage: () => import('../pages/frontage/FrontageListPage.svelte'),
	frontage_unit: () => import('../pages/frontage/FrontageUnitPage.svelte'),
	import: () => import('../pages/import/ImportPage.svelte'),
	plans: () => import('../pages/spray-plans/PlansPage.svelte'),
	team: () => import('../pages/spray-plans/TeamPage.svelte'),
	my_route: () => import('../pages/spray-plans/MyRoutePage.svelte'),
	phone: () => import('../pages/phone/PhonePage.svelte'),
	login: () => import('../pages/account/LoginPage.svelte'),
	setup: () => import('../pages/account/SetupPage.svelte'),
	report: () => import('../pages/public/ReportPage.svelte'),
	report_status: () => import('../pages/public/ReportStatusPage.svelte'),
	board: () => import('../pages/public/BoardPage.svelte'),
	account: () => import('../pages/account/AccountPage.svelte'),
	admin_users: () => import('../pages/admin/AdminUsersPage.svelte'),
	admin_tokens: () => import('../pages/admin/AdminTokensPage.svelte'),
	admin_audit: () => import('../pages/admin/AdminAuditPage.svelte'),
	admin_key_groups: () => import('../pages/admin/AdminKeyGroupsPage.svelte'),
	pest_facilities: () => import('../pages/pest/FacilitiesPage.svelte'),

	admin_deduction_items: () => import('../pages/admin/AdminDeductionItemsPage.svelte'),
	admin_sample_minimums: () => import('../pages/admin/AdminSampleMinimumsPage.svelte'),
	patrols: () => import('../pages/patrols/PatrolsPage.svelte'),
	scorecards: () => import('../pages/patrols/ScorecardsPage.svelte'),
	notice: () => import('../pages/patrols/NoticePage.svelte'),
	registry: () => import('../pages/registry/RegistryPage.svelte'),
	readiness: () => import('../pages/assessment/ReadinessPage.svelte'),
	sanitary_units: () => import('../pages/assessment/SanitaryUnitsPage.svelte'),

	assessment: () => import('../pages/assessment/RankingPage.svelte'),
	assessment_board: () => import('../pages/assessment/BoardPage.svelte'),
	assessment_ledger: () => import('../pages/assessment/LedgerPage.svelte'),
	pest_dengue: () => import('../pages/pest/DenguePage.svelte'),

	pest_campaigns: () => import('../pages/pest/CampaignsPage.svelte'),
	pest_campaign: () => import('../pages/pest/CampaignPage.svelte')
};
