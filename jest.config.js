/** Jest runs the TypeScript tests through ts-jest; the nodes themselves are loaded from dist/ as n8n loads them. */
const path = require('path');
const os = require('os');

process.env.N8N_USER_FOLDER = process.env.N8N_USER_FOLDER || path.join(os.tmpdir(), 'n8n-nodes-callrail-jest');
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
