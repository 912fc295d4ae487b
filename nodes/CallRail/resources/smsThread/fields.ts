import type { INodeProperties } from 'n8n-workflow';

import { smsThreadLocator } from '../../../kernel/locators';

/** The thread a Get or Update works on; its short code goes into the URL. */
export const threadIdField = (description: string): INodeProperties => smsThreadLocator({ description });

/** The fields Get Many adds on request ("Field Selection is available for the following additional fields"). */
export const THREAD_OPTIONAL_FIELDS = [
	'formatted_current_tracking_number', 'formatted_customer_name', 'formatted_customer_phone_number',
	'formatted_initial_tracking_number', 'last_message_at',
];
