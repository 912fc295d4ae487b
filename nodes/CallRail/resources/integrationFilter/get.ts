import type { INodeProperties } from 'n8n-workflow';

import { integrationFilterIdField } from './fields';
import { outputChoice } from '../../shared/output';

export const integrationFilterGetDescription: INodeProperties[] = [integrationFilterIdField(['get']), ...outputChoice({ show: { resource: ['integrationFilter'], operation: ['get'] } }, 'integration_criteria')];
