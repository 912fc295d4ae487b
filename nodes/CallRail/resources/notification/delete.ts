import type { INodeProperties } from 'n8n-workflow';

import { notificationIdField } from './fields';

export const notificationDeleteDescription: INodeProperties[] = [notificationIdField(['delete'])];
