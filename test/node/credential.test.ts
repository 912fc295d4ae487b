import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { BASE_URL_EXPRESSION } from '../../credentials/CallRailApi.credentials';
import { callRailBaseUrl } from '../../nodes/kernel/transport';
import { credentialRulesApply, testCredential } from '../harness/n8n';
import { useSandbox } from '../harness/sandbox';

describe('CallRail API credential', () => {
	const env = useSandbox();
	// n8n 2.x shows the credential's own 401 message; n8n 1.x never reaches the rules and shows its 401 text instead.
	const wrongKeyMessage = credentialRulesApply ? /^CallRail rejected the key \(401\)\. / : /^Authorization failed - please check your credentials$/;

	it('the base URL expression (requestDefaults, credential test) and callRailBaseUrl (code) agree in every mode', async () => {
		const { url, matonUrl } = env.sandbox;
		const cases: ICredentialDataDecryptedObject[] = [
			{ ...env.apiKey(), baseUrlOverride: `${url}/` },
			{ ...env.apiKey(), baseUrlOverride: `${url}//`, matonBaseUrl: 'http://127.0.0.1:9' },
			{ ...env.maton(), matonBaseUrl: `${matonUrl}/`, baseUrlOverride: 'http://127.0.0.1:9' },
		];
		for (const credentials of cases) {
			env.sandbox.clearRequests();
			expect((await testCredential(credentials)).status).toBe('OK');
			// The credential test resolves BASE_URL_EXPRESSION in n8n; the code path uses callRailBaseUrl.
			expect(env.requests().map((r) => r.path)).toEqual([`${new URL(callRailBaseUrl(credentials)).pathname.replace(/\/$/, '')}/v3/a.json`]);
		}
		expect(callRailBaseUrl(cases[0])).toBe(url);
		expect(callRailBaseUrl(cases[2])).toBe(matonUrl);
		expect(callRailBaseUrl({ authMode: 'apiKey' })).toBe('https://api.callrail.com');
		expect(callRailBaseUrl({ authMode: 'matonGateway' })).toBe('https://api.maton.ai/callrail');
		expect(BASE_URL_EXPRESSION).toContain('"https://api.callrail.com"');
	});

	it('passes the test with an API key and sends the Token header and Request-From', async () => {
		const result = await testCredential(env.apiKey());
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = env.requests();
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/v3/a.json');
		expect(request.headers.authorization).toBe(`Token token="${env.sandbox.keys.agencyAdmin}"`);
		expect(request.headers['request-from']).toBe('n8n_nodes_callrail');
		expect(request.headers['maton-connection']).toBeUndefined();
	});

	it('fails with the 401 rule message for a wrong key', async () => {
		const result = await testCredential({ ...env.apiKey(), apiKey: 'not-a-real-key' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(wrongKeyMessage);
		expect(result.message).not.toContain('not-a-real-key');
		expect(env.requests().every((r) => r.status === 401)).toBe(true);
	});

	it('passes through the Maton gateway with a Bearer key and no connection header by default', async () => {
		const result = await testCredential(env.maton());
		expect(result.status).toBe('OK');
		const [request] = env.requests();
		expect(request.path).toBe('/callrail/v3/a.json');
		expect(request.headers.authorization).toBe(`Bearer ${env.sandbox.keys.maton}`);
		expect(request.headers['maton-connection']).toBeUndefined();
		expect(request.headers['request-from']).toBe('n8n_nodes_callrail');
	});

	it('sends the Maton-Connection header when a connection is chosen', async () => {
		const result = await testCredential(env.maton('singleAccount'));
		expect(result.status).toBe('OK');
		const [request] = env.requests();
		expect(request.headers['maton-connection']).toBe(env.sandbox.matonConnections.singleAccount);
	});

	it('fails for a wrong Maton key', async () => {
		const result = await testCredential({ ...env.maton(), matonApiKey: 'wrong' });
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(wrongKeyMessage) });
	});
});
