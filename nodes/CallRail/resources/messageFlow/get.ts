import type { INodeProperties } from 'n8n-workflow';

import { messageFlowIdField } from './fields';
import { outputChoiceFor } from '../../shared/output';

export const messageFlowGetDescription: INodeProperties[] = [messageFlowIdField(['get']), ...outputChoiceFor({ show: { resource: ['messageFlow'], operation: ['get'] } }, 'message-flows')];
