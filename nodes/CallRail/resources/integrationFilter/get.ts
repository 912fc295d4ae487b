import type { INodeProperties } from 'n8n-workflow';

import { integrationFilterIdField } from './fields';

export const integrationFilterGetDescription: INodeProperties[] = [integrationFilterIdField(['get'])];
