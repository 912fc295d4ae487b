import type { INodeProperties } from 'n8n-workflow';

import { accountPath, checkIdParameter, listRouting, withPreSend } from '../../shared/routing';
import { leadGetManyDescription } from './getMany';
import { leadGetTimelineDescription, paginateLeadTimeline } from './getTimeline';

const timelineRouting = listRouting(accountPath('leads/{{$parameter.leadId}}/timeline.json'), { envelope: 'timeline' });

export const leadDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['lead'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many leads',
				description: 'List leads (people), newest first',
				routing: listRouting(accountPath('leads.json'), { envelope: 'leads' }),
			},
			{
				name: 'Get Timeline',
				value: 'getTimeline',
				action: 'Get the timeline of a lead',
				description: 'List the calls, forms, texts, chats and milestones of one lead, newest first',
				routing: withPreSend(
					{ ...timelineRouting, operations: { pagination: paginateLeadTimeline } },
					checkIdParameter('leadId', 'lead'),
				),
			},
		],
		default: 'getMany',
	},
	...leadGetManyDescription,
	...leadGetTimelineDescription,
];
