import type { ResourceDeclaration } from '../../builder/operation';
import { createSummaryEmail } from './create';
import { deleteSummaryEmail } from './delete';
import { getSummaryEmail } from './get';
import { getManySummaryEmails } from './getMany';
import { updateSummaryEmail } from './update';

export const summaryEmail: ResourceDeclaration = {
	name: 'Summary Email',
	value: 'summaryEmail',
	operations: [createSummaryEmail, deleteSummaryEmail, getSummaryEmail, getManySummaryEmails, updateSummaryEmail],
};
