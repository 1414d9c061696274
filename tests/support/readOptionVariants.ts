// Reading options that change which notes are specs, for the tests that hold a shortcut to the long way under each.
import { defaultReadOptions, type ReadOptions } from "../../src/core/reading/readOptions";

/** Each variant with a name for the test title: the spec tag, the spec folders, the templates folder, the folder names. */
export const READ_OPTION_VARIANTS: [string, ReadOptions][] = [
	["default options", defaultReadOptions()],
	["spec tag `area`", { ...defaultReadOptions(), specTag: "area" }],
	["spec tag `#Spec`", { ...defaultReadOptions(), specTag: "#Spec" }],
	["no spec tag", { ...defaultReadOptions(), specTag: "" }],
	["spec folder `fixtures`", { ...defaultReadOptions(), specFolders: ["fixtures"] }],
	["templates folder `templates`", { ...defaultReadOptions(), templatesFolder: "templates" }],
	["no spec folder names", { ...defaultReadOptions(), specFolderNames: [] }],
];
