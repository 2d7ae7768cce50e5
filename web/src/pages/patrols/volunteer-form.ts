import { MAX_CHECK_PHOTOS } from '../../../../server/contract/frontage';

/**
 * Most photos the volunteer form takes: the server's MAX_VOLUNTEER_PHOTOS, which is the
 * frontage check's limit (contract/patrol-report-requests.ts holds zod, so the web reads the
 * zod-free constant it is set from).
 */
export const MAX_VOLUNTEER_PHOTOS_WEB = MAX_CHECK_PHOTOS;
