'use strict';
/**
 * The guard against publishing without an npm provenance statement. `prepublishOnly` (n8n-node prerelease) never
 * runs here, because .npmrc sets `ignore-scripts=true`; this guard does not depend on npm scripts:
 * - package.json's `publishConfig.provenance: true` makes every `npm publish` sign provenance, so a publish from a
 *   machine without GitHub's OIDC token fails instead of publishing an unsigned version;
 * - publish.yml runs this file before `npm run release`: it fails the job when provenance could not be signed.
 *
 *   node scripts/check-provenance.cjs     exit 0, or 1 with the problems
 */
const path = require('node:path');

/** What would keep `npm publish` from signing provenance, in words; empty when nothing would. */
function provenanceProblems(pkg, env) {
	const problems = [];
	if (pkg.publishConfig?.provenance !== true) problems.push('package.json lacks "publishConfig": { "provenance": true }');
	if (env.GITHUB_ACTIONS !== 'true') problems.push('not running in GitHub Actions: publish only through .github/workflows/publish.yml');
	else if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) problems.push('the job cannot mint an OIDC token: publish.yml needs `permissions: id-token: write`');
	return problems;
}

module.exports = { provenanceProblems };

if (require.main === module) {
	const problems = provenanceProblems(require(path.join(__dirname, '..', 'package.json')), process.env);
	for (const problem of problems) console.error(`Refusing to publish: ${problem}`);
	if (!problems.length) console.log('npm provenance can be signed: GitHub Actions with an OIDC token, publishConfig.provenance set');
	process.exit(problems.length ? 1 : 0);
}
