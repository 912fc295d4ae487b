import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, bodyOf, checkIdParameter, failItem, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { smsThreadGetDescription } from './get';
import { smsThreadGetManyDescription } from './getMany';
import { smsThreadUpdateDescription } from './update';

const recordPath = accountPath('sms-threads/{{$parameter.threadId}}.json');
const checkThreadId = checkIdParameter('threadId', 'smsThread');

/** CallRail filters SMS threads by dates only when both ends are given. */
async function checkThreadDates(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	if ((qs.start_date === undefined) !== (qs.end_date === undefined)) {
		failItem(this, 'Set both Start Date and End Date', 'SMS threads are filtered by dates only when both are given.');
	}
	return requestOptions;
}

async function checkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (Object.keys(bodyOf(requestOptions)).length === 0) failItem(this, 'Add at least one field to update');
	return requestOptions;
}

export const smsThreadDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['smsThread'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an SMS thread',
				description: 'Retrieve one thread with a page of its messages',
				routing: withPreSend(recordRouting('GET', recordPath), checkThreadId),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many SMS threads',
				description: 'List SMS threads, most recent message first',
				routing: withPreSend(listRouting(accountPath('sms-threads.json'), { envelope: 'sms_threads' }), checkThreadDates),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an SMS thread',
				description: 'Change the notes, value, tags or lead qualification of a thread',
				routing: withPreSend(recordRouting('PUT', recordPath), checkThreadId, checkUpdate),
			},
		],
		default: 'getMany',
	},
	...smsThreadGetDescription,
	...smsThreadGetManyDescription,
	...smsThreadUpdateDescription,
];
