/** Jest runs the TypeScript tests through ts-jest; the nodes themselves are loaded from dist/ as n8n loads them. */
const path = require('path');
const os = require('os');
const crypto = require('crypto');

// One n8n user folder per checkout, so that two clones running jest at once do not share n8n's config file.
const checkout = crypto.createHash('sha256').update(__dirname).digest('hex').slice(0, 8);
process.env.N8N_USER_FOLDER = process.env.N8N_USER_FOLDER || path.join(os.tmpdir(), `n8n-nodes-callrail-jest-${checkout}`);
// n8n's logger prints every node error it sees; the tests assert on those errors themselves.
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL || 'silent';

module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
	},
	globals: { PACKAGE_ROOT: __dirname },
	testTimeout: 60000,
	maxWorkers: 2,
};
