import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export const CALLRAIL_API_URL = 'https://api.callrail.com';
export const MATON_GATEWAY_URL = 'https://api.maton.ai/callrail';
/** CallRail asks third-party integrations to identify themselves with this header. */
export const REQUEST_FROM = 'n8n_nodes_callrail';

/**
 * Where the credential's requests go, as an n8n expression (the action node's requestDefaults and the credential
 * test): the gateway's URL in Maton mode, else the override or CallRail's API, without a trailing slash. Code
 * paths use `callRailBaseUrl` (nodes/kernel/transport.ts), the same rule; a test checks they agree.
 */
export const BASE_URL_EXPRESSION =
	'={{ ($credentials.authMode === "matonGateway" ? ($credentials.matonBaseUrl || "' +
	MATON_GATEWAY_URL +
	'") : ($credentials.baseUrlOverride || "' +
	CALLRAIL_API_URL +
	'")).replace(/\\/+$/, "") }}';

export class CallRailApi implements ICredentialType {
	name = 'callRailApi';

	displayName = 'CallRail API';

	icon: Icon = { light: 'file:../icons/callrail.svg', dark: 'file:../icons/callrail.dark.svg' };

	// The README's setup steps: which key to create, and when to choose the Maton gateway.
	documentationUrl = 'https://github.com/n8n-nodes-callrail/n8n-nodes-callrail#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication Mode',
			name: 'authMode',
			type: 'options',
			default: 'apiKey',
			options: [
				{
					name: 'API Key',
					value: 'apiKey',
					description: 'A CallRail API key (Settings > Integrations > API Keys)',
				},
				{
					name: 'Maton Gateway',
					value: 'matonGateway',
					description: 'A Maton API key; Maton holds the CallRail connection through OAuth',
				},
			],
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'API keys belong to a CallRail user and see exactly what that user sees (admin, manager or reporting role)',
			displayOptions: { show: { authMode: ['apiKey'] } },
		},
		{
			displayName: 'Base URL Override',
			name: 'baseUrlOverride',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://callrail-proxy.example.com',
			description:
				'Leave empty to connect to CallRail directly. Set it only when your company routes API traffic through its own proxy.',
			displayOptions: { show: { authMode: ['apiKey'] } },
		},
		{
			displayName: 'Maton API Key',
			name: 'matonApiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The API key of your Maton account. Maton holds the connection to CallRail and forwards each request, so your CallRail data passes through Maton.',
			displayOptions: { show: { authMode: ['matonGateway'] } },
		},
		{
			displayName: 'Gateway Base URL',
			name: 'matonBaseUrl',
			type: 'string',
			default: MATON_GATEWAY_URL,
			description: 'Maton also serves https://gateway.maton.ai/callrail',
			displayOptions: { show: { authMode: ['matonGateway'] } },
		},
		{
			displayName: 'Connection ID',
			name: 'matonConnectionId',
			type: 'string',
			default: '',
			description:
				'Which CallRail connection to use when your Maton account has several. Empty means the oldest active one.',
			displayOptions: { show: { authMode: ['matonGateway'] } },
		},
		{
			displayName: 'Webhook Signing Keys',
			name: 'webhookSigningSecrets',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"Only for the CallRail Trigger in Manual setup: each company's signing key from CallRail (Settings > Integrations > Webhooks). Separate several keys with commas. Automatic setup reads the keys itself.",
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers: Record<string, string> = {
			...(requestOptions.headers as Record<string, string> | undefined),
			'Request-From': REQUEST_FROM,
		};
		if (credentials.authMode === 'matonGateway') {
			headers.Authorization = `Bearer ${String(credentials.matonApiKey ?? '').trim()}`;
			const connection = String(credentials.matonConnectionId ?? '').trim();
			if (connection) headers['Maton-Connection'] = connection;
		} else {
			headers.Authorization = `Token token="${String(credentials.apiKey ?? '').trim()}"`;
		}
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/v3/a.json',
			qs: { per_page: 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'CallRail rejected the key (401). Check that the key is complete and still active, and that the authentication mode matches it.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The key is valid but may not list accounts (403). Use a key of an admin or manager user.',
				},
			},
		],
	};
}
