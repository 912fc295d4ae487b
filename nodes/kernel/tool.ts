import type { IExecuteSingleFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * What changes when the node runs as an AI agent's tool (n8n registers it as `callRailTool`). The agent passes
 * the model's arguments without checking them, shows the model only an error's message (never its description),
 * and turns an empty output into `""`.
 */
export function runsAsTool(node: Pick<INode, 'type'>): boolean {
	return /Tool$/.test(node.type);
}

/** The message the model sees: under an agent, what to do goes into the message itself. */
export function actionableMessage(node: Pick<INode, 'type'>, message: string, description?: string): string {
	if (!description || !runsAsTool(node)) return message;
	return `${message.replace(/[.\s]+$/, '')}. ${description}`;
}

/** An error about a value the user (or the model) gave, caught before any request is sent. */
export function inputError(ctx: IExecuteSingleFunctions, message: string, description?: string): NodeOperationError {
	const node = ctx.getNode();
	return new NodeOperationError(node, actionableMessage(node, message, description), {
		description,
		itemIndex: ctx.getItemIndex(),
	});
}

/** Zero records would reach the model as `""`; it gets a sentence instead. A workflow still gets no items. */
export function noRecordsForModel(ctx: IExecuteSingleFunctions, items: INodeExecutionData[], what = 'records'): INodeExecutionData[] {
	if (items.length > 0 || !runsAsTool(ctx.getNode())) return items;
	return [
		{
			json: { message: `No ${what} found. CallRail returned an empty list for these filters; widen them (date range, company, search) to see more.` },
			pairedItem: { item: ctx.getItemIndex() },
		},
	];
}
