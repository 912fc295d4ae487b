'use strict';
const crypto = require('node:crypto');

/** mulberry32: small, fast, deterministic. */
function createRng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (list) => list[Math.floor(next() * list.length)],
		chance: (p) => next() < p,
		hex: (n) => {
			let s = '';
			while (s.length < n) s += Math.floor(next() * 16).toString(16);
			return s;
		},
	};
}

/** CallRail's masked ids: a 3-letter prefix and 32 hex characters. */
const maskedId = (rng, prefix) => `${prefix}${rng.hex(32)}`;

function signPayload(key, rawBody) {
	return crypto.createHmac('sha1', String(key)).update(rawBody).digest('base64');
}

class HttpError extends Error {
	constructor(status, message, headers) {
		super(message);
		this.status = status;
		this.headers = headers || {};
	}
}

const fail = (status, message, headers) => {
	throw new HttpError(status, message, headers);
};

module.exports = { createRng, maskedId, signPayload, HttpError, fail };
