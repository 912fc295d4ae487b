import type { Sandbox } from '../../sandbox';

/** Placeholder name → the sandbox record it stands for (undefined when the sandbox has none). */
export declare function sandboxIds(sb: Sandbox): Record<string, string | number | undefined>;
