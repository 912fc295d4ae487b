import { idKindOfParameter } from '../../nodes/CallRail/builder/operation';

describe('idKindOfParameter: which fields of a declaration are checked as IDs', () => {
	it.each([
		['callId', 'call'],
		['accountId', 'account'],
		['integrationFilterId', 'integrationFilter'],
		['outboundCallerId', 'outboundCallerId'],
		['threadId', 'smsThread'],
		['conversationId', 'conversation'],
	])('%s is an ID of a %s', (name, kind) => {
		expect(idKindOfParameter(name)).toBe(kind);
	});

	it.each(['tagLevel', 'name', 'call', 'company', 'constructorId', 'toStringId', 'valueId', 'Id'])('%s is not an ID parameter', (name) => {
		expect(idKindOfParameter(name)).toBeUndefined();
	});
});
