import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, checkIdParameter, deletedResult, failItem, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { toNorthAmericanE164 } from '../../shared/validation';
import { outboundCallerIdCreateDescription } from './create';
import { outboundCallerIdDeleteDescription } from './delete';
import { outboundCallerIdGetDescription } from './get';
import { outboundCallerIdGetManyDescription } from './getMany';

const recordPath = accountPath('caller_ids/{{$parameter.outboundCallerId}}.json');
const checkCallerId = checkIdParameter('outboundCallerId', 'outboundCallerId');

/** A wrong number would still get a real verification call; catch it before that, and send E.164. */
async function normalizePhoneNumber(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const raw = String(body.phone_number ?? '');
	const normalized = toNorthAmericanE164(raw);
	if (!normalized) {
		failItem(this, `"${raw}" is not a US or Canadian phone number`, 'Enter the number to verify, for example +14045551234.');
	}
	const name = String(body.name ?? '').trim();
	if (!name) failItem(this, 'Enter a name for the caller ID');
	requestOptions.body = { ...body, phone_number: normalized, name };
	return requestOptions;
}

export const outboundCallerIdDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['outboundCallerId'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an outbound caller ID',
				description: 'Register a number to show on outbound calls; CallRail calls it with a verification code',
				routing: withPreSend(recordRouting('POST', accountPath('caller_ids.json')), normalizePhoneNumber),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an outbound caller ID',
				description: 'Remove a caller ID so outbound calls can no longer show it',
				routing: withPreSend(recordRouting('DELETE', recordPath, { postReceive: deletedResult('outboundCallerId') }), checkCallerId),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an outbound caller ID',
				description: 'Retrieve one caller ID and whether it is verified',
				routing: withPreSend(recordRouting('GET', recordPath), checkCallerId),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many outbound caller ID numbers',
				description: 'List the caller IDs of a company',
				routing: listRouting(accountPath('caller_ids.json'), { envelope: 'caller_ids' }),
			},
		],
		default: 'getMany',
	},
	...outboundCallerIdCreateDescription,
	...outboundCallerIdDeleteDescription,
	...outboundCallerIdGetDescription,
	...outboundCallerIdGetManyDescription,
];
