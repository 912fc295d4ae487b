import type { INodeProperties } from 'n8n-workflow';

/** `fields=numeric_id`: the 9-digit number the CallRail app shows in its URLs. */
export const numericIdOption: INodeProperties = {
	displayName: 'Include Numeric ID',
	name: 'includeNumericId',
	type: 'boolean',
	default: true,
	description: 'Whether to add numeric_id, the 9-digit account number the CallRail app shows in its URLs',
	routing: { send: { type: 'query', property: 'fields', value: '={{ $value ? "numeric_id" : undefined }}' } },
};
