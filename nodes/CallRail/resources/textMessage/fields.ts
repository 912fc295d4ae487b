import type { INodeProperties } from 'n8n-workflow';

import { fieldOptions } from '../../../kernel/fieldNames';
import { FIELDS_VALUE } from '../../builder/descriptions';

/** Optional conversation fields CallRail adds when asked through `fields` (the reference's Field Selection table). */
export const conversationIncludeFields: INodeProperties = {
	displayName: 'Include Fields',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	options: fieldOptions(['lead_status', 'source']),
	description: 'Optional conversation fields to include',
	routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
};

/** CallRail's documented limit for the content of one text. */
export const MAX_TEXT_LENGTH = 140;
