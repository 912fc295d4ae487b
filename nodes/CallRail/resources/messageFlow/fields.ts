import type { INodeProperties } from 'n8n-workflow';

import { exampleId, idForm } from '../../../shared/ids';

export const messageFlowIdField = (operations: string[]): INodeProperties => ({
	displayName: 'Message Flow ID',
	name: 'messageFlowId',
	type: 'string',
	required: true,
	default: '',
	placeholder: exampleId('messageFlow'),
	description: `The message flow, as ${idForm('messageFlow')}`,
	displayOptions: { show: { resource: ['messageFlow'], operation: operations } },
});

const STEPS_EXAMPLE = `{
  "step_1": {
    "type": "sms_response",
    "message": "Thanks for your text! We will reply shortly.",
    "next_step_id": null
  }
}`;

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	description: 'Name of the flow, unique in the company',
	routing: { send: { type: 'body', property: 'name' } },
};

export const initialStepIdField: INodeProperties = {
	displayName: 'Initial Step ID',
	name: 'initialStepId',
	type: 'string',
	default: '',
	placeholder: 'step_1',
	description: 'ID of the step (in Steps) the flow starts with',
	routing: { send: { type: 'body', property: 'initial_step_id' } },
};

export const stepsField: INodeProperties = {
	displayName: 'Steps (JSON)',
	name: 'steps',
	type: 'json',
	default: STEPS_EXAMPLE,
	description:
		'The steps as a JSON object keyed by step ID. Step types: schedule, sms_response, no_response, tag and forward_message; each names its next_step_id.',
	routing: { send: { type: 'body', property: 'steps' } },
};
