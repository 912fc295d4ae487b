import type { INodeProperties } from 'n8n-workflow';

import { companyLocator, notificationLocator, trackerLocator, userLocator } from '../../../kernel/locators';

/** The notification a record operation works on (its whole-number ID goes into the URL). */
export const notificationIdField = (description: string): INodeProperties => notificationLocator({ description });

export const ALERT_TYPES = [
	{ name: 'All Calls', value: 'all' },
	{ name: 'First-Time Callers', value: 'first_call' },
	{ name: 'Missed Calls and Voicemails', value: 'missed_and_vm' },
	{ name: 'Voicemails Only', value: 'vm_only' },
];

export const smsAlertsField: INodeProperties = {
	displayName: 'Text Message Alerts',
	name: 'smsEnabled',
	type: 'boolean',
	default: false,
	description: 'Whether received texts raise alerts',
	routing: { send: { type: 'body', property: 'sms_enabled' } },
};

/** Settings a notification can change after it is created (scope, alerts and delivery). Sorted by name. */
export const notificationSettingOptions: INodeProperties[] = [
	{
		displayName: 'Alert Type',
		name: 'alertType',
		type: 'options',
		default: 'all',
		options: ALERT_TYPES,
		description: 'Which calls raise an alert',
		routing: { send: { type: 'body', property: 'alert_type' } },
	},
	{
		displayName: 'Call Alerts',
		name: 'callEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether calls raise alerts (Alert Type says which)',
		routing: { send: { type: 'body', property: 'call_enabled' } },
	},
	{
		...companyLocator({ required: false, description: 'Limit the alerts to one company' }),
		routing: { send: { type: 'body', property: 'company_id' } },
	},
	{
		displayName: 'Send Desktop',
		name: 'sendDesktop',
		type: 'boolean',
		default: false,
		description: 'Whether to show alerts as browser notifications',
		routing: { send: { type: 'body', property: 'send_desktop' } },
	},
	{
		displayName: 'Send Email',
		name: 'sendEmail',
		type: 'boolean',
		default: true,
		description: 'Whether to send alerts by email',
		routing: { send: { type: 'body', property: 'send_email' } },
	},
	{
		displayName: 'Send Push',
		name: 'sendPush',
		type: 'boolean',
		default: false,
		description: "Whether to send alerts as push notifications to the user's CallRail mobile app",
		routing: { send: { type: 'body', property: 'send_push' } },
	},
	smsAlertsField,
	{
		...trackerLocator({ required: false, description: 'Limit the alerts to one tracking number' }),
		routing: { send: { type: 'body', property: 'tracker_id' } },
	},
];

export const agentOption: INodeProperties = {
	...userLocator({
		name: 'agentId',
		displayName: 'Agent',
		required: false,
		description: 'Only alert about calls and texts handled by this user',
	}),
	routing: { send: { type: 'body', property: 'agent_id' } },
};
