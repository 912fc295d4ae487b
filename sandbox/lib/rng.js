'use strict';

/**
 * sfc32 seeded through mulberry32: deterministic and fast. sfc32 needs no Math.imul, which matters because the
 * sandbox also runs inside jest's vm context, where Math.imul-heavy loops were measured three times slower.
 * The whole seeded world hangs off one stream, so a seed reproduces every id.
 */
function createRng(seed) {
	let m = seed >>> 0;
	const mulberry = () => {
		m = (m + 0x6d2b79f5) >>> 0;
		let t = m;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (t ^ (t >>> 14)) >>> 0;
	};
	let a = mulberry();
	let b = mulberry();
	let c = mulberry();
	let d = 1;
	const next32 = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	for (let i = 0; i < 12; i++) next32();
	const next = () => next32() / 4294967296;
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (list) => list[Math.floor(next() * list.length)],
		chance: (p) => next() < p,
		hex: (n) => {
			let s = '';
			while (s.length < n) s += next32().toString(16).padStart(8, '0');
			return s.length === n ? s : s.slice(0, n);
		},
		alnum: (n) => {
			const chars = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
			let s = '';
			while (s.length < n) s += chars[Math.floor(next() * chars.length)];
			return s;
		},
	};
}

/** CallRail's masked ids: a 3-letter prefix and 32 hex characters. */
const maskedId = (rng, prefix) => `${prefix}${rng.hex(32)}`;

module.exports = { createRng, maskedId };
