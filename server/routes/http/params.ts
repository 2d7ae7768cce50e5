import { LAYER_IDS, type LayerId } from '../../contract/layers';
import { quoteValue } from '../../contract/quote';
import { NotFoundError } from '../../errors';

/** The `{layer}` path segment as a layer id; an unknown one is a 404 listing the layers. */
export function parseLayerId(text: string): LayerId {
	if (!(LAYER_IDS as readonly string[]).includes(text)) {
		throw new NotFoundError(
			`unknown layer ${quoteValue(text)}; layers are ${LAYER_IDS.join(', ')}`
		);
	}
	return text as LayerId;
}
