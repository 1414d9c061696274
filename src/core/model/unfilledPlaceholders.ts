// Unfilled template placeholders: `[Feature Name]`, `{{title}}`, `<name>`, `Your Name`, `YYYY-MM-DD`.

const WRAPPED = /^(?:\[(?!\[)[^[\]]*\]|\{\{[^{}]*\}\}|<[^<>]*>|\$\{[^{}]*\})$/;
const PLACEHOLDER_WORDS = new Set([
	"your name",
	"author name",
	"owner name",
	"name",
	"tbd",
	"todo",
	"yyyy-mm-dd",
	"xxx",
]);
const LONGEST_PLACEHOLDER_WORD = Math.max(...[...PLACEHOLDER_WORDS].map((w) => w.length));
const LABEL = /^[\p{L}][\p{L}\p{N} ]{0,30}:\s*/u;

/** Whether text is only a placeholder: wrapped in `[…]`, `{{…}}`, `<…>` or `${…}`, or a stock phrase like "Your Name". */
export function isPlaceholderText(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed === "") return false;
	// Only `[`, `{`, `<` and `$` can open a wrapped placeholder.
	const first = trimmed.charCodeAt(0);
	if ((first === 91 || first === 123 || first === 60 || first === 36) && WRAPPED.test(trimmed)) return true;
	return trimmed.length <= LONGEST_PLACEHOLDER_WORD && PLACEHOLDER_WORDS.has(trimmed.toLowerCase());
}

/** Whether a title is a placeholder, also behind a label: `Feature: {{title}}`, `Feature: [NAME]`, `[Specification Title]`. */
export function isPlaceholderTitle(title: string): boolean {
	const trimmed = title.trim();
	if (isPlaceholderText(trimmed)) return true;
	const label = LABEL.exec(trimmed);
	return label !== null && label[0].length < trimmed.length && isPlaceholderText(trimmed.slice(label[0].length));
}
