import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';

const show = { show: { resource: ['outboundCallerId'], operation: ['create'] } };

export const outboundCallerIdCreateDescription: INodeProperties[] = [
	{
		displayName:
			'CallRail immediately calls this number and reads out a verification code; the person who answers must enter the validation_code returned here. If the call is missed, run Create again. The request is never retried automatically.',
		name: 'verificationNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		...companyLocator({ description: 'The company whose outbound calls may show this number' }),
		displayOptions: show,
		routing: { send: { type: 'body', property: 'company_id' } },
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+14045551234',
		description: 'US or Canadian number to verify and show as caller ID',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'phone_number' } },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Front desk',
		description: 'Label of the caller ID in CallRail',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'name' } },
	},
];
