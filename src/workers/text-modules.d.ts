// Prompt templates are bundled as text (wrangler.toml [[rules]] type = "Text"; the Workers test config does the same).
declare module '*.md' {
  const text: string;
  export default text;
}
