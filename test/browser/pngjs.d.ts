/** The part of pngjs 7 the browser tests use (no @types/pngjs is pinned). */
declare module 'pngjs' {
	export class PNG {
		constructor(options: { width: number; height: number });
		width: number;
		height: number;
		data: Buffer;
		static sync: { read(buffer: Buffer): PNG; write(png: PNG): Buffer };
	}
}
