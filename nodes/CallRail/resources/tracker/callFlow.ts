import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { callRailApiRequest } from '../../shared/transport';
import { bodyOf, failItem, requirePhone, splitList } from '../../shared/routing';

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

function prepareCreate(ctx: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions, type: 'source' | 'session') {
	const body = bodyOf(requestOptions);
	body.type = type;
	const flow = (body.call_flow ?? {}) as IDataObject;
	tidyCallFlow(ctx, flow, true);
	body.call_flow = { type: 'basic', ...flow };
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
	const chosen = this.getNodeParameter('chosenSources', {}) as IDataObject;
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
		failItem(this, 'Choose at least one source', 'Add a search engine, direct visits, a landing page or a referrer, or pick All Visitors.');
	}
	if (chosen.inverted === true) source.inverted = true;
	body.source = source;
	return requestOptions;
}

/**
 * CallRail replaces the whole `call_flow` on a PUT, so sending only a new greeting would erase the destination
 * number. When any call-flow field is set, this reads the tracker and sends its current basic call flow with the
 * user's fields laid over it.
 */
export async function prepareTrackerUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	if (Object.keys(body).length === 0) {
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
	if (!changes) return requestOptions;
	tidyCallFlow(this, changes, false);

	const tracker = await callRailApiRequest.call(this, {
		method: 'GET',
		path: String(requestOptions.url),
		purpose: { resource: 'tracker', operation: 'get' },
	});
	const current = (tracker.call_flow ?? {}) as IDataObject;
	if (current.type !== undefined && current.type !== 'basic') {
		failItem(
			this,
			`This tracker uses an ${String(current.type)} call flow, which the API cannot change field by field`,
			'Change its destination, recording or greeting in CallRail, or assign a basic call flow there first.',
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
