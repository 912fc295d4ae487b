'use strict';

/** The nine documented keys of a Webhooks integration's config, one per event. */
const CALL_EVENTS = ['pre_call_webhook', 'answered_call_webhook', 'post_call_webhook', 'updated_call_webhook', 'post_outbound_call_webhook', 'updated_outbound_call_webhook'];
const WEBHOOK_EVENTS = [...CALL_EVENTS, 'sms_received_webhook', 'sms_sent_webhook', 'form_captured_webhook'];

/** Documented payload, no documented config key: the sandbox delivers it only to URLs it is given. */
const CONVERT_ASSIST_EVENT = 'convert_assist_complete';

module.exports = { CALL_EVENTS, WEBHOOK_EVENTS, CONVERT_ASSIST_EVENT };
