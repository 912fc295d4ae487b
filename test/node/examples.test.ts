import type { INodeParameters, INodeProperties, INodeType, INodeTypes } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import aiCallScoring from '../../examples/ai-call-scoring.json';
import callRailMcpServer from '../../examples/callrail-mcp-server.json';
import missedCallFollowUpText from '../../examples/missed-call-follow-up-text.json';
import newCallToCrmContact from '../../examples/new-call-to-crm-contact.json';
import weeklySummary from '../../examples/weekly-summary-by-source.json';
import { exampleFiles, list as demos } from '../../scripts/demo/workflows.cjs';
import { loadPackage, PACKAGE_NAME } from '../harness/n8n';

const examples = { aiCallScoring, callRailMcpServer, missedCallFollowUpText, newCallToCrmContact, weeklySummary };

/** n8n serves `callRailTool` as a copy of `callRail` whose name ends in Tool (that is what `@tool` display options test). */
function typeOf(nodeTypes: INodeTypes, node: { type: string; typeVersion: number }): INodeType {
	const tool = node.type.endsWith('Tool');
	const type = nodeTypes.getByNameAndVersion(tool ? node.type.slice(0, -'Tool'.length) : node.type, node.typeVersion) as INodeType;
	return tool ? { ...type, description: { ...type.description, name: `${type.description.name}Tool` } } : type;
}

/** The parameters the editor keeps for these values: anything the node does not know would be dropped on import. */
function unknownParameters(type: INodeType, parameters: INodeParameters, node: { typeVersion: number }) {
	const resolved = NodeHelpers.getNodeParameters(type.description.properties, parameters, true, false, node, type.description) ?? {};
	return Object.keys(parameters).filter((name) => !(name in resolved));
}

describe('examples/', () => {
	it.each(Object.entries(examples))('%s uses only parameters and options the nodes have, at their one version', async (_name, workflow) => {
		const { nodeTypes } = await loadPackage();
		const ours = workflow.nodes.filter((node) => node.type.startsWith(`${PACKAGE_NAME}.`));
		expect(ours.length).toBeGreaterThan(0);
		for (const node of ours) {
			expect(node.typeVersion).toBe(nodeTypes.getByName(node.type.replace(/Tool$/, '')).description.defaultVersion ?? 1);
			const type = typeOf(nodeTypes, node);
			const parameters = node.parameters as INodeParameters;
			expect(unknownParameters(type, parameters, node)).toEqual([]);
			for (const property of type.description.properties) {
				const value = parameters[property.name];
				if (property.type !== 'options' || value === undefined || !NodeHelpers.displayParameter(parameters, property, node as never, type.description)) continue;
				expect(property.options?.map((o) => (o as { value: unknown }).value)).toContain(value);
			}
			// Inside a collection (Filters, Options, Update Fields) too, the editor drops what the node does not have.
			for (const property of type.description.properties.filter((p) => p.type === 'collection' && parameters[p.name] !== undefined)) {
				if (!NodeHelpers.displayParameter(parameters, property, node as never, type.description)) continue;
				const names = (property.options as INodeProperties[]).map((option) => option.name);
				expect({ [property.name]: Object.keys(parameters[property.name] as object).filter((key) => !names.includes(key)) }).toEqual({ [property.name]: [] });
			}
			expect(Object.keys(node.credentials ?? {})).toEqual(['callRailApi']);
		}
		for (const [from, outputs] of Object.entries(workflow.connections)) {
			expect(workflow.nodes.map((n) => n.name)).toContain(from);
			for (const target of Object.values(outputs as Record<string, Array<Array<{ node: string }>>>).flat(2)) {
				expect(workflow.nodes.map((n) => n.name)).toContain(target.node);
			}
		}
	});

	it('the demo runs every example but the MCP server (which needs n8n\'s MCP Server Trigger; the e2e runs it)', () => {
		expect(exampleFiles().filter((file: string) => file !== 'callrail-mcp-server.json')).toEqual(demos.map((demo: { file: string }) => demo.file).sort());
	});

	it('the new-call example asks for the attribution fields (Include Fields), and the scoring example for the transcript', () => {
		const params = (workflow: { nodes: Array<{ name: string; parameters: object }> }, name: string) =>
			workflow.nodes.find((node) => node.name === name)?.parameters as Record<string, { fields?: string[] } & Record<string, unknown>>;
		expect(params(newCallToCrmContact, 'New CallRail call').options.fields).toEqual(
			expect.arrayContaining(['source', 'medium', 'campaign', 'keywords', 'landing_page_url', 'gclid', 'utm_source', 'utm_medium', 'utm_campaign']),
		);
		expect(params(aiCallScoring, 'Get transcript').fields).toEqual(['transcription']);
	});

	it('the MCP server example requires a bearer token: without it anyone who reaches the URL could use the tools', () => {
		const trigger = (callRailMcpServer.nodes as Array<{ type: string; parameters: Record<string, unknown>; credentials?: object }>).find(
			(node) => node.type === '@n8n/n8n-nodes-langchain.mcpTrigger',
		);
		expect(trigger?.parameters.authentication).toBe('bearerAuth');
		expect(Object.keys(trigger?.credentials ?? {})).toEqual(['httpBearerAuth']);
	});
});
