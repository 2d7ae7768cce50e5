export type ReadyListener = (ready: boolean, readyCount: number) => void;
export type FrameScheduler = (callback: () => void) => void;

/** Two animation frames: the one deck.gl drew in, and the one the compositor shows it in. */
const nextPaint: FrameScheduler = (callback) =>
	requestAnimationFrame(() => requestAnimationFrame(callback));

/**
 * Decides the `data-map-ready` flag (design.md §3): true once the style has loaded, the map is
 * idle, no data request is in flight and deck.gl has drawn the latest layers; false again as
 * soon as the view moves, data reloads or layers change. The check runs a frame later, so
 * effects of the same update (new data, then new layers) have all landed before it passes.
 */
export class MapReadyTracker {
	#styleLoaded = false;
	#mapIdle = false;
	#busy = true;
	#layersVersion = 0;
	#renderedVersion = -1;
	#ready = false;
	#readyCount = 0;
	#pending = false;

	constructor(
		private readonly listener: ReadyListener,
		private readonly schedule: FrameScheduler = nextPaint
	) {}

	get ready(): boolean {
		return this.#ready;
	}

	styleLoaded(): void {
		this.#styleLoaded = true;
		this.#check();
	}

	/** The camera started moving or a basemap source changed; wait for the next `idle`. */
	mapBusy(): void {
		this.#mapIdle = false;
		this.#set(false);
	}

	mapIdle(): void {
		this.#mapIdle = true;
		this.#check();
	}

	setDataBusy(busy: boolean): void {
		this.#busy = busy;
		if (busy) this.#set(false);
		else this.#check();
	}

	/** New deck.gl layers were handed to the overlay. */
	layersChanged(): void {
		this.#layersVersion++;
		this.#set(false);
	}

	/** deck.gl finished a frame (its `onAfterRender`). */
	deckRendered(): void {
		if (this.#renderedVersion === this.#layersVersion) return;
		this.#renderedVersion = this.#layersVersion;
		this.#check();
	}

	#settled(): boolean {
		return (
			this.#styleLoaded &&
			this.#mapIdle &&
			!this.#busy &&
			this.#layersVersion > 0 &&
			this.#renderedVersion === this.#layersVersion
		);
	}

	#check(): void {
		if (this.#ready || this.#pending || !this.#settled()) return;
		this.#pending = true;
		this.schedule(() => {
			this.#pending = false;
			if (this.#settled()) this.#set(true);
		});
	}

	#set(ready: boolean): void {
		if (ready === this.#ready) return;
		this.#ready = ready;
		if (ready) this.#readyCount++;
		this.listener(ready, this.#readyCount);
	}
}
