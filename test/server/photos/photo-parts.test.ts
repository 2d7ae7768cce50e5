import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	MAX_PHOTOS_PER_REQUEST,
	PHOTO_MAX_BYTES
} from '../../../server/domain/photos/photo-limits';
import { photoFormBodyLimit } from '../../../server/middleware/photo-form-body-limit';
import { handleError } from '../../../server/routes/http/errors';
import { readPhotoParts } from '../../../server/services/photo-parts';
import { deletePhotos } from '../../../server/services/photos';
import { filesUnder, makeJpeg, makePng, tempPhotoRoot } from '../../helpers/photos';

let root: string;
let remove: () => void;
beforeEach(() => ({ root, remove } = tempPhotoRoot()));
afterEach(() => remove());

/** A route as the cases API would write one: the body limit, then the seam. */
function caseLikeApp() {
	return new Hono()
		.post('/cases', photoFormBodyLimit(), async (c) => {
			const photos = await readPhotoParts(await c.req.formData(), { root });
			return c.json({ photos }, 201);
		})
		.onError(handleError);
}

const form = (files: Array<[string, Uint8Array<ArrayBuffer> | string]>) => {
	const body = new FormData();
	body.set('note', '路边垃圾堆积');
	for (const [name, data] of files) {
		body.append('photos', typeof data === 'string' ? data : new File([data], name));
	}
	return body;
};

const post = (body: FormData) =>
	Promise.resolve(caseLikeApp().request('/cases', { method: 'POST', body })).then(async (res) => ({
		status: res.status,
		body: (await res.json()) as {
			photos?: { id: string; originalType: string }[];
			error?: { code: string; message: string };
		}
	}));

describe('readPhotoParts, the upload seam of the cases API', () => {
	it('stores every photo of a multipart request, in the order sent', async () => {
		const res = await post(
			form([
				['before.jpg', await makeJpeg(120, 90)],
				['close-up.png', await makePng(60, 60)]
			])
		);
		expect(res.status).toBe(201);
		expect(res.body.photos!.map((p) => p.originalType)).toEqual(['jpeg', 'png']);
		expect(filesUnder(root)).toHaveLength(6);
		await deletePhotos(
			root,
			res.body.photos!.map((p) => p.id)
		);
		expect(filesUnder(root)).toEqual([]);
	});

	it(`refuses more than ${MAX_PHOTOS_PER_REQUEST} photos, and none when one is required, with 422`, async () => {
		const jpeg = await makeJpeg(20, 20);
		const seven = await post(form(Array.from({ length: 7 }, (_, i) => [`${i}.jpg`, jpeg])));
		expect(seven).toMatchObject({ status: 422, body: { error: { code: 'too_many_photos' } } });
		expect(seven.body.error!.message).toContain('一次最多上传 6 张照片');
		expect(await post(form([]))).toMatchObject({
			status: 422,
			body: { error: { code: 'photos_required' } }
		});
		expect(await readPhotoParts(new FormData(), { root, min: 0 })).toEqual([]);
		expect(filesUnder(root)).toEqual([]);
	});

	it('stores none of a batch when one photo in it is refused', async () => {
		const res = await post(
			form([
				['good.jpg', await makeJpeg(50, 50)],
				['notes.jpg', new TextEncoder().encode('a text file renamed')]
			])
		);
		expect(res).toMatchObject({ status: 415, body: { error: { code: 'unsupported_photo_type' } } });
		expect(res.body.error!.message).toContain('"notes.jpg"');
		expect(filesUnder(root)).toEqual([]);
	});

	it('refuses a photo over the size limit with 413, and a text field where a photo belongs with 422', async () => {
		const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
		big.set([0xff, 0xd8, 0xff]);
		expect(await post(form([['huge.jpg', big]]))).toMatchObject({
			status: 413,
			body: { error: { code: 'too_large' } }
		});
		expect(await post(form([['', 'just text']]))).toMatchObject({
			status: 422,
			body: { error: { code: 'photo_not_a_file' } }
		});
	});

	it('refuses a body larger than six photos and their form with 413 before reading it', async () => {
		const res = await caseLikeApp().request('/cases', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body: new Uint8Array(MAX_PHOTOS_PER_REQUEST * PHOTO_MAX_BYTES + 512 * 1024)
		});
		expect(res.status).toBe(413);
	});
});
