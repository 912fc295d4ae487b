import type { INodeProperties } from 'n8n-workflow';

import { callerIdField } from './get';

export const outboundCallerIdDeleteDescription: INodeProperties[] = [callerIdField(['delete'])];
