/**
 * The jest suite against another n8n's engine: n8n-core and n8n-workflow are taken from CALLRAIL_COMPAT_ENGINE (a
 * folder scripts/compat.mjs installs, e.g. ~/.cache/n8n-nodes-callrail/compat/n8n-1.123.81) instead of the project's.
 * Run it with `node scripts/compat.mjs --jest <n8n version>`. --forceExit there: n8n-core 1.x leaves a handle open.
 */
const base = require('./jest.config.js');

const engine = process.env.CALLRAIL_COMPAT_ENGINE;
if (!engine) throw new Error('CALLRAIL_COMPAT_ENGINE is not set (use node scripts/compat.mjs --jest <n8n version>)');
const from = (name) => `${engine}/node_modules/${name}`;

module.exports = {
	...base,
	moduleNameMapper: {
		'^n8n-core$': from('n8n-core'),
		'^n8n-core/(.*)$': `${from('n8n-core')}/$1`,
		'^n8n-workflow$': from('n8n-workflow'),
		'^n8n-workflow/(.*)$': `${from('n8n-workflow')}/$1`,
	},
};
