import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { failItem } from '../../builder/routing';
import { checkEmail } from '../../builder/validation';

/** An email with no frequency or no section would never be sent or be empty; CallRail refuses both. */
export async function checkSummaryEmail(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (body.frequency !== undefined && (!Array.isArray(body.frequency) || body.frequency.length === 0)) {
		failItem(this, 'Choose at least one frequency');
	}
	if (requestOptions.method === 'POST' && body.frequency === undefined) {
		failItem(this, 'Choose at least one frequency');
	}
	const config = body.config as IDataObject | undefined;
	if (!config || !Object.values(config).some((on) => on === true)) {
		failItem(this, 'Choose at least one section', 'The email needs something to report: Summary Statistics, Top Sources, Top Keywords or Call Log.');
	}
	checkEmail(this, body);
	if (body.email !== undefined && !body.company_id) {
		failItem(this, 'Choose a company for an email recipient', 'Summary emails to an address without a CallRail login report on one company.');
	}
	return requestOptions;
}
