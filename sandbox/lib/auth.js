'use strict';
const { fail, forbid } = require('./errors');

const ACCESS_DENIED = 'HTTP Token: Access denied.';

/** Rails token auth: `Token token="KEY"`, and the unquoted `Token token=KEY` that peers send. */
function tokenFrom(header) {
	const match = String(header || '').match(/^Token\s+token=(?:"([^"]*)"|([^\s",]+))\s*$/i);
	return match ? match[1] ?? match[2] : undefined;
}

/**
 * Resolves the CallRail user behind a request. Under the Maton prefix only `Bearer <maton key>` is accepted and the
 * `Maton-Connection` header picks which CallRail user the gateway acts as (default: the oldest connection).
 */
function authenticate(identity, headers, maton) {
	if (maton) {
		const match = String(headers.authorization || '').match(/^Bearer\s+(\S+)\s*$/i);
		if (!match || match[1] !== identity.matonKey) fail(401, 'Invalid or missing Maton API key');
		const connection = headers['maton-connection'];
		const name = connection ? identity.connectionNames.get(String(connection)) : identity.defaultConnection;
		if (!name) fail(400, `Maton connection not found: ${connection}`);
		return identity.usersByName[name];
	}
	const user = identity.usersByKey.get(tokenFrom(headers.authorization));
	if (!user) fail(401, ACCESS_DENIED);
	return user;
}

const companyVisible = (user, companyId) => !user.company_ids || user.company_ids.includes(companyId);
const requireRole = (req, roles) => {
	if (!roles.includes(req.user.role)) forbid();
};
const requireAdmin = (req) => requireRole(req, ['admin']);
/** Admins manage every integration; managers only those of their own companies. */
function requireIntegrationAdmin(req, companyId) {
	if (req.user.role === 'admin') return;
	if (req.user.role === 'manager' && companyVisible(req.user, companyId)) return;
	forbid();
}

module.exports = { authenticate, tokenFrom, companyVisible, requireRole, requireAdmin, requireIntegrationAdmin, ACCESS_DENIED };
