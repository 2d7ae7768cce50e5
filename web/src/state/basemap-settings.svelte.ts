import { DEFAULT_BASEMAP, isBasemapId, type BasemapId } from './basemap-id';

/** Where the Tianditu key and the last basemap live; the key never goes into the URL. */
export const BASEMAP_STORAGE_KEYS = { id: 'sanimap.basemap', tk: 'sanimap.tiandituKey' } as const;

/** The chosen basemap and the Tianditu `tk` key, kept in `storage` (localStorage). */
export class BasemapSettings {
	id = $state<BasemapId>(DEFAULT_BASEMAP);
	tk = $state('');

	constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = null) {
		const stored = storage?.getItem(BASEMAP_STORAGE_KEYS.id);
		if (isBasemapId(stored)) this.id = stored;
		this.tk = storage?.getItem(BASEMAP_STORAGE_KEYS.tk) ?? '';
	}

	choose(id: BasemapId): void {
		this.id = id;
		this.storage?.setItem(BASEMAP_STORAGE_KEYS.id, id);
	}

	setKey(tk: string): void {
		this.tk = tk.trim();
		this.storage?.setItem(BASEMAP_STORAGE_KEYS.tk, this.tk);
	}
}
