'use strict';
const accounts = require('./accounts');

/** Every account-scoped route, by resource group. Paths are below /v3/a/{account_id}/ and end in `.json`. */
const ROUTE_GROUPS = [
	require('./call-reports'),
	require('./calls'),
	require('./tags'),
	require('./companies'),
	require('./forms'),
	require('./integrations'),
	require('./notifications'),
	require('./caller-ids'),
	require('./texts'),
	require('./message-flows'),
	require('./trackers'),
	require('./users'),
	require('./summary-emails'),
	require('./leads'),
];

module.exports = { accounts, routes: ROUTE_GROUPS.flatMap((group) => group.routes) };
