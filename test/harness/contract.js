'use strict';
// Test files may not read files themselves (they are linted like node code): this reads the stored reference samples.
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.join(__dirname, '..', 'contract', 'webhooks');

/** The exact bytes of a stored sample of CallRail's reference (test/contract/webhooks/<name>). */
function webhookSample(name) {
	return fs.readFileSync(path.join(DIR, name), 'utf8');
}

/** The reference's signature test: its signing key and the Signature of signed-sample.json. */
const SIGNED_SAMPLE = { signingKey: '072e77e426f92738a72fe23c4d1953b4', signature: 'UZAHbUdfm3GqL7qzilGozGzWV64=' };

module.exports = { webhookSample, SIGNED_SAMPLE };
