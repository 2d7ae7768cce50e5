import type { UserList, UserRecord } from '../../../../server/contract/accounts';
import type { LayerCollection } from '../../../../server/contract/layers';
import { createCaseClient } from '../../api/case-client';
import type { Catalogues } from '../../api/catalogues';
import { createApiClient } from '../../api/client';
import { locale } from '../../i18n';
import { JsonLoader } from '../../state/json-loader.svelte';

/**
 * The names a case page shows for codes: people from `/api/users`, categories from the
 * catalogues, zones from the zones layer (passed in when the page loads it already).
 * Call `start()` inside a component.
 */
export class CaseLookups {
	users = new JsonLoader<UserList>();
	catalogues = new JsonLoader<Catalogues>();
	zones = new JsonLoader<LayerCollection<'zones'>>();

	constructor(private readonly zonesFrom: (() => LayerCollection<'zones'> | null) | null = null) {}

	start(): void {
		const client = createCaseClient();
		const api = createApiClient();
		this.users.follow(
			() => true,
			(_, s) => client.users(s)
		);
		this.catalogues.follow(
			() => true,
			(_, s) => api.catalogues(s)
		);
		if (!this.zonesFrom)
			this.zones.follow(
				() => true,
				(_, s) => api.layer('zones', '', s)
			);
	}

	get userList(): UserRecord[] {
		return this.users.data?.users ?? [];
	}
	get zoneLayer(): LayerCollection<'zones'> | null {
		return this.zonesFrom ? this.zonesFrom() : this.zones.data;
	}
	get categories() {
		return this.catalogues.data?.blindSpotCategories ?? [];
	}

	userName = (username: string | null): string =>
		this.userList.find((u) => u.username === username)?.displayName ?? username ?? '—';
	zoneName = (id: string | null): string =>
		id === null
			? '—'
			: (this.zoneLayer?.features.find((f) => f.properties.id === id)?.properties.name ?? id);
	categoryName = (code: string): string => {
		const c = this.categories.find((x) => x.code === code);
		return c ? locale.name(c) : code;
	};
}
