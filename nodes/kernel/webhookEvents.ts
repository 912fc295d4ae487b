/**
 * CallRail's webhook events, one row each: the CallRail Trigger's events, the Integration resource's Webhook URLs and
 * the files Attach Files downloads all read this table. The polling trigger's poll events are its own.
 */

/** What Attach Files downloads for an event: the call's recording or the text's media. */
export type EventFiles = 'recording' | 'text';

export interface WebhookEvent {
	/**
	 * CallRail's key of the event in the Webhook Configuration Object (the list of URLs it posts the event to), which
	 * is also the trigger's option value, the `?event=` of its URL and the `event` of its item.
	 */
	value: string;
	/** As the reference's table of webhooks names it. */
	name: string;
	description: string;
	/**
	 * Whether the reference documents the event's key in the Webhook Configuration Object, so that automatic setup can
	 * add a URL to it. Convert Assist Complete has a documented payload but no key: its value is this package's own.
	 */
	registrable: boolean;
	/** What the payload is: the Filters for calls apply to `call` events only. */
	payload: 'call' | 'text' | 'form' | 'lead';
	/**
	 * How often it fires: once per record (a second delivery for the same record is a duplicate), once per change of a
	 * record (Call Modified, with the `changes` it made) or once per interaction of a lead (Convert Assist).
	 */
	firesPer: 'record' | 'change' | 'interaction';
	files?: EventFiles;
}

/** Sorted by name, as the trigger lists them. */
export const WEBHOOK_EVENTS = [
	{
		value: 'updated_call_webhook',
		name: 'Call Modified',
		description: 'An inbound call changed after it ended: tags, note, value, lead status, recording or transcript',
		registrable: true,
		payload: 'call',
		firesPer: 'change',
		files: 'recording',
	},
	{
		value: 'answered_call_webhook',
		name: 'Call Routing Complete',
		description: 'An inbound call was routed to its destination',
		registrable: true,
		payload: 'call',
		firesPer: 'record',
	},
	{
		value: 'convert_assist_complete',
		name: 'Convert Assist Complete',
		description: "Convert Assist's AI answers for a lead's latest interaction are ready (set up by hand in CallRail: see the notice)",
		registrable: false,
		payload: 'lead',
		firesPer: 'interaction',
	},
	{
		value: 'form_captured_webhook',
		name: 'Form Submission',
		description: 'A form submission was captured (Form Tracking)',
		registrable: true,
		payload: 'form',
		firesPer: 'record',
	},
	{
		value: 'updated_outbound_call_webhook',
		name: 'Outbound Call Modified',
		description: 'An outbound call changed after it ended',
		registrable: true,
		payload: 'call',
		firesPer: 'change',
		files: 'recording',
	},
	{
		value: 'post_outbound_call_webhook',
		name: 'Outbound Post-Call',
		description: 'An outbound call ended',
		registrable: true,
		payload: 'call',
		firesPer: 'record',
		files: 'recording',
	},
	{
		value: 'post_call_webhook',
		name: 'Post-Call',
		description: 'An inbound call ended; CallRail may wait up to 20 minutes for the recording and transcript',
		registrable: true,
		payload: 'call',
		firesPer: 'record',
		files: 'recording',
	},
	{
		value: 'pre_call_webhook',
		name: 'Pre-Call',
		description: 'An inbound call is ringing, before it is connected',
		registrable: true,
		payload: 'call',
		firesPer: 'record',
	},
	{
		value: 'sms_received_webhook',
		name: 'Text Message Received',
		description: 'A text message arrived at a tracking number',
		registrable: true,
		payload: 'text',
		firesPer: 'record',
		files: 'text',
	},
	{
		value: 'sms_sent_webhook',
		name: 'Text Message Sent',
		description: 'A text message was sent from a tracking number',
		registrable: true,
		payload: 'text',
		firesPer: 'record',
		files: 'text',
	},
] as const satisfies readonly WebhookEvent[];

export type WebhookEventValue = (typeof WEBHOOK_EVENTS)[number]['value'];

/** The events whose URL automatic setup (and Integration › Webhook URLs) can put into CallRail's configuration. */
export const REGISTRABLE_EVENTS: readonly WebhookEvent[] = WEBHOOK_EVENTS.filter((event) => event.registrable);

const BY_VALUE = new Map<string, WebhookEvent>(WEBHOOK_EVENTS.map((event) => [event.value, event]));

/** The event of a value (`?event=`, a chosen option), or undefined for anything else. */
export const webhookEvent = (value: unknown): WebhookEvent | undefined => BY_VALUE.get(String(value));
