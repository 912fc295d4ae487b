import type { INodeProperties } from 'n8n-workflow';

import { tagLocator } from '../../../kernel/locators';

/** The tag a record operation works on (its integer ID goes into the URL). */
export const tagIdField = (description: string): INodeProperties => tagLocator({ description });

const COLORS = [
	'blue1', 'blue2', 'cyan1', 'cyan2', 'gray1', 'gray2', 'green1', 'green2', 'green3', 'green4', 'orange1', 'orange2',
	'orange3', 'orange4', 'pink1', 'pink2', 'pink3', 'pink4', 'purple1', 'purple2', 'red1', 'red2', 'yellow1', 'yellow2',
];

export const colorField: INodeProperties = {
	displayName: 'Color',
	name: 'color',
	type: 'options',
	default: 'gray1',
	options: COLORS.map((value) => ({
		name: `${value.charAt(0).toUpperCase()}${value.slice(1, -1)} ${value.slice(-1)}`,
		value,
	})),
	description: 'Colour of the tag in CallRail',
	routing: { send: { type: 'body', property: 'color' } },
};
