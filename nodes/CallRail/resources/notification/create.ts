import type { INodeProperties } from 'n8n-workflow';

import { recipientFields } from '../../shared/descriptions';
import { ALERT_TYPES, agentOption, notificationSettingOptions } from './fields';

const show = { resource: ['notification'], operation: ['create'] };

export const notificationCreateDescription: INodeProperties[] = [
	...recipientFields(show, 'the alerts', 'a company or tracker'),
	{
		displayName: 'Call Alerts',
		name: 'callEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether calls raise alerts',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'call_enabled' } },
	},
	{
		displayName: 'Alert Type',
		name: 'alertType',
		type: 'options',
		required: true,
		default: 'all',
		options: ALERT_TYPES,
		description: 'Which calls raise an alert',
		displayOptions: { show: { ...show, callEnabled: [true] } },
		routing: { send: { type: 'body', property: 'alert_type' } },
	},
	{
		displayName: 'Text Message Alerts',
		name: 'smsEnabled',
		type: 'boolean',
		default: false,
		description: 'Whether received texts raise alerts',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'sms_enabled' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			agentOption,
			...notificationSettingOptions.filter(
				(option) => !['alertType', 'callEnabled', 'smsEnabled'].includes(option.name),
			),
		],
	},
];
