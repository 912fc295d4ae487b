import type { INodeProperties } from 'n8n-workflow';

import { summaryEmailIdField } from './fields';

export const summaryEmailDeleteDescription: INodeProperties[] = [summaryEmailIdField(['delete'])];
