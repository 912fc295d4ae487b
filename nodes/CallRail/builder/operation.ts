import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
} from 'n8n-workflow';

import { byName, collection } from '../../kernel/collections';
import { CALLRAIL_IDS, type IdKind } from '../../kernel/ids';
import type { ListOptions } from '../../kernel/pageLoop';
import { maxRateLimitWaitOption, returnAllAndLimit } from './descriptions';
import { outputChoice, type RecordForm } from './output';
import { accountPath, listRouting, type PostReceive, type PreSend, recordRouting } from './routing';
import { toolDescriptionText } from './toolDescription';
import { checkId } from './validation';

/**
 * An operation is one declaration: what the Operation option shows, the request, its fields and hooks. The builder
 * below derives the rest from it: display rules, routing, Output for a read, Return All / Limit / Filters / Options /
 * Sort for a list, the ID checks of its ID parameters, and the AI tool's description with its cost.
 */
export interface OperationDeclaration {
	/** The option's value (`getMany`), name (`Get Many`), action and description. */
	value: string;
	name: string;
	action: string;
	description: string;
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** Relative to the account (`calls/{{$parameter.callId}}.json`), or from the root when it starts with `/`. */
	path: string;
	/** Makes the operation a Get Many over CallRail's list envelope. */
	list?: ListDeclaration;
	/** The record kind the Output choice shapes; `false` where Output makes no sense. Every GET says which. */
	output?: RecordForm | false;
	/** The operation's parameters, in editor order; shown for this operation only. */
	fields?: INodeProperties[];
	/** Checks and body shaping, after the shared input checks. */
	preSend?: PreSend[];
	/** Replaces the answer (a DELETE's empty body, a file), after the shared error check. */
	postReceive?: PostReceive;
	/** For a write CallRail bills: what a model must know before calling it, in the AI tool's description. */
	costsMoney?: string;
	/** What CallRail's 404 means here, where it means more than a wrong ID (the error's hint). */
	notFound?: string;
}

export interface ListDeclaration extends ListOptions {
	/** The Filters collection. */
	filters?: INodeProperties[];
	/** The Options collection, beside Max Wait on Rate Limit. */
	options?: INodeProperties[];
	/** The Sort collection: the fields CallRail sorts by, and the order it uses by default. */
	sort?: { fields: INodePropertyOptions[]; default: string; order: 'asc' | 'desc' };
}

export interface ResourceDeclaration {
	name: string;
	value: string;
	operations: OperationDeclaration[];
	/** The operation a new node starts with; Get Many where there is one. */
	defaultOperation?: string;
}

const isIdKind = (kind: string): kind is IdKind => Object.prototype.hasOwnProperty.call(CALLRAIL_IDS, kind);

/** An ID parameter is named for its kind (`callId`, `outboundCallerId`); `threadId` names an SMS thread. */
export function idKindOfParameter(name: string): IdKind | undefined {
	if (name === 'threadId') return 'smsThread';
	if (!name.endsWith('Id')) return undefined;
	if (isIdKind(name)) return name;
	const kind = name.slice(0, -'Id'.length);
	return isIdKind(kind) ? kind : undefined;
}

/** Checks each ID parameter of the operation before the path is built, so a made-up ID costs no request. */
function checkIds(names: string[]): PreSend {
	const kinds = names.map((name) => [name, idKindOfParameter(name)!] as const);
	return async function checkIdParameters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		for (const [name, kind] of kinds) {
			let value: unknown;
			try {
				value = this.getNodeParameter(name, undefined, { extractValue: true });
			} catch {
				continue;
			}
			checkId(this, value, kind);
		}
		return requestOptions;
	};
}

function routingOf(operation: OperationDeclaration): INodePropertyRouting {
	const url = operation.path.startsWith('/') ? `=${operation.path}` : accountPath(operation.path);
	const routing = operation.list
		? listRouting(url, operation.list)
		: recordRouting(operation.method, url, { postReceive: operation.postReceive, notFound: operation.notFound });
	const idParameters = ['accountId', ...(operation.fields ?? []).map((f) => f.name)].filter((n) => idKindOfParameter(n));
	// The ID checks come first: their message names the parameter, where the path check could only name the path.
	const preSend = [checkIds([...new Set(idParameters)]), ...(routing.send?.preSend ?? []), ...(operation.preSend ?? [])];
	return { ...routing, send: { ...routing.send, preSend } };
}

/** Sort By and Order of a list, each defaulting to what CallRail does without them. */
function sortCollection(sort: NonNullable<ListDeclaration['sort']>): INodeProperties {
	const order: INodeProperties = {
		displayName: 'Order',
		name: 'order',
		type: 'options',
		default: 'asc',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		// CallRail honours `order` only together with `sort`.
		description: 'Applies with Sort By',
		routing: { send: { type: 'query', property: 'order' } },
	};
	const sortBy: INodeProperties = {
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		default: '',
		options: [...sort.fields].sort(byName),
		routing: { send: { type: 'query', property: 'sort' } },
	};
	return collection('Sort', [
		{ ...order, default: sort.order },
		{ ...sortBy, default: sort.default },
	]);
}

/** The parameters of a Get Many that every list shares, around the operation's own filters and options. */
function listParameters(list: ListDeclaration): INodeProperties[] {
	const parameters = [...returnAllAndLimit(undefined)];
	if (list.filters?.length) parameters.push(collection('Filters', list.filters));
	parameters.push(collection('Options', [maxRateLimitWaitOption, ...(list.options ?? [])]));
	if (list.sort) parameters.push(sortCollection(list.sort));
	return parameters;
}

/** Adds the operation's display rule to a parameter, keeping the parameter's own conditions. */
function shownFor(resource: string, operation: string, property: INodeProperties): INodeProperties {
	const own = property.displayOptions;
	return {
		...property,
		displayOptions: { ...own, show: { resource: [resource], operation: [operation], ...own?.show } },
	};
}

/** The optional fields the operation's Include Fields asks CallRail for, which Selected Fields offers too. */
function includeFieldsOf(operation: OperationDeclaration): string[] {
	const include = [...(operation.fields ?? []), ...(operation.list?.options ?? [])].find(
		(p) => p.name === 'fields' && p.type === 'multiOptions',
	);
	return ((include?.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
}

function operationParameters(resource: ResourceDeclaration, operation: OperationDeclaration): INodeProperties[] {
	if (operation.method === 'GET' && operation.output === undefined) {
		throw new Error(`${resource.name} › ${operation.name}: a GET operation must declare its output (a record form or false)`);
	}
	const parameters = [
		...(operation.fields ?? []),
		...(operation.list ? listParameters(operation.list) : []),
		...(operation.output ? outputChoice(operation.output, includeFieldsOf(operation)) : []),
	];
	return parameters.map((p) => shownFor(resource.value, operation.value, p));
}

function operationOption(operation: OperationDeclaration): INodePropertyOptions {
	const { name, value, action, description } = operation;
	return { name, value, action, description, routing: routingOf(operation) };
}

/** The Operation parameter of a resource and every operation's parameters. */
export function resourceProperties(resource: ResourceDeclaration): INodeProperties[] {
	const operations = [...resource.operations].sort(byName);
	const defaultOperation =
		resource.defaultOperation ?? operations.find((o) => o.value === 'getMany')?.value ?? operations[0].value;
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: operations.map(operationOption),
			default: defaultOperation,
		},
		...operations.flatMap((operation) => operationParameters(resource, operation)),
	];
}

/** One "Description" parameter per operation, for the tool form of the node only, where users may rewrite it. */
export function toolDescriptions(resources: ResourceDeclaration[]): INodeProperties[] {
	return resources.flatMap((resource) =>
		[...resource.operations].sort(byName).map((operation) => ({
			displayName: 'Description',
			name: 'toolDescription',
			type: 'string' as const,
			typeOptions: { rows: 4 },
			default: toolDescriptionText(operation),
			description: 'What the AI model reads about this tool: when to use it, and what it costs',
			displayOptions: { show: { '@tool': [true], resource: [resource.value], operation: [operation.value] } },
		})),
	);
}
