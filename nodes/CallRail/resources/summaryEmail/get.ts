import type { INodeProperties } from 'n8n-workflow';

import { summaryEmailIdField } from './fields';
import { outputChoice } from '../../shared/output';

export const summaryEmailGetDescription: INodeProperties[] = [summaryEmailIdField(['get']), ...outputChoice({ show: { resource: ['summaryEmail'], operation: ['get'] } }, 'summary_emails')];
