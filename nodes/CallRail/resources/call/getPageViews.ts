import { timeZoneFilter } from '../../builder/descriptions';
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
			{ ...timeZoneFilter, description: "IANA time zone of the returned times. Empty means the API key user's time zone." },
		],
	},
};
