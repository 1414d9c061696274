// Copies the strings a SpecNote keeps, so an indexed note does not hold its whole source text alive.
import type { NoteProblem, OpenQuestion, SpecNote } from "../model/specNote";

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice (or a concatenation) of
 * a long string as a pointer into the original, so a title cut from a note would keep the whole note in memory;
 * prepending a character flattens the string into a new one, and slicing it off copies only what is kept.
 */
export function detachString(text: string): string {
	// V8 copies pieces shorter than 13 characters anyway (they are never slices or concatenations).
	return text.length < 13 ? text : (" " + text).slice(1);
}

function detachOrNull(text: string | null): string | null {
	return text === null ? null : detachString(text);
}

function detachStrings(texts: readonly string[]): string[] {
	const copies: string[] = new Array<string>(texts.length);
	for (let i = 0; i < texts.length; i++) copies[i] = detachString(texts[i]);
	return copies;
}

function detachQuestions(questions: readonly OpenQuestion[]): OpenQuestion[] {
	return questions.map((q) => ({ text: detachString(q.text), line: q.line }));
}

function detachProblems(problems: readonly NoteProblem[]): NoteProblem[] {
	return problems.map((p) => ({ code: p.code, message: detachString(p.message) }));
}

/** The note with every string it keeps copied (see detachString), so it holds no slice of its source text. */
export function detachNote(note: SpecNote): SpecNote {
	note.path = detachString(note.path);
	note.title = detachString(note.title);
	note.statusRaw = detachOrNull(note.statusRaw);
	note.priorityRaw = detachOrNull(note.priorityRaw);
	note.tags = detachStrings(note.tags);
	note.domains = detachStrings(note.domains);
	note.openQuestions = detachQuestions(note.openQuestions);
	note.placeholderQuestions = detachQuestions(note.placeholderQuestions);
	note.owner = detachOrNull(note.owner);
	note.created = detachOrNull(note.created);
	note.updated = detachOrNull(note.updated);
	note.parent = detachOrNull(note.parent);
	note.reviewers = detachStrings(note.reviewers);
	note.signOffs = detachStrings(note.signOffs);
	note.type = detachOrNull(note.type);
	note.problems = detachProblems(note.problems);
	return note;
}
