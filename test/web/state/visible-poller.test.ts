import { describe, expect, it } from 'vitest';
import {
	NOTICE_POLL_MS,
	POLL_FOCUS_GAP_MS,
	VisiblePoller,
	type PollEnv
} from '../../../web/src/state/visible-poller';

/** A hand-wound clock and a tab that can be hidden: the poller's whole world. */
function fakePage() {
	let now = 0;
	let visible = true;
	let nextId = 1;
	const timers = new Map<number, { at: number; fn: () => void }>();
	const env: PollEnv = {
		setTimeout: (fn, ms) => {
			const id = nextId++;
			timers.set(id, { at: now + ms, fn });
			return id;
		},
		clearTimeout: (h) => void timers.delete(h as number),
		now: () => now,
		isVisible: () => visible
	};
	return {
		env,
		timers,
		/** Moves the clock on, firing every timer that falls due on the way, in order. */
		advance(ms: number) {
			const end = now + ms;
			for (;;) {
				const due = [...timers.entries()]
					.filter(([, t]) => t.at <= end)
					.sort((a, b) => a[1].at - b[1].at)[0];
				if (!due) break;
				timers.delete(due[0]);
				now = due[1].at;
				due[1].fn();
			}
			now = end;
		},
		setVisible(v: boolean) {
			visible = v;
		}
	};
}

const MIN = NOTICE_POLL_MS;

describe('VisiblePoller (the notice bell polls while the tab is visible)', () => {
	it('fetches once a minute while visible: 5 fetches in 5½ minutes', () => {
		const page = fakePage();
		let fetched = 0;
		new VisiblePoller(() => fetched++, page.env).start();
		page.advance(MIN - 1);
		expect(fetched).toBe(0);
		page.advance(1);
		expect(fetched).toBe(1);
		page.advance(4.5 * MIN - 1);
		expect(fetched).toBe(5);
	});

	it('stops while hidden and catches up at once when shown after a missed minute', () => {
		const page = fakePage();
		let fetched = 0;
		const poller = new VisiblePoller(() => fetched++, page.env);
		poller.start();
		page.advance(30_000);
		page.setVisible(false);
		poller.visibilityChanged();
		expect(poller.scheduled).toBe(false);
		page.advance(10 * MIN);
		expect(fetched).toBe(0);
		expect(page.timers.size).toBe(0);
		page.setVisible(true);
		poller.visibilityChanged();
		expect(fetched).toBe(1);
		page.advance(MIN);
		expect(fetched).toBe(2);
	});

	it('shown again within the minute, waits out the rest of it', () => {
		const page = fakePage();
		let fetched = 0;
		const poller = new VisiblePoller(() => fetched++, page.env);
		poller.start();
		page.advance(20_000);
		page.setVisible(false);
		poller.visibilityChanged();
		page.advance(10_000);
		page.setVisible(true);
		poller.visibilityChanged();
		expect(fetched).toBe(0);
		// 30 s have gone by since the page fetched: the next poll is 30 s away.
		page.advance(30_000 - 1);
		expect(fetched).toBe(0);
		page.advance(1);
		expect(fetched).toBe(1);
	});

	it('fetches on window focus and counts the next minute from there; not twice in a row', () => {
		const page = fakePage();
		let fetched = 0;
		const poller = new VisiblePoller(() => fetched++, page.env);
		poller.start();
		page.advance(40_000);
		poller.focused();
		expect(fetched).toBe(1);
		poller.focused(); // focus and visibilitychange together: no second fetch
		page.advance(POLL_FOCUS_GAP_MS - 1);
		poller.focused();
		expect(fetched).toBe(1);
		// The next poll is a minute after the focus, not at the old 60 s mark.
		page.advance(MIN - POLL_FOCUS_GAP_MS);
		expect(fetched).toBe(1);
		page.advance(1);
		expect(fetched).toBe(2);
	});

	it('after stop, nothing fires and no timer is left', () => {
		const page = fakePage();
		let fetched = 0;
		const poller = new VisiblePoller(() => fetched++, page.env);
		poller.start();
		poller.stop();
		poller.focused();
		poller.visibilityChanged();
		page.advance(5 * MIN);
		expect(fetched).toBe(0);
		expect(page.timers.size).toBe(0);
	});
});
