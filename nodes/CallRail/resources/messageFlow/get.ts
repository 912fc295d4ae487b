import type { INodeProperties } from 'n8n-workflow';

import { messageFlowIdField } from './fields';
import { outputChoice } from '../../shared/output';

export const messageFlowGetDescription: INodeProperties[] = [messageFlowIdField(['get']), ...outputChoice({ show: { resource: ['messageFlow'], operation: ['get'] } }, 'message-flows')];
