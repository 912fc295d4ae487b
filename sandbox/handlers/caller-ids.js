'use strict';
const { fail } = require('../lib/errors');
const { single } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { strip, nowIso, requireFields, onlyKeys, bodyOf, companyOf, findIn, ok, created, noContent } = require('./common');

function listCallerIds(sb, req) {
	const company = companyOf(sb, req, single(req.query, 'company_id'));
	const body = paginate(req.query, sb.store.callerIds.filter((c) => c.company_id === company.id), 'caller_ids');
	body.caller_ids = body.caller_ids.map(strip);
	return ok(body);
}

const findCallerId = (sb, req, id) => findIn(req, sb.store.callerIds, id, 'Caller ID');

/** Creating starts a verification call; POSTing the same number again restarts it with a new code. */
function createCallerId(sb, req) {
	const body = bodyOf(req);
	onlyKeys(body, ['company_id', 'phone_number', 'name']);
	requireFields(body, ['company_id', 'phone_number', 'name']);
	const company = companyOf(sb, req, body.company_id);
	if (!/^\+1[2-9]\d{2}[2-9]\d{6}$/.test(body.phone_number)) fail(400, 'phone_number must be a US or Canadian number in E.164 format');
	const code = String(sb.store.rng.int(100000, 999999));
	const existing = sb.store.callerIds.find((c) => c.company_id === company.id && c.phone_number === body.phone_number);
	if (existing) {
		if (existing.verified) fail(422, 'This number is already a verified caller ID');
		Object.assign(existing, { validation_code: code, name: body.name });
		return created(strip(existing));
	}
	const callerId = { id: ++sb.store.seq.callerId, account_id: req.account.id, company_id: company.id, phone_number: body.phone_number, name: String(body.name), verified: false, created_at: nowIso(sb), validation_code: code };
	sb.store.callerIds.push(callerId);
	return created(strip(callerId));
}

function deleteCallerId(sb, req, id) {
	const callerId = findCallerId(sb, req, id);
	sb.store.callerIds.splice(sb.store.callerIds.indexOf(callerId), 1);
	const company = sb.store.companies.find((c) => c.id === callerId.company_id);
	if (company) company.verified_caller_ids = company.verified_caller_ids.filter((n) => n !== callerId.phone_number);
	return noContent();
}

const routes = [
	['GET', 'caller_ids', listCallerIds],
	['POST', 'caller_ids', createCallerId],
	['GET', 'caller_ids/:id', (sb, req, id) => ok(strip(findCallerId(sb, req, id)))],
	['DELETE', 'caller_ids/:id', deleteCallerId],
];

module.exports = { routes };
