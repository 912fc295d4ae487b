'use strict';
/**
 * The records of a sandbox that the fixtures' placeholders stand for ({call_id}, {tag_id}…), looked up anew before
 * each request because the examples create and delete records as they go. Used by the contract test and the
 * live check's dry mode.
 */
function sandboxIds(sb) {
	const s = sb.store;
	const account = sb.ids.accounts[0];
	const [company, company2] = sb.ids.companies[account];
	const mine = (list) => list.filter((r) => r.account_id === account);
	const last = (list) => list[list.length - 1];
	const trackers = s.trackers.filter((t) => t.company?.id === company && t.status === 'active');
	const calls = mine(s.calls);
	const integrations = mine(s.integrations);
	const filtered = new Set(mine(s.integrationTriggers).map((f) => f.integration_id));
	const users = s.users.filter((u) => (u.account_ids ?? []).includes(account));
	const companyIds = new Set(mine(s.companies).map((c) => c.id));
	const accountTrackers = s.trackers.filter((t) => companyIds.has(t.company?.id));
	const id = (record) => (record ? record.id : undefined);
	const daysAgo = (n) => new Date(sb.clock.now().getTime() - n * 86400000).toISOString().slice(0, 10);
	return {
		account_id: account,
		company_id: company,
		company_id_2: company2,
		new_company_id: id(last(mine(s.companies).filter((c) => c.status === 'active' && /^Widget Shop/.test(c.name)))),
		bare_company_id: id(mine(s.companies).find((c) => c.status === 'active' && !integrations.some((i) => i.company_id === c.id && i.type === 'Webhooks'))),
		tracker_id: id(trackers.find((t) => t.type === 'source')),
		session_tracker_id: id(trackers.find((t) => t.type === 'session')),
		new_tracker_id: id(last(accountTrackers.filter((t) => t.status === 'active' && /^(My Billboard|Website Call Tracker)/.test(t.name)))),
		tracking_number: trackers.find((t) => t.type === 'source')?.tracking_numbers[0],
		sms_tracking_number: trackers.find((t) => t.sms_enabled)?.tracking_numbers[0],
		call_id: id(calls.find((c) => c.company_id === company)),
		recorded_call_id: id(calls.find((c) => c.recording)),
		session_call_id: id(calls.find((c) => c._session)),
		tag_id: id(last(mine(s.tags))),
		user_id: id(users[1]),
		self_user_id: id(users[0]),
		new_user_id: id(last(users.filter((u) => u.last_name === 'Belcher'))),
		form_submission_id: id(mine(s.formSubmissions)[0]),
		integration_id: id(integrations.find((i) => i.company_id === company && i.type === 'Webhooks')),
		unfiltered_integration_id: id(integrations.find((i) => i.company_id === company && !filtered.has(i.id))),
		integration_filter_id: id(last(mine(s.integrationTriggers))),
		notification_id: id(last(mine(s.notifications))),
		caller_id_id: id(last(mine(s.callerIds))),
		thread_id: id(mine(s.smsThreads)[0]),
		conversation_id: id(mine(s.conversations)[0]),
		long_conversation_id: sb.ids.longConversation,
		summary_email_id: id(last(mine(s.summaryEmails))),
		message_flow_id: id(last(mine(s.messageFlows))),
		lead_id: id(mine(s.leads)[0]),
		today: sb.clock.now().toISOString().slice(0, 10),
		recent_date: daysAgo(6),
		// 400 days ending yesterday, as two ranges of 200 days that meet: a daily timeseries split at 200 points.
		split_first_start: daysAgo(400),
		split_first_end: daysAgo(201),
		split_second_start: daysAgo(200),
		split_second_end: daysAgo(1),
	};
}

module.exports = { sandboxIds };
