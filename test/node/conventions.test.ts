import type {
	ICredentialType,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyMode,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IVersionedNodeType,
} from 'n8n-workflow';

import { loadPackage } from '../harness/n8n';

/**
 * n8n's UI conventions, checked on the BUILT descriptions of the three nodes and the credential: the strict linter
 * reads only literals in the source, and most of the package's strings are built by code. One test per rule; each
 * failure lists its departures as `node  where  text`, so a resource's owner can find and fix theirs.
 */

/** Written as capitals wherever they appear in a name (a plural adds a lower-case s: IDs, URLs). */
const ACRONYMS = ['ai', 'api', 'ci', 'crm', 'csv', 'dni', 'fbclid', 'ga', 'gclid', 'html', 'http', 'https', 'id', 'ip', 'json', 'mms', 'msclkid', 'sms', 'url', 'utm', 'uuid'];
const PLURAL_ACRONYMS = ['api', 'id', 'ip', 'url'];
/** Words Title Case may leave in lower case, except at the start. */
const SMALL_WORDS = ['a', 'an', 'and', 'as', 'by', 'for', 'in', 'of', 'on', 'or', 'per', 'the', 'to', 'with'];
/** Parameters n8n's loader adds to every declarative or polling node: n8n's words, not the package's. */
const ADDED_BY_N8N = ['requestOptions', 'pollTimes'];
/** The linter sorts a list only from five entries on (eslint-plugin-n8n-nodes-base `MIN_ITEMS_TO_ALPHABETIZE`). */
const MIN_ITEMS_TO_ALPHABETIZE = 5;
const VERSION_NAME = /^v\d+\.\d+$/;

const RULES = {
	acronym: 'a lower-case acronym in a display or option name',
	titleCase: 'a display or option name not in Title Case',
	sortedOptions: 'an options or multi-options list (5 or more) not sorted by name',
	sortedCollection: 'a collection (5 or more options) or a fixed collection section (5 or more values) not sorted by display name',
	placeholder: 'a placeholder not starting with "e.g."',
	finalPeriod: 'a description or hint of several sentences without a final period',
	triggerOn: 'a trigger event parameter not named "Trigger On"',
	subtitle: 'a subtitle showing a raw parameter value',
} as const;
type Rule = keyof typeof RULES;

interface Departure {
	node: string;
	/** Where the editor shows it: resource/operation when the action node shows it only there, then the parameter path. */
	where: string;
	rule: Rule;
	text: string;
}

type Property = INodeProperties | INodePropertyCollection;

/** Words of a name, split at spaces, punctuation, underscores and camelCase humps ("callId" → call, Id). */
const tokens = (text: string) => text.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);

function acronymProblem(text: string): boolean {
	return tokens(text).some((word) => {
		const lower = word.toLowerCase();
		if (ACRONYMS.includes(lower)) return word !== lower.toUpperCase();
		const singular = lower.slice(0, -1);
		return lower.endsWith('s') && PLURAL_ACRONYMS.includes(singular) && word !== `${singular.toUpperCase()}s`;
	});
}

function titleCaseProblem(text: string): boolean {
	return text.split(/\s+/).some((raw, index) => {
		const word = raw.replace(/^[^A-Za-z0-9]+/, '');
		if (!/^[A-Za-z]/.test(word)) return false;
		if (index > 0 && SMALL_WORDS.includes(word.replace(/[^A-Za-z].*$/, ''))) return false;
		return /^[a-z]/.test(word);
	});
}

/** Several sentences: a sentence end followed by another sentence, abbreviations aside. */
const severalSentences = (text: string) => /[.!?]["')]?\s+["'(]?[A-Z0-9]/.test(text.replace(/\b(e\.g|i\.e|etc|vs)\./g, '$1'));
const endsWithPeriod = (text: string) => /[.!?]["')`]?$/.test(text.trim());

const sortedBy = <T>(list: T[], key: (item: T) => string) =>
	list.every((item, i) => i === 0 || key(list[i - 1]).localeCompare(key(item)) <= 0 || VERSION_NAME.test(key(item)));

/** The resource/operation a top-level parameter of the action node is shown for. */
function contextOf(property: Property): string {
	const show = (property as INodeProperties).displayOptions?.show ?? {};
	const part = (key: string) => (show[key] as unknown[] | undefined)?.map(String).join('|');
	return [part('resource'), part('operation')].filter(Boolean).join('/');
}

function checkName(out: Departure[], node: string, where: string, text: string) {
	if (acronymProblem(text)) out.push({ node, where, rule: 'acronym', text });
	if (titleCaseProblem(text)) out.push({ node, where, rule: 'titleCase', text });
}

function checkProse(out: Departure[], node: string, where: string, text: unknown) {
	if (typeof text !== 'string' || text.startsWith('=')) return;
	if (severalSentences(text) && !endsWithPeriod(text)) out.push({ node, where, rule: 'finalPeriod', text });
}

function checkPlaceholder(out: Departure[], node: string, where: string, placeholder: unknown) {
	if (typeof placeholder === 'string' && placeholder !== '' && !placeholder.startsWith('e.g.')) {
		out.push({ node, where, rule: 'placeholder', text: placeholder });
	}
}

/** Every departure of one property and what it holds. */
function checkProperty(out: Departure[], node: string, property: Property, where: string) {
	const here = `${where}${property.name}`;
	if (!('type' in property)) {
		// A fixed collection's section: a name and its values.
		checkName(out, node, here, property.displayName);
		if (property.values.length >= MIN_ITEMS_TO_ALPHABETIZE && !/address/i.test(property.displayName) && !sortedBy(property.values, (v) => v.displayName)) {
			out.push({ node, where: here, rule: 'sortedCollection', text: property.values.map((v) => v.displayName).join(' | ') });
		}
		for (const value of property.values) checkProperty(out, node, value, `${here}.`);
		return;
	}
	if (property.type === 'notice') return;
	checkName(out, node, here, property.displayName);
	checkProse(out, node, here, property.description);
	checkProse(out, node, `${here} (hint)`, property.hint);
	if (property.type !== 'collection' && property.type !== 'fixedCollection') checkPlaceholder(out, node, here, property.placeholder);
	for (const mode of (property.modes ?? []) as INodePropertyMode[]) {
		checkName(out, node, `${here}[${mode.name}]`, mode.displayName);
		checkPlaceholder(out, node, `${here}[${mode.name}]`, mode.placeholder);
	}
	const options = (property.options ?? []) as Array<Property | INodePropertyOptions>;
	if (property.type === 'options' || property.type === 'multiOptions') {
		const list = options as INodePropertyOptions[];
		for (const option of list) {
			checkName(out, node, `${here}[${String(option.value)}]`, option.name);
			checkProse(out, node, `${here}[${String(option.value)}] (description)`, option.description);
		}
		// The linter's exceptions: fewer than five entries, or numbers as values (an ordered scale).
		if (list.length >= MIN_ITEMS_TO_ALPHABETIZE && !/^\d+$/.test(String(list[0].value)) && !sortedBy(list, (o) => o.name)) {
			out.push({ node, where: here, rule: 'sortedOptions', text: list.map((o) => o.name).join(' | ') });
		}
	}
	if (property.type === 'collection') {
		const list = options as INodeProperties[];
		if (list.length >= MIN_ITEMS_TO_ALPHABETIZE && !sortedBy(list, (o) => o.displayName)) {
			out.push({ node, where: here, rule: 'sortedCollection', text: list.map((o) => o.displayName).join(' | ') });
		}
		for (const child of list) checkProperty(out, node, child, `${here}.`);
	}
	if (property.type === 'fixedCollection') {
		for (const section of options as INodePropertyCollection[]) checkProperty(out, node, section, `${here}.`);
	}
}

/** `={{ $parameter["x"] }}` (or `.join(…)` of it) shows the option's value, not its name. */
const RAW_SUBTITLE = /^=\{\{\s*\$parameter(?:\[["'](\w+)["']\]|\.(\w+))(?:\.join\([^)]*\))?\s*\}\}$/;

function checkNode(out: Departure[], description: INodeTypeDescription) {
	const node = description.displayName;
	const raw = RAW_SUBTITLE.exec(description.subtitle ?? '');
	if (raw) {
		const shown = description.properties.find((p) => p.name === (raw[1] ?? raw[2]));
		if (shown?.type === 'options' || shown?.type === 'multiOptions') out.push({ node, where: 'subtitle', rule: 'subtitle', text: description.subtitle! });
	}
	if (description.group.includes('trigger')) {
		const events = description.properties.filter((p) => /^(events?|triggerOn)$/i.test(p.name) || /^(events?|trigger on)$/i.test(p.displayName));
		if (events.length === 0) out.push({ node, where: '(top level)', rule: 'triggerOn', text: 'no event parameter found' });
		for (const p of events) if (p.displayName !== 'Trigger On') out.push({ node, where: p.name, rule: 'triggerOn', text: p.displayName });
	}
	for (const property of description.properties) {
		if (ADDED_BY_N8N.includes(property.name)) continue;
		const context = contextOf(property);
		checkProperty(out, node, property, context ? `${context} ` : '');
	}
}

function checkCredential(out: Departure[], credential: ICredentialType) {
	for (const property of credential.properties) checkProperty(out, credential.displayName, property, '');
}

/** One line per departure; the same text at the same path under several operations is one line. */
function report(departures: Departure[]): string {
	const merged = new Map<string, { d: Departure; contexts: string[] }>();
	for (const d of departures) {
		const [context, path] = d.where.includes(' ') ? [d.where.slice(0, d.where.indexOf(' ')), d.where.slice(d.where.indexOf(' ') + 1)] : ['', d.where];
		const key = `${d.node}\u0000${path}\u0000${d.text}`;
		const entry = merged.get(key) ?? { d: { ...d, where: path }, contexts: [] };
		if (context && !entry.contexts.includes(context)) entry.contexts.push(context);
		merged.set(key, entry);
	}
	const contexts = (list: string[]) => (list.length === 0 ? '' : list.length <= 2 ? ` [${list.join(', ')}]` : ` [${list.slice(0, 2).join(', ')} +${list.length - 2}]`);
	return [...merged.values()].map(({ d, contexts: c }) => `  ${d.node} › ${d.where}${contexts(c)}: "${d.text}"`).join('\n');
}

describe('n8n UI conventions in the built descriptions', () => {
	const departures: Departure[] = [];
	const of = (rule: Rule) => departures.filter((d) => d.rule === rule);

	beforeAll(async () => {
		const { loader, credentialTypes } = await loadPackage();
		for (const { type } of Object.values(loader.nodeTypes)) {
			const versions = (type as IVersionedNodeType).nodeVersions;
			for (const node of versions ? Object.values(versions) : [type as INodeType]) checkNode(departures, node.description);
		}
		for (const credential of Object.values(credentialTypes)) checkCredential(departures, credential);
		// Several versions of a node repeat the same departures.
		const seen = new Set<string>();
		departures.splice(0, departures.length, ...departures.filter((d) => !seen.has(JSON.stringify(d)) && seen.add(JSON.stringify(d))));
	});

	it('departures per rule (each rule below lists its own)', () => {
		const counts = (Object.keys(RULES) as Rule[]).map((rule) => `  ${String(of(rule).length).padStart(4)}  ${rule}: ${RULES[rule]}`);
		if (departures.length) throw new Error(`${departures.length} departures from n8n's UI conventions:\n${counts.join('\n')}`);
	});

	it.each(Object.keys(RULES) as Rule[])('%s', (rule) => {
		const found = of(rule);
		if (found.length) throw new Error(`${found.length} × ${RULES[rule]}:\n${report(found)}`);
	});

	it('the rules themselves catch what they should and let pass what they should', () => {
		expect(['Landing page url', 'Tracker Id', 'Utm Source', 'Good Lead Call Ids', 'callId'].map(acronymProblem)).toEqual([true, true, true, true, true]);
		expect(['Landing Page URL', 'Tracker ID', 'UTM Source', 'Tracker IDs', 'GCLID', 'Identity', 'Gallery'].map(acronymProblem)).toEqual([false, false, false, false, false, false, false]);
		expect(['Landing page URL', 'source', 'Not a lead'].map(titleCaseProblem)).toEqual([true, true, true]);
		expect(['Not a Lead', 'Time Zone (IANA)', 'Start of the Day', '+1 Numbers', 'A Call'].map(titleCaseProblem)).toEqual([false, false, false, false, false]);
		expect(severalSentences('One. Two')).toBe(true);
		expect(severalSentences('Pick one, e.g. Sales')).toBe(false);
		expect(endsWithPeriod('One. Two.')).toBe(true);
		expect(endsWithPeriod('One. Two (three).')).toBe(true);
		expect(sortedBy([{ n: 'a' }, { n: 'B' }, { n: 'c' }], (o) => o.n)).toBe(true);
		expect(sortedBy([{ n: 'b' }, { n: 'a' }], (o) => o.n)).toBe(false);
		expect(RAW_SUBTITLE.test('={{ $parameter["events"].join(", ") }}')).toBe(true);
		expect(RAW_SUBTITLE.test('={{ $parameter["operation"] + ": " + $parameter["resource"] }}')).toBe(false);
	});
});
