import { recipientFields } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { checkAlerts } from './checks';
import { ALERT_TYPES, agentOption, notificationSettingOptions, smsAlertsField } from './fields';
import { collection } from '../../../kernel/collections';

export const createNotification: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create a notification',
	description: 'Alert a user or an email address about calls and texts',
	method: 'POST',
	path: 'notifications.json',
	fields: [
		...recipientFields('the alerts', 'a company or tracker'),
		{
			displayName: 'Call Alerts',
			name: 'callEnabled',
			type: 'boolean',
			default: true,
			description: 'Whether calls raise alerts',
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
			displayOptions: { show: { callEnabled: [true] } },
			routing: { send: { type: 'body', property: 'alert_type' } },
		},
		smsAlertsField,
		collection('Additional Fields', [
			agentOption,
			...notificationSettingOptions.filter((option) => !['alertType', 'callEnabled', 'smsEnabled'].includes(option.name)),
		]),
	],
	preSend: [checkAlerts],
};
