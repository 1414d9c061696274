/** Templates under templates/ are bundled as text (esbuild in the build, a transform in jest). */
declare module "*.md" {
	const text: string;
	export default text;
}
