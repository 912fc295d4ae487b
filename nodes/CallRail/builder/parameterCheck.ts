import type { IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../kernel/tool';

/**
 * Checks every number, option, switch and date of the current operation against the node's own description before a
 * request is sent. n8n's editor never lets a user pick a value outside a list, but expressions and AI agents
 * (`$fromAI()`, whose arguments the agent passes unchecked) can: `"lots"` as a Limit would reach CallRail as
 * `per_page=NaN`. The messages name the parameter and the values it takes, so a model can correct its call.
 */

let properties: INodeProperties[] = [];

/** The node registers its properties once, so the check reads the same description n8n shows. */
export function registerProperties(list: INodeProperties[]): void {
	properties = list;
}

const ABSENT = Symbol('absent');

type Shown = { resource?: unknown[]; operation?: unknown[] };

function appliesTo(property: INodeProperties, resource: string, operation: string): boolean {
	const show = (property.displayOptions?.show ?? {}) as Shown;
	const hide = (property.displayOptions?.hide ?? {}) as Shown;
	if (show.resource && !show.resource.includes(resource)) return false;
	if (show.operation && !show.operation.includes(operation)) return false;
	if (hide.resource?.includes(resource)) return false;
	return true;
}

const quote = (value: unknown) =>
	value === undefined || value === null ? 'nothing' : typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));

function allowedValues(property: INodeProperties): unknown[] | undefined {
	if (property.typeOptions?.loadOptionsMethod || !Array.isArray(property.options)) return undefined;
	const values: unknown[] = (property.options as INodePropertyOptions[]).filter((o) => 'value' in o).map((o) => o.value);
	return values.includes(property.default) ? values : [...values, property.default];
}

/** The error for one value, or undefined when the value fits. */
export function checkValue(property: INodeProperties, value: unknown): string | undefined {
	const label = property.displayName;
	switch (property.type) {
		case 'number': {
			const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
			const min = property.typeOptions?.minValue;
			const max = property.typeOptions?.maxValue;
			const range =
				min !== undefined && max !== undefined
					? ` from ${min} to ${max}`
					: min !== undefined
						? ` of at least ${min}`
						: max !== undefined
							? ` of at most ${max}`
							: '';
			const expected = `${label} must be a number${range}`;
			if (typeof number !== 'number' || !Number.isFinite(number)) return `${expected}; got ${quote(value)}`;
			if ((min !== undefined && number < min) || (max !== undefined && number > max)) return `${expected}; got ${number}`;
			return undefined;
		}
		case 'dateTime': {
			if (value === '' || value === undefined || value === null || typeof value === 'object') return undefined;
			if (!Number.isNaN(Date.parse(String(value)))) return undefined;
			return `${label} must be a date such as 2026-11-01 or 2026-11-01T08:00:00; got ${quote(value)}`;
		}
		case 'boolean':
			return typeof value === 'boolean' ? undefined : `${label} must be true or false; got ${quote(value)}`;
		case 'options': {
			const allowed = allowedValues(property);
			if (!allowed || allowed.includes(value as string)) return undefined;
			return `${label} must be one of ${allowed.map(quote).join(', ')}; got ${quote(value)}`;
		}
		case 'multiOptions': {
			const allowed = allowedValues(property);
			if (!allowed) return undefined;
			const list = Array.isArray(value) ? value : [value];
			const wrong = list.filter((v) => !allowed.includes(v as string));
			if (wrong.length === 0) return undefined;
			return `${label} takes only ${allowed.map(quote).join(', ')}; got ${wrong.map(quote).join(', ')}`;
		}
		default:
			return undefined;
	}
}

/** The problem with the value of one property (or of the options of a collection), if any. */
function problemOf(ctx: IExecuteSingleFunctions, property: INodeProperties, path: string): string | undefined {
	if (property.type === 'collection') {
		for (const option of (property.options ?? []) as INodeProperties[]) {
			if (!('type' in option)) continue;
			const problem = problemOf(ctx, option, `${path}.${option.name}`);
			if (problem) return problem;
		}
		return undefined;
	}
	if (!['number', 'boolean', 'options', 'multiOptions', 'dateTime'].includes(property.type)) return undefined;
	let value: unknown;
	try {
		value = ctx.getNodeParameter(path, ABSENT);
	} catch {
		return undefined;
	}
	return value === ABSENT ? undefined : checkValue(property, value);
}

/** Runs from `validateInput`, before every request. Fixed collections (list builders) are left to their own checks. */
export function checkParameterValues(ctx: IExecuteSingleFunctions): void {
	const resource = String(ctx.getNodeParameter('resource', ''));
	const operation = String(ctx.getNodeParameter('operation', ''));
	const byName = new Map<string, INodeProperties[]>();
	for (const property of properties) {
		if (property.name === 'resource' || property.name === 'operation') continue;
		if (!appliesTo(property, resource, operation)) continue;
		byName.set(property.name, [...(byName.get(property.name) ?? []), property]);
	}
	// Several properties may share a name (one per version or mode): a value is wrong only if none of them takes it.
	for (const [name, candidates] of byName) {
		const problems = candidates.map((property) => problemOf(ctx, property, name));
		if (problems.every((problem) => problem !== undefined)) throw inputError(ctx, problems[0]!);
	}
}
