import type { INodeProperties } from 'n8n-workflow';

import { callIdField } from './get';

export const callGetRecordingDescription: INodeProperties[] = [callIdField(['getRecording'])];
