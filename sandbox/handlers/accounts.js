'use strict';
const { single, bool, requestedFields } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { sortBy, ok } = require('./common');

const OPTIONAL = new Set(['numeric_id']);

function present(account, fields) {
	const out = {
		id: account.id, name: account.name, outbound_recording_enabled: account.outbound_recording_enabled,
		hipaa_account: account.hipaa_account, inbound_recording_enabled: account.inbound_recording_enabled, created_at: account.created_at,
	};
	if (fields.includes('numeric_id')) out.numeric_id = account.numeric_id;
	return out;
}

function listAccounts(sb, req) {
	const fields = requestedFields(req.query, OPTIONAL);
	let accounts = sb.store.accounts.filter((a) => req.user.account_ids.includes(a.id));
	const hipaa = single(req.query, 'hipaa_account');
	if (hipaa !== undefined) accounts = accounts.filter((a) => a.hipaa_account === bool(hipaa));
	accounts = sortBy(accounts, req.query, ['name'], undefined);
	const body = paginate(req.query, accounts, 'accounts');
	body.accounts = body.accounts.map((a) => present(a, fields));
	return ok(body);
}

const getAccount = (sb, req) => ok(present(req.account, requestedFields(req.query, OPTIONAL)));

module.exports = { listAccounts, getAccount };
