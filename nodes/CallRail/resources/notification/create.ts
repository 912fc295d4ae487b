import type { INodeProperties } from 'n8n-workflow';

import { userLocator } from '../../shared/descriptions';
import { ALERT_TYPES, agentOption, notificationSettingOptions } from './fields';

const show = { resource: ['notification'], operation: ['create'] };

export const notificationCreateDescription: INodeProperties[] = [
	{
		displayName: 'Recipient',
		name: 'recipient',
		type: 'options',
		default: 'user',
		options: [
			{ name: 'CallRail User', value: 'user' },
			{ name: 'Email Address', value: 'email', description: 'Someone without a CallRail login; needs a company or tracker' },
		],
		description: 'Who receives the alerts',
		displayOptions: { show },
	},
	{
		...userLocator({ description: 'The user who receives the alerts' }),
		displayOptions: { show: { ...show, recipient: ['user'] } },
		routing: { send: { type: 'body', property: 'user_id' } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Address that receives the alerts',
		displayOptions: { show: { ...show, recipient: ['email'] } },
		routing: { send: { type: 'body', property: 'email' } },
	},
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
