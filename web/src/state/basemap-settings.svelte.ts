import { DEFAULT_BASEMAP, isBasemapId, type BasemapId } from './basemap-id';

/** Where the Tianditu key and the last basemap live; the key never goes into the URL. */
export const BASEMAP_STORAGE_KEYS = { id: 'sanimap.basemap', tk: 'sanimap.tiandituKey' } as const;

export type BasemapStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The chosen basemap and the Tianditu `tk` key, kept in `storage` (localStorage). */
export class BasemapSettings {
	id = $state<BasemapId>(DEFAULT_BASEMAP);
	tk = $state('');

	private storage: BasemapStore | null = null;

	constructor(storage: BasemapStore | null = null) {
		this.useStorage(storage);
	}

	/** Takes the stored choice and key, and keeps later changes in `storage`. */
	useStorage(storage: BasemapStore | null): void {
		this.storage = storage;
		const stored = storage?.getItem(BASEMAP_STORAGE_KEYS.id);
		if (isBasemapId(stored)) this.id = stored;
		this.tk = storage?.getItem(BASEMAP_STORAGE_KEYS.tk) ?? this.tk;
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
