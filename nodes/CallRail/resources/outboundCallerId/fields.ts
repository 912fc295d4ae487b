import type { INodeProperties } from 'n8n-workflow';

import { companyLocator, outboundCallerIdLocator } from '../../../kernel/locators';

/** The caller ID a record operation works on: its whole-number record ID, not the phone number. */
export const callerIdField = (description: string): INodeProperties =>
	outboundCallerIdLocator({ description: `${description}: its record ID, not the phone number` });

/** CallRail lists caller IDs per company: the company whose caller IDs From List shows. Never sent. */
export const listCompanyField: INodeProperties = companyLocator({
	required: false,
	description: 'The company whose caller IDs Outbound Caller ID › From List shows (CallRail lists them one company at a time); not needed By ID',
});
