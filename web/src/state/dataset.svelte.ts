import type { DatasetMeta } from '../../../server/contract/layers';
import type { ApiClient } from '../api/client';
import { isAbortError } from '../api/client';
import type { Catalogues } from '../api/catalogues';

/** What the data set is (meta) and its code tables, loaded once at start. */
export class Dataset {
	meta = $state.raw<DatasetMeta | null>(null);
	catalogues = $state.raw<Catalogues | null>(null);
	error = $state.raw<unknown>(null);

	constructor(private readonly api: Pick<ApiClient, 'meta' | 'catalogues'>) {}

	async load(signal: AbortSignal): Promise<void> {
		try {
			const [meta, catalogues] = await Promise.all([
				this.api.meta(signal),
				this.api.catalogues(signal)
			]);
			if (signal.aborted) return;
			this.meta = meta;
			this.catalogues = catalogues;
		} catch (error) {
			if (!signal.aborted && !isAbortError(error)) this.error = error;
		}
	}
}
