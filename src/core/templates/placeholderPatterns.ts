// The placeholders the filler understands, as the seed templates already write them.

/** Written where the title goes (besides `{{title}}`); matched case-sensitively (`[Name]` elsewhere is not a title). */
export const TITLE_PLACEHOLDERS: readonly string[] = [
	"[Feature Name]",
	"[NAME]",
	"[Feature/Component Name]",
	"[Specification Title]",
];

/** Written where the author's name goes (besides `{{author}}`). */
export const AUTHOR_PLACEHOLDERS: readonly string[] = ["[Your Name]"];

/** Date placeholders filled with today only in "now" places: created/updated keys and `Created:`/`Updated:` lines. */
export const DATE_PLACEHOLDERS: readonly string[] = ["YYYY-MM-DD", "[YYYY-MM-DD]", "[DATE]"];

/** Domain list items that only show where domains go (`[[Domain]]`); dropped when domains are filled. */
export const DOMAIN_PLACEHOLDER = /^\[\[\s*domains?\s*\d*\s*\]\]$/i;
