import type { INodeProperties } from 'n8n-workflow';

import { integrationFilterIdField } from './fields';
import { outputChoiceFor } from '../../shared/output';

export const integrationFilterGetDescription: INodeProperties[] = [integrationFilterIdField(['get']), ...outputChoiceFor({ show: { resource: ['integrationFilter'], operation: ['get'] } }, 'integration_criteria')];
