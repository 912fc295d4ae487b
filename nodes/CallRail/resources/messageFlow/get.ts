import type { INodeProperties } from 'n8n-workflow';

import { messageFlowIdField } from './fields';

export const messageFlowGetDescription: INodeProperties[] = [messageFlowIdField(['get'])];
