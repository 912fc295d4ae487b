import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, failItem } from '../../builder/routing';
import { COMPANY_PATH, companyIdField, timeZoneField } from './fields';
import { collection } from '../../../kernel/collections';

async function checkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (Object.keys(bodyOf(requestOptions)).length === 0) failItem(this, 'Add at least one field to update');
	return requestOptions;
}

/** Empty clears the override (CallRail reads `null` as "no override"). */
const OVERRIDE_VALUE = '={{ String($value).trim() === "" ? null : String($value).trim() }}';

export const updateCompany: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update a company',
	description: 'Change the name, time zone, call scoring, transcription or number swapping settings of a company',
	method: 'PUT',
	path: COMPANY_PATH,
	fields: [
		companyIdField('The company to change'),
		collection('Update Fields', [
			{
				displayName: 'CallScore Enabled',
				name: 'callscoreEnabled',
				type: 'boolean',
				default: true,
				description: 'Whether CallScore rates the calls of the company automatically',
				routing: { send: { type: 'body', property: 'callscore_enabled' } },
			},
			{
				displayName: 'CallScribe Enabled',
				name: 'callscribeEnabled',
				type: 'boolean',
				default: true,
				description: 'Whether calls of the company are transcribed',
				routing: { send: { type: 'body', property: 'callscribe_enabled' } },
			},
			{
				displayName: 'Cookie Duration',
				name: 'swapCookieDuration',
				type: 'number',
				default: 6,
				typeOptions: { minValue: 1 },
				description: 'How long the swap cookie remembers a visitor, in Cookie Duration Unit (at most 6 months)',
				routing: { send: { type: 'body', property: 'swap_cookie_duration' } },
			},
			{
				displayName: 'Cookie Duration Unit',
				name: 'swapCookieDurationUnit',
				type: 'options',
				default: 'months',
				options: [
					{ name: 'Days', value: 'days' },
					{ name: 'Months', value: 'months' },
					{ name: 'Weeks', value: 'weeks' },
				],
				routing: { send: { type: 'body', property: 'swap_cookie_duration_unit' } },
			},
			{
				displayName: 'External Form Capture',
				name: 'externalFormCapture',
				type: 'boolean',
				default: true,
				description: 'Whether the swap script captures submissions of forms not built in CallRail',
				routing: { send: { type: 'body', property: 'external_form_capture' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'name' } },
			},
			{
				displayName: 'Swap Landing Override',
				name: 'swapLandingOverride',
				type: 'string',
				default: '',
				placeholder: 'e.g. source',
				description: 'URL parameter of the landing page that decides the source for number swapping. Empty clears it.',
				routing: { send: { type: 'body', property: 'swap_landing_override', value: OVERRIDE_VALUE } },
			},
			{
				displayName: 'Swap PPC Override',
				name: 'swapPpcOverride',
				type: 'boolean',
				default: true,
				description: 'Whether paid-search visits are recognised by a URL parameter instead of the referrer',
				routing: { send: { type: 'body', property: 'swap_ppc_override' } },
			},
			timeZoneField,
		], {
			description: 'Only the fields added here are sent; everything else on the company stays as it is',
		}),
	],
	preSend: [checkUpdate],
};
