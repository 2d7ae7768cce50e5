import { quoteValue } from '../../contract/quote';
import { AppError } from '../../errors';
import { MAX_PHOTOS_PER_REQUEST } from './photo-limits';

/**
 * Why a photo was refused, as a clerk reads it: Chinese first, English in brackets, as the
 * sign-in refusals (middleware/authenticate.ts). `name` is the file name the phone sent.
 */

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
const megapixels = (pixels: number) => `${Math.round(pixels / 100_000) / 10} 百万像素`;

export function photoTooLarge(name: string, bytes: number, limit: number): AppError {
	return new AppError(
		413,
		'too_large',
		`照片 ${quoteValue(name)} 有 ${megabytes(bytes)}，超过 ${megabytes(limit)} 的上限，请压缩后重发 ` +
			`(photo ${quoteValue(name)} is ${megabytes(bytes)}, over the ${megabytes(limit)} limit; send a smaller one)`,
		{ file: name, bytes, limit }
	);
}

export function photoNotAnImage(name: string): AppError {
	return new AppError(
		415,
		'unsupported_photo_type',
		`文件 ${quoteValue(name)} 不是 JPEG、PNG 或 WebP 图片 ` +
			`(file ${quoteValue(name)} is not a JPEG, PNG or WebP image)`,
		{ file: name, accepted: ['image/jpeg', 'image/png', 'image/webp'] }
	);
}

export function photoTooManyPixels(
	name: string,
	width: number,
	height: number,
	limit: number
): AppError {
	return new AppError(
		422,
		'photo_too_many_pixels',
		`照片 ${quoteValue(name)} 为 ${width}×${height} 像素，超过 ${megapixels(limit)} 的上限 ` +
			`(photo ${quoteValue(name)} is ${width}×${height} pixels, over the limit of ${limit} pixels)`,
		{ file: name, width, height, limit }
	);
}

export function photoUnreadable(name: string): AppError {
	return new AppError(
		422,
		'photo_unreadable',
		`照片 ${quoteValue(name)} 已损坏或未传完整，请重新拍摄或重发 ` +
			`(photo ${quoteValue(name)} is damaged or incomplete; take or send it again)`,
		{ file: name }
	);
}

export function tooManyPhotos(count: number, most = MAX_PHOTOS_PER_REQUEST): AppError {
	return new AppError(
		422,
		'too_many_photos',
		`一次最多上传 ${most} 张照片，本次有 ${count} 张 (at most ${most} photos at a time; this had ${count})`,
		{ count, most }
	);
}

export function tooFewPhotos(count: number, least: number): AppError {
	return new AppError(
		422,
		'photos_required',
		`请至少附上 ${least} 张照片 (attach at least ${least} photo${least === 1 ? '' : 's'}; this had ${count})`,
		{ count, least }
	);
}

export function photoFieldNotAFile(field: string): AppError {
	return new AppError(
		422,
		'photo_not_a_file',
		`表单字段 ${quoteValue(field)} 应为照片文件 (form field ${quoteValue(field)} must be a photo file)`,
		{ field }
	);
}
