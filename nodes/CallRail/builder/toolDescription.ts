import { idFormsSentence } from '../../kernel/ids';

/**
 * The description an AI model reads about the CallRail Tool (n8n's "CallRail Tool" node, and every MCP client of an
 * MCP Server Trigger it is attached to). n8n's automatic text is only the action ("Get many calls in CallRail"), so
 * the node brings its own, one per operation: what it does, what the IDs look like, and when it costs money. It is
 * shown only in the tool form of the node (`@tool`), where users may rewrite it.
 */

/** The same for every operation, so written once. */
const ID_FORMS = idFormsSentence();

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
