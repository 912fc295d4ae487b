import type { IDataObject } from 'n8n-workflow';

import { retentionFloorDay } from '../../nodes/kernel/vocabulary';

import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: Form Submission, Text Message, SMS Thread and Lead resources', () => {
	const env = useSandbox();
	const ids = () => env.primary();
	const account = () => ids().account;
	const company = () => ids().company;
	const { accountPath } = env;

	/** Seeded records of the sandbox's store, of the seeded account. */
	const seeded = (key: string): IDataObject[] => {
		const all = (env.sandbox.store[key] as IDataObject[] | undefined) ?? [];
		const records = all.filter((r) => r.account_id === account() && (r.company_id === undefined || r.company_id === company()));
		if (records.length === 0) throw new Error(`the sandbox has no seeded ${key}`);
		return records;
	};

	const run = async (resource: string, parameters: IDataObject) =>
		await env.run({ resource, ...parameters });

	describe('Form Submission', () => {
		it('Get Many sends every filter and option, and Limit caps the items', async () => {
			const result = await run('formSubmission', {
				operation: 'getMany',
				returnAll: false,
				limit: 4,
				filters: {
					companyId: byId(ids().company),
					dateRange: 'last_30_days',
					timeZone: 'America/New_York',
					leadStatus: 'good_lead',
					personLead: true,
					tags: ['Web', 'Spring'],
				},
				options: { fields: ['tags', 'lead_status'] },
				sort: { sortBy: 'submitted_at', order: 'asc' },
				output: 'raw',
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(accountPath('form_submissions.json'));
			expect(request.query).toEqual({
				company_id: ids().company,
				date_range: 'last_30_days',
				time_zone: 'America/New_York',
				lead_status: 'good_lead',
				person_lead: 'true',
				'tags[]': ['Web', 'Spring'],
				fields: 'tags,lead_status',
				sort: 'submitted_at',
				order: 'asc',
				per_page: '4',
				page: '1',
			});
			expect(result.json.length).toBeLessThanOrEqual(4);
		});

		it('Get Many › Person Leads Only returns only submissions with a lead associated (no anonymous ones)', async () => {
			const all = await run('formSubmission', { operation: 'getMany', returnAll: true, filters: { dateRange: 'last_30_days' }, output: 'raw' });
			const leads = await run('formSubmission', { operation: 'getMany', returnAll: true, filters: { dateRange: 'last_30_days', personLead: true }, output: 'raw' });
			expect(all.json.some((f) => f.person_id === 'anonymous')).toBe(true);
			expect(leads.json.length).toBeGreaterThan(0);
			expect(leads.json.every((f) => String(f.person_id).startsWith('PER'))).toBe(true);
			expect(leads.json.length).toBe(all.json.filter((f) => f.person_id !== 'anonymous').length);
		});

		it('Get Many with Return All returns the seeded submissions as items', async () => {
			const result = await run('formSubmission', {
				operation: 'getMany',
				returnAll: true,
				filters: { dateRange: 'all_time' },
				output: 'raw',
			});
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query).toEqual({ start_date: retentionFloorDay(), per_page: '250', page: '1' });
			expect(result.json.length).toBeGreaterThan(0);
			for (const form of result.json) expect(String(form.id)).toMatch(/^FOR/);
		});

		it('Create wraps the body in form_submission with form_data from the field list', async () => {
			const result = await run('formSubmission', {
				operation: 'create',
				companyId: byId(ids().company),
				formUrl: 'https://example.com/contact',
				attribution: 'urls',
				landingPageUrl: 'https://example.com/?utm_source=google',
				referrer: 'google_paid',
				referringUrl: 'https://www.google.com/',
				formDataMode: 'fields',
				formFields: {
					field: [
						{ name: 'name', value: 'Jane Doe' },
						{ name: 'phone', value: '+14045551234' },
						{ name: '', value: 'ignored' },
					],
				},
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('POST');
			expect(requests[0].path).toBe(accountPath('form_submissions.json'));
			expect(requests[0].body).toEqual({
				form_submission: {
					company_id: ids().company,
					form_url: 'https://example.com/contact',
					landing_page_url: 'https://example.com/?utm_source=google',
					referrer: 'google_paid',
					referring_url: 'https://www.google.com/',
					form_data: { name: 'Jane Doe', phone: '+14045551234' },
				},
			});
			expect(requests[0].status).toBe(201);
			expect(result.json).toHaveLength(1);
		});

		it('Create with a session ID and JSON form data', async () => {
			const result = await run('formSubmission', {
				operation: 'create',
				companyId: byId(ids().company),
				formUrl: 'https://example.com/quote',
				attribution: 'session',
				sessionId: 'abc123session',
				formDataMode: 'json',
				formDataJson: '{"email": "jane@example.com", "phone": "+14045551234"}',
			});
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].body).toEqual({
				form_submission: {
					company_id: ids().company,
					form_url: 'https://example.com/quote',
					session_id: 'abc123session',
					form_data: { email: 'jane@example.com', phone: '+14045551234' },
				},
			});
		});

		it('Create refuses JSON form data that is not an object, without a request', async () => {
			const result = await run('formSubmission', {
				operation: 'create',
				companyId: byId(ids().company),
				formUrl: 'https://example.com/quote',
				attribution: 'session',
				sessionId: 'abc',
				formDataMode: 'json',
				formDataJson: '["not", "an", "object"]',
			});
			expect(result.error?.message).toMatch(/must be an object/);
			expect(env.requests()).toHaveLength(0);
		});

		it('Update sends tags with append mode, note, value and lead status', async () => {
			const form = seeded('formSubmissions')[0];
			const result = await run('formSubmission', {
				operation: 'update',
				formSubmissionId: form.id,
				updateFields: { tags: ['Hot', ' '], tagMode: 'append', note: 'Called back', value: '50.00', leadStatus: 'good_lead' },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('PUT');
			expect(requests[0].path).toBe(accountPath(`form_submissions/${String(form.id)}.json`));
			expect(requests[0].body).toEqual({
				tags: ['Hot'],
				append_tags: true,
				note: 'Called back',
				value: '50.00',
				lead_status: 'good_lead',
			});
			expect(result.json[0].id).toBe(form.id);
		});

		it('Update with lead status Clear sends null', async () => {
			const form = seeded('formSubmissions')[0];
			const result = await run('formSubmission', {
				operation: 'update',
				formSubmissionId: form.id,
				updateFields: { leadStatus: 'clear' },
			});
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].body).toEqual({ lead_status: null });
		});

		it('Update with Tag Mode Remove finds the submission among those carrying the tags, then replaces its tags with the others', async () => {
			const form = seeded('formSubmissions')[0];
			const id = String(form.id);
			const before = await run('formSubmission', { operation: 'update', formSubmissionId: id, updateFields: { tagMode: 'replace', tags: ['Urgent', 'Follow-up', 'Spring'] } });
			expect(before.error).toBeUndefined();
			env.sandbox.clearRequests();
			const result = await run('formSubmission', { operation: 'update', formSubmissionId: id, updateFields: { tagMode: 'remove', tags: ['follow-up', 'Follow-up'] } });
			expect(result.error).toBeUndefined();
			const [list, update] = env.requests();
			expect(env.requests()).toHaveLength(2);
			expect(`${list.method} ${list.path}`).toBe(`GET ${accountPath('form_submissions.json')}`);
			expect(list.query).toMatchObject({ tags: 'follow-up,Follow-up', fields: 'tags' });
			expect(`${update.method} ${update.path}`).toBe(`PUT ${accountPath(`form_submissions/${id}.json`)}`);
			expect(update.body).toEqual({ tags: ['Urgent', 'Spring'], append_tags: false });
		});

		it('Update with Tag Mode Remove leaves the tags alone when the submission carries none of them', async () => {
			const form = seeded('formSubmissions')[0];
			const id = String(form.id);
			await run('formSubmission', { operation: 'update', formSubmissionId: id, updateFields: { tagMode: 'replace', tags: ['Urgent'] } });
			env.sandbox.clearRequests();
			const result = await run('formSubmission', { operation: 'update', formSubmissionId: id, updateFields: { tagMode: 'remove', tags: ['Never Used'], note: 'checked' } });
			expect(result.error).toBeUndefined();
			expect(env.requests().at(-1)!.body).toEqual({ note: 'checked' });
		});

		it('Update accepts the FRM… IDs of real payloads as well as the FOR… IDs of the reference', async () => {
			for (const prefix of ['FRM', 'FOR']) {
				env.sandbox.clearRequests();
				const id = `${prefix}${'ab'.repeat(16)}`;
				const result = await run('formSubmission', { operation: 'update', formSubmissionId: id, updateFields: { note: 'x' } });
				// Not refused locally: the request goes out, and the sandbox does not know this submission.
				expect(env.requests().map((r) => r.path)).toEqual([`/v3/a/${ids().account}/form_submissions/${id}.json`]);
				expect(result.error?.message).toMatch(/CallRail error 404/);
			}
		});

		it('Update refuses the ID of another kind of record without a request', async () => {
			const result = await run('formSubmission', {
				operation: 'update',
				formSubmissionId: `CAL${'0'.repeat(32)}`,
				updateFields: { note: 'x' },
			});
			expect(result.error?.message).toMatch(/not a valid form submission ID/);
			expect(result.error?.description).toMatch(/CAL… is the ID of a call\. CallRail form submission IDs look like FOR or FRM followed by 32 hexadecimal characters/);
			expect(env.requests()).toHaveLength(0);
		});

		it('Ignore Fields sends the chosen company IDs and field names', async () => {
			const result = await run('formSubmission', {
				operation: 'ignoreFields',
				ignoreScope: 'chosen',
				companyIds: [ids().company],
				fieldNames: ['card_number', 'password'],
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('POST');
			expect(requests[0].path).toBe(accountPath('form_submissions/ignored_fields.json'));
			expect(requests[0].body).toEqual({ company_ids: [ids().company], field_names: ['card_number', 'password'] });
			expect(result.json).toHaveLength(1);
			expect(result.json[0].message).toEqual(expect.any(String));
		});

		it('Ignore Fields for all companies sends ["all"]', async () => {
			const result = await run('formSubmission', {
				operation: 'ignoreFields',
				ignoreScope: 'all',
				fieldNames: ['ssn'],
			});
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].body).toEqual({ company_ids: ['all'], field_names: ['ssn'] });
		});
	});

	describe('Text Message', () => {
		it('Get Many Conversations sends the filters and reads the conversations envelope', async () => {
			const result = await run('textMessage', {
				operation: 'getManyConversations',
				returnAll: false,
				limit: 5,
				filters: { companyId: byId(ids().company), dateRange: 'all_time', search: '404' },
				options: { fields: ['lead_status', 'source'] },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(accountPath('text-messages.json'));
			expect(request.query).toEqual({
				company_id: ids().company,
				start_date: retentionFloorDay(),
				search: '404',
				fields: 'lead_status,source',
				per_page: '5',
				page: '1',
			});
			expect(result.json.length).toBeLessThanOrEqual(5);
		});

		it('Get Many Conversations with Return All returns the seeded conversations', async () => {
			const result = await run('textMessage', {
				operation: 'getManyConversations',
				returnAll: true,
				filters: { dateRange: 'all_time' },
			});
			expect(result.error).toBeUndefined();
			const conversations = seeded('conversations');
			expect(result.json.map((c) => c.id)).toEqual(expect.arrayContaining([conversations[0].id]));
		});

		it('Get Conversation sends the conversation path and fields', async () => {
			const conversation = seeded('conversations')[0];
			const result = await run('textMessage', {
				operation: 'getConversation',
				conversationId: String(conversation.id),
				fields: ['lead_status'],
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(accountPath(`text-messages/${String(conversation.id)}.json`));
			expect(requests[0].query).toEqual({ fields: 'lead_status', page: '1', per_page: '250' });
			expect(result.json[0].id).toBe(conversation.id);
		});

		/** The seeded 260-message conversation, read whole or up to Limit. */
		const longConversation = () => env.sandbox.ids.longConversation;
		const messageKeys = (messages: unknown) => (messages as IDataObject[]).map((m) => `${String(m.created_at)}|${String(m.content)}`);

		it('Get Conversation returns every message by default: pages of 250 merged newest first, none lost or repeated at the seam, in Simplified output', async () => {
			const result = await run('textMessage', { operation: 'getConversation', conversationId: longConversation() });
			expect(result.error).toBeUndefined();
			expect(env.requests().map((r) => r.query)).toEqual([
				{ page: '1', per_page: '250' },
				{ page: '2', per_page: '250' },
			]);
			expect(result.json).toHaveLength(1);
			const [item] = result.json;
			const messages = item.messages as IDataObject[];
			expect(messages).toHaveLength(260);
			expect(new Set(messageKeys(messages)).size).toBe(260);
			const times = messages.map((m) => Date.parse(String(m.created_at)));
			expect(times.every((t, i) => i === 0 || times[i - 1] >= t)).toBe(true);
			expect(item).not.toHaveProperty('page');
			expect(item).not.toHaveProperty('total_pages');
		});

		it('Get Conversation with a Limit reads only the pages it needs and returns the newest messages', async () => {
			const whole = await run('textMessage', { operation: 'getConversation', conversationId: longConversation(), output: 'raw' });
			env.sandbox.clearRequests();
			const result = await run('textMessage', { operation: 'getConversation', conversationId: longConversation(), returnAll: false, limit: 30, output: 'raw' });
			expect(result.error).toBeUndefined();
			expect(env.requests().map((r) => r.query)).toEqual([{ page: '1', per_page: '30' }]);
			expect(messageKeys(result.json[0].messages)).toEqual(messageKeys(whole.json[0].messages).slice(0, 30));
		});

		const smsNumber = () => {
			const trackers = env.sandbox.store.trackers as Array<IDataObject & { company: IDataObject; tracking_numbers: string[] }>;
			const tracker = trackers.find((t) => t.company.id === company() && t.sms_enabled === true && t.status === 'active');
			if (!tracker) throw new Error('no SMS-enabled tracker');
			return tracker.tracking_numbers[0];
		};
		/** The tracking number in another notation, to see the node normalize it. */
		const spaced = (e164: string) => `+1 ${e164.slice(2, 5)} ${e164.slice(5, 8)} ${e164.slice(8)}`;

		it('Send posts the text with normalized numbers and returns the sent message', async () => {
			const result = await run('textMessage', {
				operation: 'send',
				companyId: byId(ids().company),
				customerPhoneNumber: '(404) 555-1234',
				trackingNumber: spaced(smsNumber()),
				content: 'Thanks for your call, we will follow up today.',
				additionalFields: { mediaUrl: 'https://example.com/map.png' },
			});
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('POST');
			expect(requests[0].path).toBe(accountPath('text-messages.json'));
			expect(requests[0].body).toEqual({
				company_id: ids().company,
				customer_phone_number: '+14045551234',
				tracking_number: smsNumber(),
				content: 'Thanks for your call, we will follow up today.',
				media_url: 'https://example.com/map.png',
			});
			expect(requests[0].status).toBe(201);
			expect(result.error).toBeUndefined();
			expect(result.json).toHaveLength(1);
			expect(result.json[0].customer_phone_number).toBe('+14045551234');
			expect(result.json[0].current_tracking_number).toEqual(expect.any(String));
		});

		it('Send refuses content over 140 characters without any request', async () => {
			const result = await run('textMessage', {
				operation: 'send',
				companyId: byId(ids().company),
				customerPhoneNumber: '+14045551234',
				trackingNumber: smsNumber(),
				content: 'x'.repeat(141),
			});
			expect(result.error?.message).toMatch(/141 characters long; CallRail accepts at most 140/);
			expect(env.requests()).toHaveLength(0);
		});

		it('Send accepts exactly 140 characters and may leave out the tracking number of an existing conversation', async () => {
			const conversation = seeded('conversations')[0];
			const result = await run('textMessage', {
				operation: 'send',
				companyId: byId(ids().company),
				customerPhoneNumber: String(conversation.customer_phone_number),
				content: 'y'.repeat(140),
			});
			expect(result.error).toBeUndefined();
			expect(result.json[0].id).toBe(conversation.id);
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].status).toBe(201);
			expect(requests[0].body.content).toHaveLength(140);
			expect(requests[0].body.tracking_number).toBeUndefined();
		});

		it('Send is not retried after a server error', async () => {
			env.sandbox.faults.add({ status: 500, times: 1, method: 'POST', path: 'text-messages.json' });
			const result = await run('textMessage', {
				operation: 'send',
				companyId: byId(ids().company),
				customerPhoneNumber: '+14045551234',
				trackingNumber: smsNumber(),
				content: 'Only once',
			});
			expect(result.error?.message).toMatch(/500/);
			expect(env.requests((r) => r.method === 'POST')).toHaveLength(1);
		});
	});

	describe('SMS Thread', () => {
		it('Get sends Include Message Errors and returns the thread', async () => {
			const thread = seeded('smsThreads')[0];
			const result = await run('smsThread', {
				operation: 'get',
				threadId: String(thread.id),
				options: { withMsgErrors: true },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(accountPath(`sms-threads/${String(thread.id)}.json`));
			expect(requests[0].query).toEqual({ page: '1', per_page: '100', with_msg_errors: 'true' });
			expect(result.json).toHaveLength(1);
			expect(result.json[0].id).toBe(thread.id);
		});

		it('Get returns the whole 260-message thread by default (three pages of at most 100), messages kept by Simplified', async () => {
			const result = await run('smsThread', { operation: 'get', threadId: env.sandbox.ids.longConversation });
			expect(result.error).toBeUndefined();
			expect(env.requests().map((r) => r.query)).toEqual([
				{ page: '1', per_page: '100' },
				{ page: '2', per_page: '100' },
				{ page: '3', per_page: '100' },
			]);
			expect(result.json).toHaveLength(1);
			const messages = result.json[0].messages as IDataObject[];
			expect(messages).toHaveLength(260);
			expect(new Set(messages.map((m) => m.id)).size).toBe(260);
			expect(result.json[0].total_records).toBeUndefined();
		});

		it('Get with a Limit of 150 reads two pages and returns the 150 newest messages', async () => {
			const result = await run('smsThread', { operation: 'get', threadId: env.sandbox.ids.longConversation, returnAll: false, limit: 150, output: 'raw' });
			expect(result.error).toBeUndefined();
			expect(env.requests().map((r) => r.query)).toEqual([
				{ page: '1', per_page: '100' },
				{ page: '2', per_page: '100' },
			]);
			expect((result.json[0].messages as IDataObject[]).length).toBe(150);
			expect(result.json[0].total_records).toBe(260);
		});

		it('Get of a thread CallRail does not know fails with its error, after one request', async () => {
			const result = await run('smsThread', { operation: 'get', threadId: 'Zzzzz' });
			expect(result.error?.message).toMatch(/404|not found/i);
			expect(env.requests()).toHaveLength(1);
		});

		it('Get Many sends company, both dates and search, and reads the sms_threads envelope', async () => {
			const start = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
			const end = new Date().toISOString().slice(0, 10);
			const result = await run('smsThread', {
				operation: 'getMany',
				returnAll: false,
				limit: 3,
				filters: { companyId: byId(ids().company), startDate: `${start}T00:00:00`, endDate: `${end}T00:00:00`, search: 'Smith' },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(accountPath('sms-threads.json'));
			expect(request.query).toEqual({
				company_id: ids().company,
				start_date: start,
				end_date: end,
				search: 'Smith',
				per_page: '3',
				page: '1',
			});
			expect(result.json.length).toBeLessThanOrEqual(3);
		});

		it('Get Many with Return All returns the seeded threads', async () => {
			const result = await run('smsThread', { operation: 'getMany', returnAll: true, filters: { dateRange: 'all_time' } });
			expect(result.error).toBeUndefined();
			// SMS threads need start_date and end_date together, so All Kept sends both (never date_range=all_time).
			expect(env.requests()[0].query).toMatchObject({ start_date: retentionFloorDay(), end_date: new Date().toISOString().slice(0, 10) });
			expect(env.requests()[0].query.date_range).toBeUndefined();
			expect(result.json.map((t) => t.id)).toContain(seeded('smsThreads')[0].id);
		});

		it('Get Many refuses a start date without an end date, without a request', async () => {
			const result = await run('smsThread', {
				operation: 'getMany',
				returnAll: true,
				filters: { startDate: new Date().toISOString().slice(0, 10) },
			});
			expect(result.error?.message).toMatch(/both Start Date and End Date/);
			expect(env.requests()).toHaveLength(0);
		});

		it('Update sends notes, value, tags, append mode and lead qualification', async () => {
			const thread = seeded('smsThreads')[0];
			const result = await run('smsThread', {
				operation: 'update',
				threadId: String(thread.id),
				updateFields: { notes: 'Asked for a quote', value: '$5.00', tags: ['Quote'], tagMode: 'replace', leadQualification: 'not_a_lead' },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('PUT');
			expect(requests[0].path).toBe(accountPath(`sms-threads/${String(thread.id)}.json`));
			expect(requests[0].body).toEqual({
				notes: 'Asked for a quote',
				value: '$5.00',
				tags: ['Quote'],
				append_tags: false,
				lead_qualification: 'not_a_lead',
			});
			expect(result.json[0].id).toBe(thread.id);
		});
	});

	describe('SMS Thread › Update with Tag Mode Remove', () => {
		it('reads the thread, then replaces its tags with the others: two requests', async () => {
			const thread = seeded('smsThreads').find((t) => Array.isArray(t.tags) && (t.tags as unknown[]).length > 0) ?? seeded('smsThreads')[0];
			const before = await run('smsThread', { operation: 'update', threadId: String(thread.id), updateFields: { tagMode: 'replace', tags: ['Urgent', 'Follow-up', 'Spring'] } });
			expect(before.error).toBeUndefined();
			env.sandbox.clearRequests();
			const result = await run('smsThread', { operation: 'update', threadId: String(thread.id), updateFields: { tagMode: 'remove', tags: ['follow-up'] } });
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET ${accountPath(`sms-threads/${String(thread.id)}.json`)}`,
				`PUT ${accountPath(`sms-threads/${String(thread.id)}.json`)}`,
			]);
			expect(requests[1].body).toEqual({ tags: ['Urgent', 'Spring'], append_tags: false });
			expect(result.json[0].tags).toEqual(['Urgent', 'Spring']);
		});
	});

	describe('Lead', () => {
		it('Get Many sends company, sort and fields, and reads the leads envelope', async () => {
			const result = await run('lead', {
				operation: 'getMany',
				returnAll: false,
				limit: 2,
				filters: { companyId: byId(ids().company) },
				options: { fields: ['id', 'name', 'phone'] },
				sort: { sortBy: 'name', order: 'asc' },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(accountPath('leads.json'));
			expect(request.query).toEqual({
				company_id: ids().company,
				sort: 'name',
				order: 'asc',
				fields: 'id,name,phone',
				per_page: '2',
				page: '1',
			});
			expect(result.json.length).toBeGreaterThan(0);
			expect(result.json.length).toBeLessThanOrEqual(2);
			for (const lead of result.json) expect(String(lead.id)).toMatch(/^PER/);
		});

		const leadId = () => String(seeded('leads')[0].id);

		it('Get Timeline pages through the timeline events', async () => {
			const result = await run('lead', {
				operation: 'getTimeline',
				leadId: leadId(),
				returnAll: true,
				leadSummary: 'none',
				options: { sort: 'created_at' },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(accountPath(`leads/${leadId()}/timeline.json`));
			expect(requests[0].query).toEqual({ sort: 'created_at', per_page: '250', page: '1' });
			expect(result.json.length).toBeGreaterThan(0);
			for (const event of result.json) {
				expect(['call', 'form_submission', 'sms', 'chat', 'milestone']).toContain(event.type);
				expect(event.lead).toBeUndefined();
			}
		});

		it('Get Timeline can return the lead summary as the first item; Limit counts events only', async () => {
			const result = await run('lead', {
				operation: 'getTimeline',
				leadId: leadId(),
				returnAll: false,
				limit: 1,
				leadSummary: 'firstItem',
			});
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query).toEqual({ per_page: '1', page: '1' });
			expect(result.json).toHaveLength(2);
			expect(result.json[0].type).toBe('lead_summary');
			expect(result.json[0].customer_phone_number).toEqual(expect.any(String));
			expect(result.json[1].type).not.toBe('lead_summary');
		});

		it('Get Timeline can add the lead summary to each event', async () => {
			const result = await run('lead', {
				operation: 'getTimeline',
				leadId: leadId(),
				returnAll: false,
				limit: 2,
				leadSummary: 'eachItem',
			});
			expect(result.error).toBeUndefined();
			expect(result.json.length).toBeGreaterThan(0);
			for (const event of result.json) {
				expect((event.lead as IDataObject).customer_phone_number).toEqual(expect.any(String));
			}
		});

		it('Get Timeline refuses a malformed lead ID without a request', async () => {
			const result = await run('lead', { operation: 'getTimeline', leadId: 'CAL123', returnAll: true });
			expect(result.error?.message).toMatch(/not a valid lead ID/);
			expect(env.requests()).toHaveLength(0);
		});
	});
});
