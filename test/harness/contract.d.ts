/** The exact bytes of a stored sample of CallRail's reference (test/contract/webhooks/<name>). */
export declare function webhookSample(
	name:
		| 'signed-sample.json'
		| 'call-modified-fragment.json'
		| 'text-received.json'
		| 'text-sent.json'
		| 'form-captured.json'
		| 'convert-assist-complete.json',
): string;
/** The reference's signature test: its signing key and the Signature of signed-sample.json. */
export declare const SIGNED_SAMPLE: { signingKey: string; signature: string };
