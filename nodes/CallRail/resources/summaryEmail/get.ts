import type { INodeProperties } from 'n8n-workflow';

import { summaryEmailIdField } from './fields';
import { outputChoiceFor } from '../../shared/output';

export const summaryEmailGetDescription: INodeProperties[] = [summaryEmailIdField(['get']), ...outputChoiceFor({ show: { resource: ['summaryEmail'], operation: ['get'] } }, 'summary_emails')];
