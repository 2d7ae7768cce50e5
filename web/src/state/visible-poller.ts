/**
 * When to fetch something again that changes behind the page's back (the notice bell's 督办
 * notices): every `intervalMs` while the tab is visible, at once on window focus, never while
 * the tab is hidden. The clock and the page's visibility are injected so the rule is tested
 * without a browser or real time.
 */
export interface PollEnv {
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	now(): number;
	isVisible(): boolean;
}

/** The bell polls once a minute. */
export const NOTICE_POLL_MS = 60_000;
/** A focus this soon after the last fetch fetches nothing (focus and visibilitychange come together). */
export const POLL_FOCUS_GAP_MS = 5_000;

export class VisiblePoller {
	#handle: unknown = null;
	#last: number;
	#running = false;

	constructor(
		private readonly tick: () => void,
		private readonly env: PollEnv,
		private readonly intervalMs = NOTICE_POLL_MS
	) {
		this.#last = env.now();
	}

	/** Starts polling; the page has just fetched, so the first poll is one interval away. */
	start(): void {
		this.#running = true;
		this.#last = this.env.now();
		this.#schedule(this.intervalMs);
	}

	stop(): void {
		this.#running = false;
		this.#cancel();
	}

	/** Whether a poll is waiting on the timer (false while hidden or stopped). */
	get scheduled(): boolean {
		return this.#handle !== null;
	}

	/** Hidden: nothing more until visible. Visible again: fetch if a poll was missed, else wait out the rest. */
	visibilityChanged(): void {
		if (!this.#running) return;
		this.#cancel();
		if (!this.env.isVisible()) return;
		const since = this.env.now() - this.#last;
		if (since >= this.intervalMs) this.#fire();
		else this.#schedule(this.intervalMs - since);
	}

	/** The window got focus: fetch now (unless just fetched) and count the next minute from here. */
	focused(): void {
		if (!this.#running || !this.env.isVisible()) return;
		if (this.env.now() - this.#last < POLL_FOCUS_GAP_MS) return;
		this.#cancel();
		this.#fire();
	}

	#fire(): void {
		this.#last = this.env.now();
		this.tick();
		this.#schedule(this.intervalMs);
	}

	#schedule(ms: number): void {
		this.#cancel();
		if (!this.#running || !this.env.isVisible()) return;
		this.#handle = this.env.setTimeout(() => {
			this.#handle = null;
			if (this.#running && this.env.isVisible()) this.#fire();
		}, ms);
	}

	#cancel(): void {
		if (this.#handle !== null) this.env.clearTimeout(this.#handle);
		this.#handle = null;
	}
}

/**
 * Runs a poller on the real page: `visibilitychange` and window `focus` drive it. Returns the
 * teardown (stops the poller and removes the listeners).
 */
export function pollWhileVisible(tick: () => void, intervalMs = NOTICE_POLL_MS): () => void {
	const poller = new VisiblePoller(
		tick,
		{
			setTimeout: (fn, ms) => window.setTimeout(fn, ms),
			clearTimeout: (h) => window.clearTimeout(h as number),
			now: () => Date.now(),
			isVisible: () => document.visibilityState === 'visible'
		},
		intervalMs
	);
	const onVisibility = () => poller.visibilityChanged();
	const onFocus = () => poller.focused();
	document.addEventListener('visibilitychange', onVisibility);
	window.addEventListener('focus', onFocus);
	poller.start();
	return () => {
		poller.stop();
		document.removeEventListener('visibilitychange', onVisibility);
		window.removeEventListener('focus', onFocus);
	};
}
