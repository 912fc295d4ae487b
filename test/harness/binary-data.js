'use strict';
/**
 * Switches n8n-core's BinaryDataService between its two modes for a test file: 'default' (memory: base64 in the
 * item) and 'filesystem' (N8N_DEFAULT_BINARY_DATA_MODE=filesystem: files under a temporary storage folder, the item
 * holds an id). JS because test .ts files may not import node: modules; the service is n8n-core's own instance.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { BinaryDataService } = require('n8n-core');
const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] }));

async function setBinaryDataMode(mode) {
	const service = Container.get(BinaryDataService);
	let storagePath;
	if (mode === 'filesystem') {
		storagePath = fs.mkdtempSync(path.join(os.tmpdir(), 'callrail-binary-'));
		service.config.localStoragePath = storagePath;
	}
	service.config.mode = mode;
	await service.init();
	return {
		mode: service.mode,
		storagePath,
		/** The bytes of a binary data object, from memory or from the file system. */
		read: (binaryData) => service.getAsBuffer(binaryData),
		async restore() {
			service.config.mode = 'default';
			await service.init();
			if (storagePath) fs.rmSync(storagePath, { recursive: true, force: true });
		},
	};
}

/** The binary data mode for a whole describe block: switched before its tests, restored after. */
function useBinaryDataMode(mode) {
	let current;
	beforeAll(async () => {
		current = await setBinaryDataMode(mode);
	});
	afterAll(async () => {
		await current.restore();
	});
	return { read: (binaryData) => current.read(binaryData) };
}

module.exports = { setBinaryDataMode, useBinaryDataMode };
