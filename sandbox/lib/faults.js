'use strict';

/** Injected failures: the first live rule matching method and path wins and uses up one of its `times`. */
function createFaults() {
	const rules = [];
	const matches = (rule, method, path) =>
		rule.times > 0 &&
		(!rule.method || rule.method.toUpperCase() === method) &&
		(!rule.path || (rule.path instanceof RegExp ? rule.path.test(path) : path.includes(rule.path)));
	return {
		rules,
		add(rule) {
			rules.push({ ...rule, times: rule.times ?? 1 });
		},
		clear() {
			rules.splice(0);
		},
		/** Returns the rule to apply (already consumed) or undefined. */
		take(method, path) {
			const rule = rules.find((r) => matches(r, method, path));
			if (rule) rule.times -= 1;
			return rule;
		},
	};
}

module.exports = { createFaults };
