import type { OperationDeclaration } from '../../builder/operation';
import { callIdField } from './fields';

export const getCallPageViews: OperationDeclaration = {
	value: 'getPageViews',
	name: 'Get Page Views',
	action: 'Get the page views of a call',
	description: 'List the web pages the caller visited before calling, newest first (session trackers only)',
	method: 'GET',
	path: 'calls/{{$parameter.callId}}/page_views.json',
	output: false,
	fields: [callIdField],
	list: {
		envelope: 'page_views',
		options: [
			{
				displayName: 'Time Zone',
				name: 'timeZone',
				type: 'string',
				default: '',
				placeholder: 'e.g. America/New_York',
				description: "IANA time zone of the returned times. Empty means the API key user's time zone.",
				routing: { send: { type: 'query', property: 'time_zone' } },
			},
		],
	},
};
