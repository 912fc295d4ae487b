import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callDescription } from './call';

/** Every resource of the node: its entry in the Resource list and its operations and fields. Sorted by name. */
export const resources: Array<{ option: INodePropertyOptions; description: INodeProperties[] }> = [
	{ option: { name: 'Call', value: 'call' }, description: callDescription },
];
