import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { idFormsSentence } from '../../shared/ids';

/**
 * The description an AI model reads about the CallRail Tool (n8n's "CallRail Tool" node, and every MCP client of an
 * MCP Server Trigger it is attached to). n8n's automatic text is only the action ("Get many calls in CallRail"), so
 * the node brings its own, one per operation: what it does, what the IDs look like, and when it costs money. It is
 * shown only in the tool form of the node (`@tool`), where users may rewrite it.
 */

/** The same for every operation, so written once. */
const ID_FORMS = idFormsSentence();

/** Writes CallRail bills, said where the model decides whether to call the tool. */
const COSTS_MONEY: Record<string, string> = {
	'call:create':
		'COSTS MONEY: places a real phone call that rings the business and then the customer, billed as call minutes. Only call when the user explicitly asked to.',
	'tracker:createSource': 'COSTS MONEY: buys a tracking number, billed every month until the tracker is disabled.',
	'tracker:createSession': 'COSTS MONEY: buys a pool of tracking numbers, each billed every month until the tracker is disabled.',
};

const sentence = (text: string) => text.trim().replace(/[.\s]*$/, '.');

interface DescribedOperation {
	name: string;
	action?: string;
	description?: string;
	method: string;
	list?: object;
	costsMoney?: string;
}

export function toolDescriptionText(operation: DescribedOperation): string {
	const parts = [sentence(`${operation.action ?? operation.name} in CallRail`)];
	if (operation.description) parts.push(sentence(operation.description));
	if (operation.costsMoney) parts.push(operation.costsMoney);
	// Read or write follows the operation's HTTP method (as retries and 403 hints do), not a list of names.
	else if (operation.method !== 'GET') parts.push('This changes data in CallRail.');
	if (operation.list) parts.push('Returns one JSON object per record, or a message saying no records were found.');
	parts.push(ID_FORMS);
	return parts.join(' ');
}

/** One "Description" parameter per operation, for the tool form of the node only. */
export function toolDescriptionProperties(operationProperties: INodeProperties[]): INodeProperties[] {
	return operationProperties.flatMap((property) => {
		const resource = String(property.displayOptions?.show?.resource?.[0] ?? '');
		return ((property.options ?? []) as INodePropertyOptions[]).map((option) => ({
			displayName: 'Description',
			name: 'toolDescription',
			type: 'string' as const,
			typeOptions: { rows: 4 },
			default: toolDescriptionText({
				...option,
				method: String(option.routing?.request?.method ?? 'GET'),
				list: /^getMany/.test(String(option.value)) ? {} : undefined,
				costsMoney: COSTS_MONEY[`${resource}:${String(option.value)}`],
			}),
			description: 'What the AI model reads about this tool: when to use it, and what it costs',
			displayOptions: { show: { '@tool': [true], resource: [resource], operation: [option.value] } },
		}));
	});
}
