import type { INodeProperties } from 'n8n-workflow';

import { messageFlowLocator } from '../../../kernel/locators';

/** The message flow a record operation works on (its MFL… ID goes into the URL). */
export const messageFlowIdField = (description: string): INodeProperties => messageFlowLocator({ description });

/**
 * The smallest flow the reference accepts: one response step. "All step types require id, type, initial_step, and
 * next_step_id"; a response step also `message` and `first_text` ("Request Body - response steps").
 */
const STEPS_EXAMPLE = `{
  "response-01": {
    "id": "response-01",
    "type": "sms_response",
    "initial_step": true,
    "next_step_id": null,
    "message": "Thanks for your text! We will reply shortly. Reply STOP to opt out.",
    "first_text": false
  }
}`;

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. After-hours reply',
	description: 'Name of the flow, unique in the company',
	routing: { send: { type: 'body', property: 'name' } },
};

export const initialStepIdField: INodeProperties = {
	displayName: 'Initial Step ID',
	name: 'initialStepId',
	type: 'string',
	default: '',
	placeholder: 'e.g. response-01',
	description: 'ID of the step (in Steps) the flow starts with; that step alone has initial_step true',
	routing: { send: { type: 'body', property: 'initial_step_id' } },
};

export const stepsField: INodeProperties = {
	displayName: 'Steps (JSON)',
	name: 'steps',
	type: 'json',
	default: STEPS_EXAMPLE,
	description:
		'The steps as a JSON object keyed by step ID. Every step needs its ID, type, initial_step and next_step_id (null on the last step); sms_response steps also message and first_text, schedule steps branches, tag steps tag_ids, forward_message steps destination_number.',
	routing: { send: { type: 'body', property: 'steps' } },
};
