import type { INodeProperties } from 'n8n-workflow';

import { userLocator } from '../../../shared/locators';
import { outputChoiceFor } from '../../shared/output';

export const userShow = (operations: string[]) => ({ show: { resource: ['user'], operation: operations } });

export const userIdField = (operations: string[], description: string): INodeProperties => ({
	...userLocator({ description }),
	displayOptions: userShow(operations),
});

export const userGetDescription: INodeProperties[] = [userIdField(['get'], 'The user to retrieve'), ...outputChoiceFor({ show: { resource: ['user'], operation: ['get'] } }, 'users')];
