import type { LayerId } from '../../../server/contract/layers';
import { ApiError } from '../api/client';
import type { Translate } from '../i18n';

interface LoaderLike {
	layer: LayerId;
	error: unknown;
	data: {
		truncated: boolean;
		limit: number;
		total?: number;
		returned?: number;
		compact?: { form: string };
	} | null;
}

function messageOf(error: unknown, t: Translate): string {
	if (error instanceof ApiError && error.code === 'network') return t('error.network');
	return error instanceof Error ? error.message : String(error);
}

/** Localised error and warning lines for the notice area: failed loads and capped layers. */
export function collectNotices(
	datasetError: unknown,
	loaders: readonly LoaderLike[],
	t: Translate
): { errors: string[]; warnings: string[] } {
	const errors: string[] = [];
	const warnings: string[] = [];
	if (datasetError) errors.push(t('error.meta', { message: messageOf(datasetError, t) }));
	for (const loader of loaders) {
		const layer = t(`layer.${loader.layer}`);
		if (loader.error) errors.push(t('error.layer', { layer, message: messageOf(loader.error, t) }));
		const data = loader.data;
		// Issue 18: a capped layer is a sample of the whole area; at low zoom, H3 cells.
		if (data?.compact?.form === 'h3')
			warnings.push(t('scale.layers.cells', { layer, total: data.total ?? 0 }));
		else if (data?.truncated && data.total !== undefined)
			warnings.push(
				t('scale.layers.sampled', { layer, n: data.returned ?? data.limit, total: data.total })
			);
		else if (data?.truncated) warnings.push(t('notice.truncated', { layer, n: data.limit }));
	}
	return { errors, warnings };
}
