import type { INodeProperties, INodeType } from 'n8n-workflow';

import { CALLRAIL_IDS, ID_PREFIXES, type IdKind, idForm, idFormsSentence, idProblem } from '../../nodes/kernel/ids';
import { loadPackage, nodeTypeName } from '../harness/n8n';

const kinds = Object.keys(CALLRAIL_IDS) as IdKind[];
const hex = '0123456789abcdef0123456789abcdef';
/** The list search behind each locator, and the kind of ID it lists. */
const SEARCHES: Record<string, IdKind> = {
	searchAccounts: 'account',
	searchCompanies: 'company',
	searchTrackers: 'tracker',
	searchUsers: 'user',
	searchTags: 'tag',
	searchIntegrations: 'integration',
	searchIntegrationFilters: 'integrationFilter',
	searchNotifications: 'notification',
	searchOutboundCallerIds: 'outboundCallerId',
	searchSummaryEmails: 'summaryEmail',
	searchMessageFlows: 'messageFlow',
	searchCalls: 'call',
	searchFormSubmissions: 'formSubmission',
	searchLeads: 'lead',
	searchSmsThreads: 'smsThread',
	searchConversations: 'conversation',
};

/** Every parameter of a node, including those inside collections. */
function allProperties(list: INodeProperties[]): INodeProperties[] {
	return list.flatMap((p) => [p, ...allProperties(((p.options ?? []) as INodeProperties[]).filter((o) => 'type' in o))]);
}

describe('CallRail IDs: one table, everything derived from it', () => {
	it('knows each prefix once, naming its kind', () => {
		const prefixes = kinds.flatMap((k) => (CALLRAIL_IDS[k] as { prefixes?: string[] }).prefixes ?? []);
		expect(new Set(prefixes).size).toBe(prefixes.length);
		// idProblem reads a prefix as the first three capitals.
		for (const prefix of prefixes) expect(prefix).toMatch(/^[A-Z]{3}$/);
		expect(Object.keys(ID_PREFIXES).sort()).toEqual([...prefixes].sort());
		expect(ID_PREFIXES.CAL).toBe('a call');
		expect(ID_PREFIXES.ACC).toBe('an account');
	});

	it('accepts both forms of form submission IDs and refuses another kind with what the ID is', () => {
		expect(idProblem(`FOR${hex}`, 'formSubmission')).toBeUndefined();
		expect(idProblem(`FRM${hex}`, 'formSubmission')).toBeUndefined();
		expect(idProblem(`CAL${hex}`, 'formSubmission')).toBe(
			'CAL… is the ID of a call. CallRail form submission IDs look like FOR or FRM followed by 32 hexadecimal characters.',
		);
	});

	it('says what an ID of a kind without prefix looks like', () => {
		expect(idProblem(`CAL${hex}`, 'tag')).toBe('CAL… is the ID of a call. CallRail tag IDs look like whole numbers.');
		expect(idProblem('a b', 'smsThread')).toBe(
			'IDs never contain spaces, slashes or other URL characters. CallRail SMS thread IDs look like short codes of letters and digits such as pSq6A.',
		);
		// Anything not certainly wrong is left to CallRail.
		expect(idProblem('12345', 'tag')).toBeUndefined();
		expect(idProblem('XYZ123', 'call')).toBeUndefined();
	});

	it('tells the AI model every kind an operation takes, FRM… included', () => {
		const sentence = idFormsSentence();
		for (const kind of kinds) {
			const format = CALLRAIL_IDS[kind] as { plural: string; prefixes?: string[]; seenOnly?: boolean };
			if (format.seenOnly) expect(sentence).not.toContain(format.plural);
			else expect(sentence).toContain(format.plural);
			for (const prefix of format.seenOnly ? [] : (format.prefixes ?? [])) expect(sentence).toContain(`${prefix}…`);
		}
		expect(sentence).toContain('form submissions FOR… or FRM…');
	});

	it('is what the built nodes show: locators, tool descriptions and placeholders', async () => {
		const { nodeTypes } = await loadPackage();
		const checked = { locators: 0, tool: 0 };
		for (const [name, version] of [['callRail', 1], ['callRailTrigger', 1], ['callRailPollingTrigger', 1]] as const) {
			const type = nodeTypes.getByNameAndVersion(nodeTypeName(name), version) as INodeType;
			for (const p of allProperties(type.description.properties)) {
				if (p.type === 'resourceLocator') {
					const list = p.modes?.find((m) => m.name === 'list');
					const kind = SEARCHES[String(list?.typeOptions?.searchListMethod)];
					expect(kind).toBeDefined();
					expect(p.description).toMatch(new RegExp(`IDs are ${idForm(kind)}\\.$`));
					checked.locators++;
				}
				if (p.name === 'toolDescription') {
					expect(String(p.default)).toContain(idFormsSentence());
					checked.tool++;
				}
				const placeholder = p.placeholder ?? '';
				const prefix = /^e\.g\. ([A-Z]{3})[0-9a-f]{32}$/.exec(placeholder)?.[1];
				if (prefix) expect(ID_PREFIXES[prefix]).toBeDefined();
			}
		}
		expect(checked.locators).toBeGreaterThan(30);
		// One tool description per operation of the action node.
		const action = nodeTypes.getByNameAndVersion(nodeTypeName('callRail'), 1) as INodeType;
		const operations = action.description.properties.filter((p) => p.name === 'operation').flatMap((p) => p.options ?? []);
		expect(checked.tool).toBe(operations.length);
	});
});
