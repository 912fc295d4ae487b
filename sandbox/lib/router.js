'use strict';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles `['GET', 'calls/:id/recording', handler, opts]` into a matcher for the part of the path after
 * /v3/a/{account}/. `.json` is required unless opts.jsonOptional. Literal paths are tried before parameterised ones,
 * so `calls/summary.json` is never taken for a call id.
 */
function compileRoutes(definitions) {
	return definitions
		.map(([method, pattern, handler, opts = {}], index) => {
			const parts = pattern.split('/').map((part) => (part.startsWith(':') ? '([^/]+?)' : escape(part)));
			const suffix = opts.jsonOptional ? '(?:\\.json)?' : '\\.json';
			return { method, pattern, handler, opts, index, params: (pattern.match(/:/g) || []).length, regex: new RegExp(`^${parts.join('/')}${suffix}$`) };
		})
		.sort((a, b) => a.params - b.params || a.index - b.index);
}

/** → { route, params } | { status: 404 | 405 } */
function matchRoute(routes, method, subPath) {
	const candidates = routes.filter((r) => r.regex.test(subPath));
	if (!candidates.length) return { status: 404 };
	const route = candidates.find((r) => r.method === method);
	if (!route) return { status: 405 };
	let params;
	try {
		params = subPath.match(route.regex).slice(1).map(decodeURIComponent);
	} catch {
		return { status: 404 };
	}
	return { route, params };
}

module.exports = { compileRoutes, matchRoute };
