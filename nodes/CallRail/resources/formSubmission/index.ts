import type { ResourceDeclaration } from '../../builder/operation';
import { createFormSubmission } from './create';
import { getManyFormSubmissions } from './getMany';
import { ignoreFormFields } from './ignoreFields';
import { updateFormSubmission } from './update';

export const formSubmission: ResourceDeclaration = {
	name: 'Form Submission',
	value: 'formSubmission',
	operations: [createFormSubmission, getManyFormSubmissions, ignoreFormFields, updateFormSubmission],
};
