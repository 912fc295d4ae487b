import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { callRailApiRequest } from '../../../kernel/transport';
import { bodyOf, failItem, requirePhone, splitList } from '../../builder/routing';
import { idProblem } from '../../../kernel/ids';

const CALL_FLOW_KEYS = ['destination_number', 'recording_enabled', 'greeting_text', 'greeting_recording_url'];

/** Empty greeting fields mean "none": `null` on an update clears them, on a create they are simply left out. */
function tidyCallFlow(ctx: IExecuteSingleFunctions, flow: IDataObject, creating: boolean) {
	for (const key of ['greeting_text', 'greeting_recording_url']) {
		if (flow[key] === '') {
			if (creating) delete flow[key];
			else flow[key] = null;
		}
	}
	if (flow.destination_number !== undefined) {
		flow.destination_number = requirePhone(ctx, flow.destination_number, 'destination number');
	}
	// CallRail plays the text when both are set, so a new recording only takes effect once the text is cleared.
	if (!creating && typeof flow.greeting_recording_url === 'string' && flow.greeting_text === undefined) {
		flow.greeting_text = null;
	}
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `{ type: "advanced", uuid }` ("Advanced Call Flow Object - Existing"): CallRail assigns an existing advanced flow by
 * its UUID; the basic fields (destination, recording, greetings) have no place in it.
 */
function advancedCallFlow(ctx: IExecuteSingleFunctions, rawUuid: unknown, basicFields: IDataObject | undefined): IDataObject {
	const uuid = String(rawUuid ?? '').trim();
	if (!uuid) failItem(ctx, 'Add the Advanced Call Flow UUID', 'Open the call flow in CallRail: its UUID follows call-flow/ in the page URL.');
	if (!UUID.test(uuid)) failItem(ctx, `"${uuid}" is not a call flow UUID`, 'It looks like 4d28a8d3-0137-4c9f-9c1f-a5505cef0674.');
	const basic = Object.keys(basicFields ?? {});
	if (basic.length) {
		failItem(ctx, 'Destination number, recording and greetings belong to a basic call flow', 'Leave them out to assign an advanced call flow.');
	}
	return { type: 'advanced', uuid };
}

/** `tracking_number` / `pool_numbers`: checks the area code or business number and adds `toll_free`. */
function prepareNumberRequest(ctx: IExecuteSingleFunctions, body: IDataObject, property: string) {
	const request = (body[property] ?? {}) as IDataObject;
	const numberType = ctx.getNodeParameter('numberType', 'areaCode') as string;
	if (numberType === 'tollFree') request.toll_free = true;
	if (request.area_code !== undefined) {
		const areaCode = String(request.area_code).trim();
		if (!/^[2-9][0-9]{2}$/.test(areaCode)) {
			failItem(ctx, `"${areaCode}" is not an area code`, 'Enter three digits, such as 404 (or 888 for toll-free).');
		}
		request.area_code = areaCode;
	}
	if (request.local !== undefined) request.local = requirePhone(ctx, request.local, 'business number');
	body[property] = request;
}

/** `message_flow` from the Text Auto-Reply, Text Message Flow ID and Remove Text Message Flow fields of a collection. */
function applyMessageFlow(ctx: IExecuteSingleFunctions, body: IDataObject, collection: string) {
	const fields = ctx.getNodeParameter(collection, {}) as IDataObject;
	const text = typeof fields.autoReplyText === 'string' ? fields.autoReplyText.trim() : '';
	const flowId = typeof fields.messageFlowId === 'string' ? fields.messageFlowId.trim() : '';
	const remove = fields.removeMessageFlow === true;
	if ([text !== '', flowId !== '', remove].filter(Boolean).length > 1) {
		failItem(ctx, 'Choose one of Text Auto-Reply, Text Message Flow ID and Remove Text Message Flow', 'A number has one auto-reply or one message flow, or none.');
	}
	if (remove) body.message_flow = null;
	else if (text) {
		if (text.length > 1550) failItem(ctx, `The auto-reply has ${text.length} characters; CallRail takes up to 1550`);
		body.message_flow = { type: 'auto-reply', message: text };
	} else if (flowId) {
		const problem = idProblem(flowId, 'messageFlow');
		if (problem) failItem(ctx, `"${flowId}" is not a valid message flow ID`, problem);
		body.message_flow = { type: 'advanced', id: flowId };
	}
}

/** A session tracker's `source` object from the chosen engines and traffic, direct visits, landing pages and referrers. */
function sessionSource(ctx: IExecuteSingleFunctions, chosen: IDataObject): IDataObject {
	const source: IDataObject = {};
	if (chosen.direct === true) source.type = 'direct';
	for (const engine of ['google', 'bing', 'yahoo']) {
		const traffic = chosen[engine] as string[] | undefined;
		if (traffic?.length) source[engine] = traffic;
	}
	for (const key of ['landing', 'referrer']) {
		const values = splitList(chosen[key]);
		if (values.length) source[key] = values;
	}
	if (Object.keys(source).length === 0) {
		failItem(ctx, 'Choose at least one source', 'Add a search engine, direct visits, a landing page or a referrer, or pick All Visitors.');
	}
	if (chosen.inverted === true) source.inverted = true;
	return source;
}

/**
 * Update: Session Sources (`all`, `direct`, `google:paid`…) with Session Landing Pages, Session Referrers and Invert
 * Session Sources (the same `source` keys as a create: "landing", "referrer", "inverted", Advanced Session Tracking
 * Options), or the Source Type fields of a source tracker.
 */
function applySourceUpdate(ctx: IExecuteSingleFunctions, body: IDataObject) {
	const fields = ctx.getNodeParameter('updateFields', {}) as IDataObject;
	const session = Array.isArray(fields.sessionSources) ? (fields.sessionSources as string[]) : [];
	const landing = splitList(fields.landingParameters);
	const referrer = splitList(fields.referrers);
	const inverted = fields.invertSources === true;
	const sessionChosen = session.length > 0 || landing.length > 0 || referrer.length > 0 || inverted;
	const source = body.source as IDataObject | undefined;
	if (sessionChosen && source) failItem(ctx, 'Session Sources are for session trackers, Source Type for source trackers: use one');
	if (sessionChosen) {
		if (session.includes('all')) {
			if (landing.length || referrer.length || inverted) {
				failItem(ctx, 'All Visitors cannot be combined with landing pages, referrers or Invert Session Sources');
			}
			body.source = 'all';
			return;
		}
		const chosen: IDataObject = { direct: session.includes('direct'), landing, referrer, inverted };
		for (const entry of session) {
			const [engine, traffic] = entry.split(':');
			if (traffic) chosen[engine] = [...((chosen[engine] as string[]) ?? []), traffic];
		}
		body.source = sessionSource(ctx, chosen);
		return;
	}
	if (!source) return;
	if (source.type === undefined) failItem(ctx, 'Add Source Type to change the source', 'Search Engine, Search Type, Source Landing and Source Referrer refine a Source Type.');
	if (source.type === 'search') {
		source.search_engine ??= 'all';
		source.search_type ??= 'all';
	}
	if (['landing_url', 'landing_params'].includes(String(source.type)) && !source.landing) failItem(ctx, 'Add Source Landing for this source type');
	if (source.type === 'web_referrer' && !source.referrer) failItem(ctx, 'Add Source Referrer for the Website Referrer source type');
}

function prepareCreate(ctx: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions, type: 'source' | 'session') {
	const body = bodyOf(requestOptions);
	body.type = type;
	applyMessageFlow(ctx, body, 'additionalFields');
	const flow = (body.call_flow ?? {}) as IDataObject;
	if (ctx.getNodeParameter('callFlowType', 'basic') === 'advanced') {
		delete flow.recording_enabled;
		body.call_flow = advancedCallFlow(ctx, ctx.getNodeParameter('advancedCallFlowUuid', ''), flow);
	} else {
		tidyCallFlow(ctx, flow, true);
		body.call_flow = { type: 'basic', ...flow };
	}
	if (Array.isArray(body.swap_targets) && body.swap_targets.length === 0) delete body.swap_targets;
	for (const key of ['whisper_message', 'campaign_name']) {
		if (body[key] === '') delete body[key];
	}
	return body;
}

/** Body of Create Source Tracker: `type`, a basic `call_flow`, the `tracking_number` request and the `source`. */
export async function prepareSourceTracker(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = prepareCreate(this, requestOptions, 'source');
	prepareNumberRequest(this, body, 'tracking_number');
	return requestOptions;
}

/** Body of Create Session Tracker: `type`, a basic `call_flow`, `pool_size`, `pool_numbers` and the `source`. */
export async function prepareSessionTracker(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = prepareCreate(this, requestOptions, 'session');
	prepareNumberRequest(this, body, 'pool_numbers');
	const poolSize = Number(body.pool_size);
	if (!Number.isInteger(poolSize) || poolSize < 4 || poolSize > 50) {
		failItem(this, `A pool holds 4 to 50 numbers, not ${String(body.pool_size)}`);
	}

	if (this.getNodeParameter('sessionSources', 'all') === 'all') {
		body.source = 'all';
		return requestOptions;
	}
	body.source = sessionSource(this, this.getNodeParameter('chosenSources', {}) as IDataObject);
	return requestOptions;
}

/**
 * Whether CallRail keeps the call-flow fields a PUT leaves out is disputed: the reference's "Updating a Source
 * Tracker" sample shows them kept, the summary this node was first written from says they are lost (a new greeting
 * alone would erase the destination number). Sending the whole merged flow is right either way: when any call-flow
 * field is set, this reads the tracker and sends its current basic call flow with the user's fields laid over it.
 */
export async function prepareTrackerUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	applyMessageFlow(this, body, 'updateFields');
	applySourceUpdate(this, body);
	const advanced =
		fields.callFlowType === 'advanced' || (fields.callFlowType === undefined && fields.advancedCallFlowUuid !== undefined);
	if (advanced) body.call_flow = advancedCallFlow(this, fields.advancedCallFlowUuid, body.call_flow as IDataObject | undefined);
	if (Object.keys(body).length === 0 && fields.callFlowType === undefined) {
		failItem(this, 'Add at least one field to update');
	}
	if (typeof body.replace_tracking_number === 'string') {
		body.replace_tracking_number = requirePhone(this, body.replace_tracking_number, 'tracking number to replace');
	}
	if (body.pool_size !== undefined) {
		const poolSize = Number(body.pool_size);
		if (!Number.isInteger(poolSize) || poolSize < 4 || poolSize > 50) {
			failItem(this, `A pool holds 4 to 50 numbers, not ${String(body.pool_size)}`);
		}
	}
	if (Array.isArray(body.swap_targets) && body.swap_targets.length === 0) delete body.swap_targets;

	const changes = body.call_flow as IDataObject | undefined;
	if (advanced) return requestOptions;
	if (!changes) {
		if (fields.callFlowType === 'basic') failItem(this, 'Add Destination Number to switch to a basic call flow');
		return requestOptions;
	}
	tidyCallFlow(this, changes, false);

	const tracker = await callRailApiRequest.call(this, {
		method: 'GET',
		path: String(requestOptions.url),
		purpose: { resource: 'tracker', operation: 'get' },
	});
	const current = (tracker.call_flow ?? {}) as IDataObject;
	if (current.type !== undefined && current.type !== 'basic' && fields.callFlowType === 'basic') {
		// Switching to basic: nothing of the advanced flow carries over, and a basic flow rings a destination.
		if (changes.destination_number === undefined) failItem(this, 'Add Destination Number to switch to a basic call flow');
		body.call_flow = { type: 'basic', ...changes };
		return requestOptions;
	}
	if (current.type !== undefined && current.type !== 'basic') {
		failItem(
			this,
			`This tracker uses an ${String(current.type)} call flow, which the API cannot change field by field`,
			'Set Call Flow Type to Basic (with a Destination Number) to replace it with a basic call flow, or change it in CallRail.',
		);
	}
	const merged: IDataObject = { type: 'basic' };
	for (const key of CALL_FLOW_KEYS) {
		if (current[key] !== undefined) merged[key] = current[key];
	}
	if (merged.destination_number === undefined && typeof tracker.destination_number === 'string') {
		merged.destination_number = tracker.destination_number;
	}
	body.call_flow = { ...merged, ...changes };
	return requestOptions;
}
