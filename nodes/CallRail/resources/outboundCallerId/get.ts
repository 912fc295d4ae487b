import type { INodeProperties } from 'n8n-workflow';

import { numericIdField } from '../../shared/descriptions';
import { outputChoiceFor } from '../../shared/output';

export const callerIdField = (operations: string[]): INodeProperties =>
	numericIdField('outboundCallerId', operations, 'outboundCallerId', 'Outbound Caller ID', 'The record ID of the caller ID, a whole number, not the phone number (Get Many lists them)');

export const outboundCallerIdGetDescription: INodeProperties[] = [callerIdField(['get']), ...outputChoiceFor({ show: { resource: ['outboundCallerId'], operation: ['get'] } }, 'caller_ids')];
