import pkg from '../../package.json';
import { provenanceProblems } from '../../scripts/check-provenance.cjs';
import { nodeCliVersion, readWorkflow, releaseTools, templateWorkflow } from '../../scripts/github-workflows.cjs';

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}

const stepsOf = (workflow: { jobs: Record<string, { steps: Step[] }> }, job: string) => workflow.jobs[job].steps;
/** What identifies a step: its action, or its name and command. */
const shape = (step: Step) => ({ name: step.name, uses: step.uses, with: step.with, run: step.run?.trim() });

describe(`publishing (.github/workflows, as @n8n/node-cli ${nodeCliVersion}'s template has it)`, () => {
	const publish = readWorkflow('publish.yml');
	const ci = readWorkflow('ci.yml');

	it('publish.yml runs on a pushed version tag, and on nothing else', () => {
		expect(publish.on).toEqual({ push: { tags: ['*.*.*'] } });
		expect(publish.on).toEqual(templateWorkflow('publish.yml').on);
		const tag = new RegExp(`^${publish.on.push.tags[0].replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`);
		expect(['0.1.0', '1.2.3', '2.0.0-rc.1'].every((t) => tag.test(t))).toBe(true);
		expect(tag.test('main')).toBe(false);
	});

	it('publish.yml may mint an OIDC token for provenance and only read the repository', () => {
		expect(publish.jobs.publish.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
		expect(publish.jobs.publish.permissions).toEqual(templateWorkflow('publish.yml').jobs.publish.permissions);
	});

	it("publish.yml has the template's steps: checkout, Node LTS, npm ci, then `npm run release` (lint, build, publish with provenance)", () => {
		const ours = stepsOf(publish, 'publish');
		const template = stepsOf(templateWorkflow('publish.yml'), 'publish');
		expect(ours.slice(0, 3).map(shape)).toEqual(template.slice(0, -1).map(shape));
		expect(ours.map((s) => s.uses ?? s.run?.trim().split('\n').pop())).toEqual([
			'actions/checkout@v4',
			'actions/setup-node@v4',
			'npm ci',
			'node scripts/check-provenance.cjs',
			'npm run release',
		]);
		const release = ours[ours.length - 1];
		expect(release.name).toBe(template[template.length - 1].name);
		expect(release.env).toEqual({ NPM_TOKEN: '${{ secrets.NPM_TOKEN }}' });
		// The token is written only when the secret is set; without it npm uses trusted publishing (OIDC).
		expect(release.run).toMatch(/^if \[ -n "\$NPM_TOKEN" \]; then npm config set "[^\n]*:_authToken" "\$NPM_TOKEN"; fi\n/);
	});

	it('a guard that needs no npm script (.npmrc ignores them) refuses a publish without provenance', () => {
		// publishConfig makes `npm publish` itself sign provenance, and fail where it cannot (any machine but the job).
		expect(pkg.publishConfig).toEqual({ provenance: true });
		const steps = stepsOf(publish, 'publish').map((s) => s.run?.trim());
		expect(steps.indexOf('node scripts/check-provenance.cjs')).toBe(steps.length - 2);
		const job = { GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1/token' };
		expect(provenanceProblems(pkg, job)).toEqual([]);
		expect(provenanceProblems(pkg, {})).toEqual(['not running in GitHub Actions: publish only through .github/workflows/publish.yml']);
		expect(provenanceProblems(pkg, { GITHUB_ACTIONS: 'true' })).toEqual([
			'the job cannot mint an OIDC token: publish.yml needs `permissions: id-token: write`',
		]);
		expect(provenanceProblems({ ...pkg, publishConfig: undefined }, job)).toEqual(['package.json lacks "publishConfig": { "provenance": true }']);
	});

	it('`npm run release` is n8n-node release; prepublishOnly keeps n8n-node\'s guard against a bare npm publish', () => {
		expect(pkg.scripts.release).toBe('n8n-node release');
		expect(pkg.scripts.prepublishOnly).toBe('n8n-node prerelease');
		expect(pkg.scripts.lint).toBe('n8n-node lint');
		expect(pkg.scripts.build).toMatch(/^n8n-node build\b/);
	});

	it('every tool n8n-node release shells out to is a devDependency', () => {
		const tools = releaseTools();
		expect(tools).toEqual(expect.arrayContaining(['release-it', 'auto-changelog']));
		const devDependencies: Record<string, string> = pkg.devDependencies;
		expect(tools.filter((tool) => !devDependencies[tool])).toEqual([]);
		expect(devDependencies['@n8n/node-cli']).toBe(nodeCliVersion);
	});

	it("release-it's `auto-changelog -p` hook writes the commit list, not the hand-written CHANGELOG.md", () => {
		expect(pkg['auto-changelog'].output).toBe('docs/commit-log.md');
	});

	it('ci.yml lints and builds every pull request and every push to main, then runs the tests', () => {
		const template = templateWorkflow('ci.yml');
		expect(ci.on).toEqual(template.on);
		expect(ci.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
		expect(ci.concurrency).toEqual(template.concurrency);
		expect(ci.permissions).toBeUndefined();
		const ours = stepsOf(ci, 'build');
		const base = stepsOf(template, 'build');
		expect(ours.slice(0, base.length).map(shape)).toEqual(base.map(shape));
		expect(ours.slice(base.length).map((s) => s.run)).toEqual(['npm run typecheck:test', 'npm test -- --ci']);
	});
});

describe('package.json', () => {
	it('repository, homepage and bugs name the same GitHub repository; author has a name and an email', () => {
		const repo = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)\.git$/.exec(pkg.repository.url)?.[1];
		expect(repo).toBeTruthy();
		expect(pkg.repository.type).toBe('git');
		expect(pkg.homepage).toBe(`https://github.com/${repo}#readme`);
		expect(pkg.bugs).toEqual({ url: `https://github.com/${repo}/issues` });
		expect(pkg.author.name).toBeTruthy();
		expect(pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
	});

	it('has no runtime dependencies, only n8n-workflow as a peer', () => {
		expect((pkg as { dependencies?: unknown }).dependencies).toBeUndefined();
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	});
});
