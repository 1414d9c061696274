// A note's status or priority: where it is written (see fieldConventions) and what it means.
import type { FieldSource, NoteProblem } from "../model/specNote";
import { canonicalValue, kindInfo, type FieldKind, type FieldValue, type KindWords } from "../model/fieldKinds";
import { readWrittenField, type FieldParts } from "../fields/fieldConventions";

/** A note's resolved status or priority. */
export interface NoteField<K extends FieldKind> {
	/** Canonical value. */
	value: FieldValue<K>;
	/** As written (several tags are joined with ", "). */
	raw: string | null;
	/** Where it came from. */
	source: FieldSource;
	/** The body line, when a line of the body holds it. */
	line: number | null;
	/** A problem to report, if any. */
	problem: NoteProblem | null;
}

/**
 * The status or priority from the first convention that has one: a frontmatter key, a line of the body (an inline
 * `Status:` line, a `## Status` section, a metadata table row or a callout title, the first in the text), then nested
 * tags. Several tags of the kind (as the architecture template ships) leave it Unrecognized with a problem.
 */
export function readNoteField<K extends FieldKind>(kind: K, parts: FieldParts, words: KindWords<K>): NoteField<K> {
	const info = kindInfo(kind);
	const written = readWrittenField(kind, parts);
	if (written === null) return { value: info.none, raw: null, source: "none", line: null, problem: null };
	if (written.several !== null) {
		const list = written.several.map((v) => `#${info.tagPrefix}/${v}`).join(", ");
		return {
			value: info.unrecognized,
			raw: written.raw,
			source: written.source,
			line: null,
			problem: {
				code: info.severalTagsCode,
				message: `Several ${info.label} tags are left (${list}); keep one.`,
			},
		};
	}
	const reading = canonicalValue(kind, written.raw, words);
	return {
		value: reading.value,
		raw: written.raw,
		source: written.source,
		line: written.line,
		problem: reading.problem,
	};
}
