import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { BASE_URL_EXPRESSION } from '../../credentials/CallRailApi.credentials';
import * as listSearch from '../shared/listSearch';
import { resources } from './resources';
import { accountLocator } from '../shared/locators';
import { registerProperties } from './shared/parameterCheck';
import { toolDescriptionProperties } from './shared/toolDescription';

/** Shown for every resource but Account, whose Get shows its own copy and whose Get Many needs none. */
const accountParameters: INodeProperties[] = [
	{ ...accountLocator, displayOptions: { hide: { resource: ['account'] } } },
	{ ...accountLocator, displayOptions: { show: { resource: ['account'], operation: ['get'] } } },
];

const operations = resources.flatMap((r) => r.description.filter((p) => p.name === 'operation'));

export class CallRail implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallRail',
		name: 'callRail',
		icon: { light: 'file:../../icons/callrail.svg', dark: 'file:../../icons/callrail.dark.svg' },
		group: ['transform'],
		// 1.1: Get and Get Many answer Simplified by default (version 1 keeps Raw, and its Simplify switch).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Read and update CallRail calls, texts, forms, tags, trackers, users and reports',
		defaults: { name: 'CallRail' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callRailApi', required: true }],
		requestDefaults: {
			baseURL: BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			arrayFormat: 'brackets',
			ignoreHttpStatusErrors: true,
			json: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources.map((r) => r.option),
				default: 'call',
			},
			...operations,
			...toolDescriptionProperties(operations),
			...accountParameters,
			...resources.flatMap((r) => r.description.filter((p) => p.name !== 'operation')),
		],
	};

	methods = { listSearch };

	constructor() {
		registerProperties(this.description.properties);
	}
}
