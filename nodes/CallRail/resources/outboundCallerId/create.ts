import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { failItem } from '../../builder/routing';
import { toNorthAmericanE164 } from '../../builder/validation';

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

export const createOutboundCallerId: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create an outbound caller ID',
	description: 'Register a number to show on outbound calls; CallRail calls it with a verification code',
	method: 'POST',
	path: 'caller_ids.json',
	fields: [
		{
			displayName:
				'CallRail immediately calls this number and reads out a verification code; the person who answers must enter the validation_code returned here. If the call is missed, run Create again. A rate-limit answer (429) means no call was placed, so the request is repeated after the wait; after a server error it is never repeated.',
			name: 'verificationNotice',
			type: 'notice',
			default: '',
		},
		{
			...companyLocator({ description: 'The company whose outbound calls may show this number' }),
			routing: { send: { type: 'body', property: 'company_id' } },
		},
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. +14045551234',
			description: 'US or Canadian number to verify and show as caller ID',
			routing: { send: { type: 'body', property: 'phone_number' } },
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Front desk',
			description: 'Label of the caller ID in CallRail',
			routing: { send: { type: 'body', property: 'name' } },
		},
	],
	preSend: [normalizePhoneNumber],
};
