// The YAML reader the core tests hand to readSpecNote: the command line's, which reads frontmatter as Obsidian does
// (js-yaml 4, YAML 1.2's core schema: dates stay text, `yes`/`no` stay words; see tests/cli/obsidianYaml.test.ts).
export { readYaml } from "../../src/cli/yamlReader";
