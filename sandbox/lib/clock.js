'use strict';

/**
 * 'manual': time stands still until advance()/set(). 'real': the start instant plus real elapsed time × scale, so a
 * test can squeeze an hour-long rate-limit window into a moment; set() re-anchors it.
 */
function createClock(start, mode = 'real') {
	let anchorMs = new Date(start).getTime();
	let realAnchor = Date.now();
	const clock = {
		scale: 1,
		mode,
		now() {
			return new Date(mode === 'manual' ? anchorMs : anchorMs + (Date.now() - realAnchor) * clock.scale);
		},
		advance(ms) {
			anchorMs = clock.now().getTime() + ms;
			realAnchor = Date.now();
		},
		set(d) {
			const ms = new Date(d).getTime();
			if (Number.isNaN(ms)) throw new Error(`clock.set: invalid date ${d}`);
			anchorMs = ms;
			realAnchor = Date.now();
		},
	};
	return clock;
}

module.exports = { createClock };
