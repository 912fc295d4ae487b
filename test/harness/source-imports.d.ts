/** Each relative import below nodes/: the importing file and the imported path, both relative to nodes/. */
export function nodeImports(): Array<{ file: string; target: string }>;
