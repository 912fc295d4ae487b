import type { INodeProperties } from 'n8n-workflow';

/** The collections of all three nodes, each with the one name and button label n8n users know it by. */
const COLLECTIONS = {
	'Additional Fields': { name: 'additionalFields', placeholder: 'Add Field' },
	Filters: { name: 'filters', placeholder: 'Add Filter' },
	Options: { name: 'options', placeholder: 'Add Option' },
	Sort: { name: 'sort', placeholder: 'Add Sort Rule' },
	'Update Fields': { name: 'updateFields', placeholder: 'Add Field' },
} as const;

/** Sorts parameters by what the editor shows, as n8n's linter wants a collection's options. */
export const byName = <T extends { name: string; displayName?: string }>(a: T, b: T) =>
	(a.displayName ?? a.name).localeCompare(b.displayName ?? b.name);

/** A collection parameter, its options sorted by name; `more` adds a description or display rules. */
export function collection(
	displayName: keyof typeof COLLECTIONS,
	options: INodeProperties[],
	more: Partial<INodeProperties> = {},
): INodeProperties {
	return { displayName, ...COLLECTIONS[displayName], type: 'collection', default: {}, ...more, options: [...options].sort(byName) };
}
