import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { failItem } from '../../builder/routing';
import { checkEmail } from '../../builder/validation';

/** CallRail needs an alert type whenever call alerts are on, and something to alert about. */
export async function checkAlerts(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (body.call_enabled === true && !body.alert_type) {
		failItem(this, 'Choose an Alert Type', 'CallRail needs to know which calls raise an alert when call alerts are on.');
	}
	if (body.call_enabled === false && body.sms_enabled === false) {
		failItem(this, 'Turn on call alerts, text message alerts or both');
	}
	checkEmail(this, body);
	if (body.email !== undefined && !body.company_id && !body.tracker_id) {
		failItem(
			this,
			'Choose a company or a tracker for an email recipient',
			'Alerts for an email address without a CallRail login are limited to one company or tracking number: add Company or Tracker under Additional Fields.',
		);
	}
	return requestOptions;
}
