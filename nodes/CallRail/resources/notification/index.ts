import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, checkIdParameter, deletedResult, failItem, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { notificationCreateDescription } from './create';
import { notificationDeleteDescription } from './delete';
import { notificationGetManyDescription } from './getMany';
import { notificationUpdateDescription } from './update';

const recordPath = accountPath('notifications/{{$parameter.notificationId}}.json');
const checkNotificationId = checkIdParameter('notificationId', 'notification');

/** CallRail needs an alert type whenever call alerts are on, and something to alert about. */
async function checkAlerts(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (body.call_enabled === true && !body.alert_type) {
		failItem(this, 'Choose an Alert Type', 'CallRail needs to know which calls raise an alert when call alerts are on.');
	}
	if (body.call_enabled === false && body.sms_enabled === false) {
		failItem(this, 'Turn on call alerts, text message alerts or both');
	}
	if (body.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(body.email).trim())) {
		failItem(this, `"${String(body.email)}" is not an email address`);
	}
	if (body.email !== undefined && !body.company_id && !body.tracker_id) {
		failItem(
			this,
			'Choose a company or a tracker for an email recipient',
			'Alerts for an email address without a CallRail login are limited to one company or tracking number: add Company or Tracker under Additional Fields.',
		);
	}
	return requestOptions;
}

export const notificationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['notification'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a notification',
				description: 'Alert a user or an email address about calls and texts',
				routing: withPreSend(recordRouting('POST', accountPath('notifications.json')), checkAlerts),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a notification',
				description: 'Stop the alerts of a notification',
				routing: withPreSend(
					recordRouting('DELETE', recordPath, { postReceive: deletedResult('notificationId') }),
					checkNotificationId,
				),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many notifications',
				description: 'List the call and text alerts of the account',
				routing: listRouting(accountPath('notifications.json'), { envelope: 'notifications' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a notification',
				description: 'Change the scope, alert type or delivery of a notification',
				routing: withPreSend(recordRouting('PUT', recordPath), checkNotificationId),
			},
		],
		default: 'getMany',
	},
	...notificationCreateDescription,
	...notificationDeleteDescription,
	...notificationGetManyDescription,
	...notificationUpdateDescription,
];
