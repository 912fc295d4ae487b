import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { failItem } from '../../builder/routing';

/** "All step types require id, type, initial_step, and next_step_id" (reference, Request Body - all step types). */
const COMMON_KEYS = ['id', 'type', 'initial_step', 'next_step_id'];

/** The keys each step type's request table marks "required". */
const TYPE_KEYS: Record<string, string[]> = {
	schedule: ['branches'],
	sms_response: ['message', 'first_text'],
	no_response: [],
	tag: ['tag_ids'],
	forward_message: ['destination_number'],
};

/** The step that lacks a key CallRail requires, and which key; CallRail would refuse the whole flow. */
function missingStepKey(steps: IDataObject): string | undefined {
	for (const [key, value] of Object.entries(steps)) {
		const name = `Step "${key}"`;
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${name} is not a JSON object`;
		const step = value as IDataObject;
		for (const required of COMMON_KEYS) {
			if (!(required in step)) return `${name} is missing ${required}`;
		}
		const typeKeys = TYPE_KEYS[String(step.type)];
		if (!typeKeys) return `${name} has the unknown type "${String(step.type)}"`;
		for (const required of typeKeys) {
			if (!(required in step)) return `${name} is missing ${required}`;
		}
		// "An object where the key of each object attribute is the same value as the id of the step."
		if (String(step.id) !== key) return `${name} has the id "${String(step.id)}": each step's key must be its id`;
	}
	return undefined;
}

/** Steps are typed as JSON: parse them and check the keys CallRail requires before spending a request on them. */
export async function checkSteps(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = { ...((requestOptions.body ?? {}) as IDataObject) };
	if (body.steps !== undefined) {
		let steps: unknown = body.steps;
		if (typeof steps === 'string') {
			try {
				steps = JSON.parse(steps);
			} catch (error) {
				failItem(this, 'Steps is not valid JSON', (error as Error).message);
			}
		}
		if (typeof steps !== 'object' || steps === null || Array.isArray(steps)) {
			failItem(this, 'Steps must be a JSON object', 'Write the steps as an object keyed by step ID, as in the default value of Steps.');
		}
		if (Object.keys(steps as IDataObject).length === 0) {
			failItem(this, 'Steps is empty', 'A message flow needs at least one step.');
		}
		const problem = missingStepKey(steps as IDataObject);
		if (problem) {
			failItem(
				this,
				problem,
				'Every step needs id, type, initial_step and next_step_id (null on the last step); sms_response steps also message and first_text, schedule steps branches, tag steps tag_ids, forward_message steps destination_number.',
			);
		}
		body.steps = steps as IDataObject;
	}
	for (const field of ['name', 'initial_step_id']) {
		if (body[field] !== undefined) {
			body[field] = String(body[field]).trim();
			if (body[field] === '') failItem(this, `${field === 'name' ? 'Name' : 'Initial Step ID'} is empty`);
		}
	}
	requestOptions.body = body;
	return requestOptions;
}
