// "Sign off on this spec": the person's name added where THIS note keeps its sign-offs (a frontmatter list, or a
// checked item under its sign-off heading), in the note's own style; every other byte kept.
import { listItemText, scanBody } from "../markdown/scanBody";
import {
	findEntry,
	findFrontmatter,
	readEntries,
	entryValues,
	listIndent,
	type FrontmatterEntry,
} from "../markdown/frontmatterLines";
import { nameKey } from "../model/people";
import { isSignOffHeading, SIGN_OFF_KEYS } from "../reading/signOffs";
import { addTaskToSection, appendSection, findSection, itemsIn } from "./sectionItems";
import { insertLinesAfter, itemLayout, lineAt, lineSpans, replaceLine, type TextPlan } from "./textLines";

/** The heading a note without frontmatter or a sign-off section gets. */
export const NEW_SIGN_OFF_HEADING = "## Sign-off";

/** How a note writes names: plain, `@name` or `[[name]]`. */
type NameStyle = "plain" | "mention" | "link";

function nameStyle(written: readonly string[]): NameStyle {
	if (written.length > 0 && written.every((name) => name.trim().startsWith("[["))) return "link";
	if (written.length > 0 && written.every((name) => name.trim().startsWith("@"))) return "mention";
	return "plain";
}

function styled(name: string, style: NameStyle): string {
	return style === "link" ? `[[${name}]]` : style === "mention" ? `@${name}` : name;
}

/** A name as a YAML scalar in a block or flow list: plain when safe, else double-quoted. */
function yamlName(name: string): string {
	return /^[\p{L}\p{N}][\p{L}\p{N} _.'-]*$/u.test(name) &&
		!/\s$/.test(name) &&
		!/^(true|false|yes|no|on|off|null|y|n)$/i.test(name)
		? name
		: `"${name.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * Plans signing off on a spec as `name` (the author from the settings): an unchecked item naming them under the note's
 * sign-off heading is ticked; else the name is added to the frontmatter `approved-by` / `signed-off-by` list (block
 * list, flow list or single value); else a checked item is added under the sign-off heading; else, in a note with
 * frontmatter, an `approved-by` list is started (after `reviewers` when there is one), and in a note without, a
 * `## Sign-off` section with a checked item is added at its end. Names are written as the note writes them (plain,
 * `@name` or `[[name]]`). Fails, changing nothing, when the name is empty or has already signed off.
 */
export function planSignOff(text: string, name: string): TextPlan {
	const me = name.trim();
	const myKey = nameKey(me);
	if (myKey === "") return { ok: false, reason: "no author name is set. Set it in Spec Board's settings first." };
	const spans = lineSpans(text);
	const lines = spans.map((_, i) => lineAt(text, spans, i));
	const span = findFrontmatter(lines);
	const entries = span === null ? [] : readEntries(lines.slice(span.start, span.end));
	const entry: FrontmatterEntry | null = findEntry(entries, ...SIGN_OFF_KEYS);
	const listed = entry === null ? [] : entryValues(entry);
	if (listed.some((written) => nameKey(written) === myKey)) return already(me);

	const facts = scanBody(text);
	const section = findSection(facts, spans.length, isSignOffHeading);
	const sectionItems = section === null ? [] : itemsIn(facts, section).filter((item) => item.task !== undefined);
	const itemNames = sectionItems.map((item) => listItemText(lines[item.line - 1]) ?? "");
	for (let i = 0; i < sectionItems.length; i++) {
		if (nameKey(itemNames[i]) !== myKey) continue;
		if (sectionItems[i].task !== " ") return already(me);
		const index = sectionItems[i].line - 1;
		const layout = itemLayout(lines[index]);
		if (layout === null || layout.checkboxAt < 0) continue;
		const at = layout.checkboxAt + 1;
		return {
			ok: true,
			text: replaceLine(text, spans, index, `${lines[index].slice(0, at)}x${lines[index].slice(at + 1)}`),
		};
	}

	if (span !== null && entry !== null) {
		const value = yamlName(styled(me, nameStyle(listed)));
		const keyIndex = span.start + entry.line;
		if (entry.items !== null) {
			const lastItem = span.start + entry.items[entry.items.length - 1].line;
			const indent = listIndent(lines.slice(span.start, span.end), entry);
			return { ok: true, text: insertLinesAfter(text, spans, lastItem, [`${indent}- ${value}`]) };
		}
		if (entry.value === "") return { ok: true, text: insertLinesAfter(text, spans, keyIndex, [`  - ${value}`]) };
		// The value is edited where it stands: the key, the spacing and a trailing comment stay as written.
		const line = lines[keyIndex];
		const at = line.indexOf(entry.value, line.indexOf(":") + 1);
		if (at < 0) return { ok: false, reason: "its sign-off list could not be read." };
		const end = at + entry.value.length;
		const edited =
			entry.value.startsWith("[") && entry.value.endsWith("]")
				? entry.value.slice(1, -1).trim() === ""
					? `${line.slice(0, at)}[${value}]${line.slice(end)}`
					: `${line.slice(0, end - 1).trimEnd()}, ${value}]${line.slice(end)}`
				: `${line.slice(0, at)}[${entry.value}, ${value}]${line.slice(end)}`;
		return { ok: true, text: replaceLine(text, spans, keyIndex, edited) };
	}

	if (section !== null) {
		const style = nameStyle(itemNames.filter((n) => n !== ""));
		return { ok: true, text: addTaskToSection(text, facts, section, "x", styled(me, style)) };
	}

	if (span !== null) {
		const reviewers = findEntry(entries, "reviewers", "reviewer");
		const after = reviewers === null ? span.end - 1 : span.start + reviewers.end - 1;
		const style = reviewers === null ? "plain" : nameStyle(entryValues(reviewers));
		return {
			ok: true,
			text: insertLinesAfter(text, spans, after, ["approved-by:", `  - ${yamlName(styled(me, style))}`]),
		};
	}
	return { ok: true, text: appendSection(text, NEW_SIGN_OFF_HEADING, `- [x] ${me}`) };
}

function already(name: string): TextPlan {
	return { ok: false, reason: `${name} has already signed off on this spec.` };
}
