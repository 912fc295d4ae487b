import type { INodeProperties } from 'n8n-workflow';

import { companyIdField, companyShow } from './fields';

export const companyDeleteDescription: INodeProperties[] = [
	{
		displayName:
			'Disabling a company also disables all its tracking numbers (calls to them are no longer tracked or forwarded) and its swap script. CallRail refuses to disable the last active company of an account.',
		name: 'disableNotice',
		type: 'notice',
		default: '',
		displayOptions: companyShow(['delete']),
	},
	companyIdField(['delete'], 'The company to disable'),
];
