// web-ext ships no types; this is the part of its programmatic API (`cmd.lint`) the package test calls.
// The result is addons-linter's output object, the same as `web-ext lint --output=json` prints.
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    description: string | string[];
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; output?: 'json' | 'text' | 'none'; selfHosted?: boolean; warningsAsErrors?: boolean },
        options?: { shouldExitProgram?: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
