import type { INodeProperties } from 'n8n-workflow';

import { exampleId, idForm, type IdKind } from './ids';

/**
 * The "pick from a list, or paste an ID" parameters of the three nodes. Their lists come from nodes/kernel/listSearch,
 * their ID descriptions and placeholders from ids.ts.
 */

interface LocatorOptions {
	name: string;
	displayName: string;
	searchMethod: string;
	/** What the IDs look like (nodes/kernel/ids.ts). */
	kind: IdKind;
	required?: boolean;
	description?: string;
	placeholder?: string;
	/** A "By URL" mode for a pasted CallRail address, where the ID can be read from one. */
	urlMode?: { placeholder: string; regex: string };
}

/** A "pick from a list, or paste an ID" parameter, the way n8n shows records users should not have to type. */
export function resourceLocator(options: LocatorOptions): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		// The ID's form is in the description too: it is what a model reads when an agent fills the parameter.
		description: locatorDescription(options),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder ?? exampleId(options.kind),
				// No `validation` regex: n8n re-checks it before every execution (also on workers, for every webhook
				// delivery) under a 250 ms timeout that a busy process can exceed, failing the run. `validateInput` and
				// `checkedAccountId` check the ID instead, with the same message.
			},
			...(options.urlMode
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: options.urlMode.placeholder,
							extractValue: { type: 'regex' as const, regex: options.urlMode.regex },
						},
					]
				: []),
		],
	};
}

/** The tooltip: what the parameter is for, then the form of its IDs (several sentences, so a final period). */
function locatorDescription(options: LocatorOptions): string {
	const sentences = [options.description?.replace(/\.$/, ''), `${options.displayName} IDs are ${idForm(options.kind)}`];
	return `${sentences.filter(Boolean).join('. ')}.`;
}

/**
 * The Account "By URL" mode: a pasted CallRail app address. The reference tells users to find the account ID as "the
 * nine digit number following /a/ in the URL displayed in your browser when viewing the CallRail dashboard".
 * `extractValue` is how n8n hands a URL mode's ID to the node; like the other modes it has no `validation` regex, and
 * the extracted ID is checked in code (`validateInput`, `checkedAccountId`).
 */
const ACCOUNT_URL = {
	placeholder: 'e.g. https://app.callrail.com/a/123456789/dashboard',
	regex: '/a/([0-9]+|ACC[0-9a-fA-F]+)',
};

export const accountLocator = resourceLocator({
	name: 'accountId',
	displayName: 'Account',
	searchMethod: 'searchAccounts',
	kind: 'account',
	description: 'The CallRail account. Agency keys can see several. By URL takes the address of any CallRail page of the account.',
	urlMode: ACCOUNT_URL,
});

export const companyLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'companyId', displayName: 'Company', searchMethod: 'searchCompanies', kind: 'company', ...overrides });

export const trackerLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'trackerId', displayName: 'Tracker', searchMethod: 'searchTrackers', kind: 'tracker', ...overrides });

export const userLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'userId', displayName: 'User', searchMethod: 'searchUsers', kind: 'user', ...overrides });

export const tagLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'tagId', displayName: 'Tag', searchMethod: 'searchTags', kind: 'tag', ...overrides });

export const integrationLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'integrationId', displayName: 'Integration', searchMethod: 'searchIntegrations', kind: 'integration', ...overrides });

export const integrationFilterLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({
		name: 'integrationFilterId',
		displayName: 'Integration Filter',
		searchMethod: 'searchIntegrationFilters',
		kind: 'integrationFilter',
		...overrides,
	});

export const notificationLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'notificationId', displayName: 'Notification', searchMethod: 'searchNotifications', kind: 'notification', ...overrides });

export const outboundCallerIdLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({
		name: 'outboundCallerId',
		displayName: 'Outbound Caller ID',
		searchMethod: 'searchOutboundCallerIds',
		kind: 'outboundCallerId',
		...overrides,
	});

export const summaryEmailLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'summaryEmailId', displayName: 'Summary Email', searchMethod: 'searchSummaryEmails', kind: 'summaryEmail', ...overrides });

export const messageFlowLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'messageFlowId', displayName: 'Message Flow', searchMethod: 'searchMessageFlows', kind: 'messageFlow', ...overrides });

export const callLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'callId', displayName: 'Call', searchMethod: 'searchCalls', kind: 'call', ...overrides });

export const formSubmissionLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({
		name: 'formSubmissionId',
		displayName: 'Form Submission',
		searchMethod: 'searchFormSubmissions',
		kind: 'formSubmission',
		...overrides,
	});

export const leadLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'leadId', displayName: 'Lead', searchMethod: 'searchLeads', kind: 'lead', ...overrides });

export const smsThreadLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'threadId', displayName: 'SMS Thread', searchMethod: 'searchSmsThreads', kind: 'smsThread', ...overrides });

export const conversationLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({
		name: 'conversationId',
		displayName: 'Conversation',
		searchMethod: 'searchConversations',
		kind: 'conversation',
		...overrides,
	});
