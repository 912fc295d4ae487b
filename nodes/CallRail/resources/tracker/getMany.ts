import { companyLocator } from '../../../kernel/locators';
import { SORT_BY_NAME, statusFilter } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { includeTrackerFields } from './fields';

export const getManyTrackers: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many trackers',
	description: 'List trackers with filters',
	method: 'GET',
	path: 'trackers.json',
	output: 'trackers',
	list: {
		envelope: 'trackers',
		filters: [
			{
				...companyLocator({ required: false, description: 'Only the trackers of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term, matched against the tracker name',
				routing: { send: { type: 'query', property: 'search' } },
			},
			statusFilter(),
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				default: 'source',
				options: [
					{ name: 'Session (Number Pool)', value: 'session' },
					{ name: 'Source', value: 'source' },
				],
				routing: { send: { type: 'query', property: 'type' } },
			},
		],
		options: [includeTrackerFields],
		sort: { fields: SORT_BY_NAME, default: 'name', order: 'asc' },
	},
};
