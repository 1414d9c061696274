// Wiki-link targets: in frontmatter values (`Domains`, the parent link), and as typed or compared (`cleanLinkTarget`, `linkKey`).
import { fieldValue } from "../reading/frontmatterFields";
import { mergeTags } from "./tags";

const DOMAIN_KEYS = ["Domains", "domains", "domain"];

/** A link's target: `Payments|Pay` and `Payments#Flows` give `Payments`; a path keeps its folders; "" when empty. */
export function linkTarget(inner: string): string {
	let end = inner.length;
	const pipe = inner.indexOf("|");
	if (pipe >= 0) end = pipe;
	const hash = inner.indexOf("#");
	if (hash >= 0 && hash < end) end = hash;
	return inner.slice(0, end).trim();
}

/** A link target as typed, suggested or written (`Payments`, `[[Payments#Flows]]`, `"[[Payments|Pay]]"`): the note's name, "" when blank. */
export function cleanLinkTarget(text: string): string {
	let inner = text.trim();
	if (inner.length >= 2 && inner.startsWith('"') && inner.endsWith('"')) inner = inner.slice(1, -1).trim();
	if (inner.startsWith("[[")) inner = inner.slice(2);
	if (inner.endsWith("]]")) inner = inner.slice(0, -2);
	return linkTarget(inner);
}

/** A link target as compared (see cleanLinkTarget), lower-cased: `[[Payments|Pay]]` and `payments` are one domain. */
export function linkKey(text: string): string {
	return cleanLinkTarget(text).toLowerCase();
}

/**
 * The name of the note a link or name stands for: `[[Domains/Payments|Pay]]`, `[[Domains/Payments]]`,
 * `Domains/Payments.md` and `Payments` are all Payments (brackets, alias, heading, folders and `.md` dropped).
 */
export function linkedNoteName(text: string): string {
	const target = cleanLinkTarget(text);
	const name = target.slice(target.lastIndexOf("/") + 1);
	return name.replace(/\.md$/i, "").trim();
}

/** A domain as compared: the linked note's name (see linkedNoteName), lower-cased, so every spelling of it is one domain. */
export function domainKey(text: string): string {
	return linkedNoteName(text).toLowerCase();
}

/** The link targets in one string (`"[[A]], [[B|b]]"` gives A, B); a string without links is kept as it is, trimmed. */
export function linkTargetsInText(text: string): string[] {
	const targets: string[] = [];
	let sawLink = false;
	// As /\[\[([^[\]]*)\]\]/g matches, left to right: `[[`, anything but brackets, `]]`; else the next `[[` is tried.
	for (let open = text.indexOf("[["); open >= 0;) {
		let end = open + 2;
		for (
			let code = text.charCodeAt(end);
			end < text.length && code !== 91 && code !== 93;
			code = text.charCodeAt(++end)
		);
		if (text.charCodeAt(end) === 93 && text.charCodeAt(end + 1) === 93) {
			sawLink = true;
			const target = linkTarget(text.slice(open + 2, end));
			if (target !== "") targets.push(target);
			open = text.indexOf("[[", end + 2);
		} else open = text.indexOf("[[", open + 1);
	}
	if (sawLink) return targets;
	const plain = text.trim();
	return plain === "" ? [] : [plain];
}

/**
 * Link targets in a frontmatter value: quoted `"[[X]]"` strings, unquoted `[[X]]` (which YAML reads as the nested
 * list [["X"]]), lists of either, and plain strings (kept as written). Numbers are written out; null and objects skipped.
 */
export function linkTargets(value: unknown): string[] {
	if (typeof value === "string") return linkTargetsInText(value);
	if (typeof value === "number" && Number.isFinite(value)) return [String(value)];
	if (!Array.isArray(value)) return [];
	// [["X"]] is how YAML reads an unquoted [[X]]: a list holding a one-string list.
	if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === "string") {
		const target = linkTarget(value[0][0]);
		return target === "" ? [] : [target];
	}
	return value.flatMap((item: unknown) => linkTargets(item));
}

/** The domains of a note: link targets in its `Domains`/`domains` frontmatter, de-duplicated case-insensitively. */
export function domainLinks(data: Readonly<Record<string, unknown>>): string[] {
	return mergeTags(linkTargets(fieldValue(data, DOMAIN_KEYS)));
}
