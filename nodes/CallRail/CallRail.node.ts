import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { BASE_URL_EXPRESSION } from '../../credentials/CallRailApi.credentials';
import * as listSearch from '../kernel/listSearch';
import { resources } from './resources';
import { accountLocator } from '../kernel/locators';
import { resourceProperties, toolDescriptions } from './builder/operation';
import { registerProperties } from './builder/parameterCheck';

/** Shown for every resource but Account, whose Get shows its own copy and whose Get Many needs none. */
const accountParameters: INodeProperties[] = [
	{ ...accountLocator, displayOptions: { hide: { resource: ['account'] } } },
	{ ...accountLocator, displayOptions: { show: { resource: ['account'], operation: ['get'] } } },
];

const described = resources.map(resourceProperties);
const operations = described.flatMap((properties) => properties.filter((p) => p.name === 'operation'));

export class CallRail implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallRail',
		name: 'callRail',
		icon: { light: 'file:../../icons/callrail.svg', dark: 'file:../../icons/callrail.dark.svg' },
		group: ['transform'],
		version: 1,
		// Operation and resource names from their values ("getMany" → "Get Many"); a literal, as n8n's linter requires.
		subtitle:
			'={{ [$parameter["operation"], $parameter["resource"]].map(v => String(v).replace(/([A-Z])/g, " $1").replace(/^./, c => c.toUpperCase()).replace(/\\bSms\\b/g, "SMS").replace(/\\bId\\b/g, "ID")).join(": ") }}',
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
				options: resources.map(({ name, value }) => ({ name, value })),
				default: 'call',
			},
			...operations,
			...toolDescriptions(resources),
			...accountParameters,
			...described.flatMap((properties) => properties.filter((p) => p.name !== 'operation')),
		],
	};

	methods = { listSearch };

	constructor() {
		registerProperties(this.description.properties);
	}
}
