import type { INodeProperties } from 'n8n-workflow';

import { integrationFilterIdField } from './fields';

export const integrationFilterDeleteDescription: INodeProperties[] = [integrationFilterIdField(['delete'])];
